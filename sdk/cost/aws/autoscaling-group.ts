import { readTag, TAGS } from "../../tags";
import { ALL_SPOT, SpotDistribution } from "../../placement/split";
import { priceCompute } from "../compute";
import { dig, num, Props, resolveReference, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { awsMarketIsSpot } from "./ec2-instance";
import { awsRegion, NO_AWS_REGION } from "./region";

/** Instance type of a group: mixed-instances override, the launch template it references, or the lepton tag. */
function groupInstanceType(props: Props, ctx: PriceContext): string | undefined {
  const override = str(dig(props, "mixedInstancesPolicy.launchTemplate.overrides.0.instanceType"));
  if (override) return override;
  for (const path of [
    "launchTemplate.id",
    "launchTemplate.name",
    "mixedInstancesPolicy.launchTemplate.launchTemplateSpecification.launchTemplateId",
  ]) {
    const target = resolveReference(props, path, ctx);
    const type = target ? str(target.props.instanceType) : undefined;
    if (type) return type;
  }
  return readTag(props, TAGS.instanceType);
}

/**
 * The group's spot share: a mixed instances policy's distribution (base default 0, on-demand
 * percentage above it default 100), else all spot when its launch template asks for spot.
 */
function groupSpot(props: Props, ctx: PriceContext): { spot?: SpotDistribution; spotReason?: string } {
  const distribution = dig(props, "mixedInstancesPolicy.instancesDistribution");
  if (props.mixedInstancesPolicy && typeof props.mixedInstancesPolicy === "object") {
    const base = num(dig(distribution, "onDemandBaseCapacity")) ?? 0;
    const onDemandPercent = num(dig(distribution, "onDemandPercentageAboveBaseCapacity")) ?? 100;
    if (onDemandPercent >= 100) return {};
    return {
      spot: { onDemandBase: Math.max(0, base), spotPercent: 100 - Math.max(0, onDemandPercent) },
      spotReason: `mixedInstancesPolicy.instancesDistribution: onDemandBaseCapacity ${base}, onDemandPercentageAboveBaseCapacity ${onDemandPercent}`,
    };
  }
  for (const path of ["launchTemplate.id", "launchTemplate.name"]) {
    const target = resolveReference(props, path, ctx);
    if (target && awsMarketIsSpot(target.props))
      return { spot: ALL_SPOT, spotReason: "its launch template's instanceMarketOptions ask for spot" };
  }
  return {};
}

/** An Auto Scaling group: desired (else minimum) instances of its launch template's type. */
function group(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = awsRegion(props, ctx);
  if (!region) return unpriced(NO_AWS_REGION, "aws");
  const type = groupInstanceType(props, ctx);
  if (!type)
    return unpriced(
      "the instance type comes from a launch template that could not be resolved; tag the group with lepton:instance-type",
      "aws",
      region,
    );
  const min = num(props.minSize) ?? 0;
  const max = num(props.maxSize) ?? min;
  const desired = num(props.desiredCapacity);
  const spot = groupSpot(props, ctx);
  const overrides = dig(props, "mixedInstancesPolicy.launchTemplate.overrides");
  return priceCompute(
    {
      ...spot,
      cloud: "aws",
      region,
      instanceType: type,
      count: desired ?? min,
      min,
      max,
      disks: [],
      assumptions: [
        assumption,
        desired === undefined
          ? `desired capacity not set: priced at minSize ${min}`
          : `priced at desiredCapacity ${desired}`,
        "instance volumes not included",
        ...(spot.spot && Array.isArray(overrides) && overrides.length > 1
          ? [
              `priced as ${type}, the first of ${overrides.length} override types (the group may launch the others at their own prices)`,
            ]
          : []),
      ],
    },
    ctx,
  );
}

export const pricers: PricerModule["pricers"] = { "aws:autoscaling/group:Group": group };
