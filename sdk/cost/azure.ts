import { azureLocation } from "../catalog/region-names";
import { readNumericTag, TAGS } from "../tags";
import { priceCompute } from "./compute";
import { dig, missing, num, perGbMonth, priced, Props, str, unpriced } from "./helpers";
import { priceObjectStorage } from "./storage";
import type { PriceContext, ResourcePrice } from "./types";

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

const diskClass = (sku: unknown): "standard" | "ssd" =>
  typeof sku === "string" && /^Premium|UltraSSD/.test(sku) ? "ssd" : "standard";

function osDisk(profile: unknown, assumptions: string[]) {
  const gb = num(dig(profile, "osDisk.diskSizeGB"));
  if (gb === undefined) assumptions.push("OS disk size not set: 30 GB assumed (the usual Linux image size)");
  return {
    gb: gb ?? 30,
    class: diskClass(dig(profile, "osDisk.managedDisk.storageAccountType")),
    label: "OS disk",
  };
}

function vm(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced("location is not known: set location or azure-native:location", "azure");
  const size = str(dig(props, "hardwareProfile.vmSize"));
  if (!size)
    return unpriced(missing("hardwareProfile.vmSize", dig(props, "hardwareProfile.vmSize")), "azure", region);
  const assumptions = [assumption];
  const disks = [osDisk(props.storageProfile, assumptions)];
  return priceCompute({ cloud: "azure", region, instanceType: size, count: 1, disks, assumptions }, ctx);
}

function scaleSet(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced("location is not known: set location or azure-native:location", "azure");
  const size = str(dig(props, "sku.name"));
  if (!size) return unpriced(missing("sku.name", dig(props, "sku.name")), "azure", region);
  const capacity = num(dig(props, "sku.capacity"));
  const assumptions = [
    assumption,
    capacity === undefined
      ? "sku.capacity not set: 1 instance assumed"
      : `priced at sku.capacity ${capacity}`,
  ];
  const disks = [osDisk(dig(props, "virtualMachineProfile.storageProfile"), assumptions)];
  const min = readNumericTag(props, TAGS.capacityMin);
  const max = readNumericTag(props, TAGS.capacityMax);
  return priceCompute(
    {
      cloud: "azure",
      region,
      instanceType: size,
      count: capacity ?? 1,
      ...(min !== undefined && max !== undefined ? { min, max } : {}),
      disks,
      assumptions,
    },
    ctx,
  );
}

function disk(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced("location is not known", "azure");
  const gb = num(props.diskSizeGB);
  if (gb === undefined) return unpriced(missing("diskSizeGB", props.diskSizeGB), "azure", region);
  const cls = diskClass(dig(props, "sku.name"));
  const price = ctx.catalog.service("azure", region, cls === "ssd" ? "disk.ssd" : "disk.standard");
  if (!price) return unpriced(`no managed disk price for ${region}`, "azure", region);
  return priced(
    "azure",
    region,
    [{ item: `managed disk ${gb} GB`, hourlyUsd: perGbMonth(price.usd, gb) }],
    [assumption, price.note ?? ""],
  );
}

function storageAccount(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced("location is not known", "azure");
  const tier = props.accessTier === "Cool" ? "cool" : "hot";
  return priceObjectStorage("azure", region, props, ctx, [assumption, `access tier ${tier}`], tier);
}

function loadBalancer(props: Props, ctx: PriceContext): ResourcePrice {
  const { region } = azureRegion(props, ctx);
  const price = region ? ctx.catalog.service("azure", region, "lb.hour") : undefined;
  if (!price) {
    return unpriced(
      "the Azure Standard Load Balancer rule-hour price is not in the catalog (no citable source was found); add an `lb.hour` service price with a user catalog",
      "azure",
      region,
    );
  }
  return priced("azure", region, [{ item: "load balancer", hourlyUsd: price.usd }], [price.note ?? ""]);
}

function publicIp(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced("location is not known", "azure");
  const price = ctx.catalog.service("azure", region, "publicIp.hour");
  if (!price) return unpriced(`no public IP price for ${region}`, "azure", region);
  return priced("azure", region, [{ item: "public IPv4", hourlyUsd: price.usd }], [assumption]);
}

export const azurePricers: Record<string, (props: Props, ctx: PriceContext) => ResourcePrice> = {
  "azure-native:compute:VirtualMachine": vm,
  "azure-native:compute:VirtualMachineScaleSet": scaleSet,
  "azure-native:compute:Disk": disk,
  "azure-native:storage:StorageAccount": storageAccount,
  "azure-native:network:LoadBalancer": loadBalancer,
  "azure-native:network:PublicIPAddress": publicIp,
};
