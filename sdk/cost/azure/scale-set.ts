import { readNumericTag, TAGS } from "../../tags";
import { priceCompute } from "../compute";
import { dig, missing, num, Props, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { azureRegion, NO_AZURE_LOCATION, osDisk } from "./region";

/** A virtual machine scale set: sku.capacity instances of its size, each with its OS disk. */
function scaleSet(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
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

export const pricers: PricerModule["pricers"] = { "azure-native:compute:VirtualMachineScaleSet": scaleSet };
