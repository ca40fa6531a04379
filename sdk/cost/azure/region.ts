import { azureLocation } from "../../catalog/region-names";
import { dig, num, str, Props } from "../helpers";
import type { PriceContext } from "../types";

/** Azure locations are written in many spellings ("West Europe", "westeurope"). */
export function azureRegion(
  props: Props,
  ctx: Pick<PriceContext, "region">,
): { region?: string; assumption: string } {
  const own = str(props.location);
  if (own)
    return {
      region: azureLocation(own),
      assumption: "region from the resource's location",
    };
  if (ctx.region)
    return {
      region: azureLocation(ctx.region),
      assumption: "region from the provider (azure-native:location)",
    };
  return { assumption: "" };
}

/** The reason a resource with no location is unpriced. */
export const NO_AZURE_LOCATION = "location is not known: set location or azure-native:location";

export const diskClass = (sku: unknown): "standard" | "ssd" =>
  typeof sku === "string" && /^Premium|UltraSSD/.test(sku) ? "ssd" : "standard";

/** The OS disk of a VM or scale-set storage profile, 30 GB when its size is not set. */
export function osDisk(profile: unknown, assumptions: string[]) {
  const gb = num(dig(profile, "osDisk.diskSizeGB"));
  if (gb === undefined) assumptions.push("OS disk size not set: 30 GB assumed (the usual Linux image size)");
  return {
    gb: gb ?? 30,
    class: diskClass(dig(profile, "osDisk.managedDisk.storageAccountType")),
    label: "OS disk",
  };
}
