import { readTag, TAGS } from "../../tags";
import { priceCompute } from "../compute";
import { dig, num, Props, resolveReference, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
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
  return priceCompute(
    {
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
      ],
    },
    ctx,
  );
}

export const pricers: PricerModule["pricers"] = { "aws:autoscaling/group:Group": group };
