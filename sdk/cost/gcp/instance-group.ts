import { readNumericTag, readTag, TAGS } from "../../tags";
import { ALL_SPOT } from "../../placement/split";
import { priceCompute } from "../compute";
import { num, Props, resolveReference, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { gcpSpotReason } from "./instance";
import { gcpRegion, lastSegment } from "./region";

/**
 * Machine type of a managed instance group (its template, resolved, or the lepton label) and
 * whether the template's instances run on spot (only a resolved template says).
 */
function groupMachine(props: Props, ctx: PriceContext): { machine?: string; spotReason?: string } {
  const template = resolveReference(props, "versions.0.instanceTemplate", ctx);
  const fromTemplate = template ? str(template.props.machineType) : undefined;
  const spotReason = template ? gcpSpotReason(template.props) : undefined;
  return {
    machine: fromTemplate ?? readTag(props, TAGS.instanceType),
    ...(spotReason ? { spotReason: `its instance template's ${spotReason}` } : {}),
  };
}

/** A managed instance group (zonal or regional): targetSize instances of its template's machine type. */
function instanceGroup(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = gcpRegion(props, ctx);
  if (!region) return unpriced("region is not known", "gcp");
  const { machine, spotReason } = groupMachine(props, ctx);
  if (!machine)
    return unpriced(
      "the machine type comes from an instance template that could not be resolved; label allInstancesConfig with lepton-instance-type",
      "gcp",
      region,
    );
  const target = num(props.targetSize);
  const min = readNumericTag(props, TAGS.capacityMin);
  const max = readNumericTag(props, TAGS.capacityMax);
  return priceCompute(
    {
      ...(spotReason ? { spot: ALL_SPOT, spotReason } : {}),
      cloud: "gcp",
      region,
      instanceType: lastSegment(machine),
      count: target ?? min ?? 1,
      ...(min !== undefined && max !== undefined ? { min, max } : {}),
      disks: [],
      assumptions: [
        assumption,
        target === undefined
          ? `targetSize not set (an autoscaler sizes the group): priced at ${min ?? 1}`
          : `priced at targetSize ${target}`,
        "boot disks not included",
      ],
    },
    ctx,
  );
}

export const pricers: PricerModule["pricers"] = {
  "gcp:compute/regionInstanceGroupManager:RegionInstanceGroupManager": instanceGroup,
  "gcp:compute/instanceGroupManager:InstanceGroupManager": instanceGroup,
};
