import { readNumericTag, TAGS } from "../../tags";
import { ALL_SPOT, SpotDistribution } from "../../placement/split";
import { priceCompute } from "../compute";
import { dig, missing, num, Props, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { azureRegion, NO_AZURE_LOCATION, osDisk } from "./region";
import { azurePriorityIsSpot } from "./virtual-machine";

/**
 * The scale set's spot share: a Flexible scale set's Spot Priority Mix (regular base, regular
 * percentage above it), else all spot when its VM profile's priority is Spot.
 */
function scaleSetSpot(props: Props): { spot?: SpotDistribution; spotReason?: string } {
  const priority = dig(props, "virtualMachineProfile.priority");
  if (!azurePriorityIsSpot(priority)) return {};
  const mix = dig(props, "priorityMixPolicy");
  if (mix && typeof mix === "object") {
    const base = num(dig(mix, "baseRegularPriorityCount")) ?? 0;
    const given = num(dig(mix, "regularPriorityPercentageAboveBase"));
    const regularPercent = given ?? 0;
    return {
      spot: {
        onDemandBase: Math.max(0, base),
        spotPercent: 100 - Math.min(100, Math.max(0, regularPercent)),
      },
      spotReason: `priorityMixPolicy: baseRegularPriorityCount ${base}, regularPriorityPercentageAboveBase ${given ?? "not set, 0 assumed"}`,
    };
  }
  return { spot: ALL_SPOT, spotReason: `virtualMachineProfile.priority ${str(priority)}` };
}

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
      ...scaleSetSpot(props),
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
