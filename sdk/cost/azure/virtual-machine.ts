import { ALL_SPOT } from "../../placement/split";
import { priceCompute } from "../compute";
import { dig, missing, Props, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { azureRegion, NO_AZURE_LOCATION, osDisk } from "./region";

/** Whether a VM (or a scale set's VM profile) asks for spot: `priority` Spot (or the older Low). */
export function azurePriorityIsSpot(priority: unknown): boolean {
  const p = str(priority)?.toLowerCase();
  return p === "spot" || p === "low";
}

/** A virtual machine: its size's pay-as-you-go (or spot) Linux price and the OS disk. */
function vm(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const size = str(dig(props, "hardwareProfile.vmSize"));
  if (!size)
    return unpriced(missing("hardwareProfile.vmSize", dig(props, "hardwareProfile.vmSize")), "azure", region);
  const assumptions = [assumption];
  const disks = [osDisk(props.storageProfile, assumptions)];
  const spot = azurePriorityIsSpot(props.priority);
  return priceCompute(
    {
      cloud: "azure",
      region,
      instanceType: size,
      count: 1,
      disks,
      assumptions,
      ...(spot ? { spot: ALL_SPOT, spotReason: `priority ${str(props.priority)}` } : {}),
    },
    ctx,
  );
}

export const pricers: PricerModule["pricers"] = { "azure-native:compute:VirtualMachine": vm };
