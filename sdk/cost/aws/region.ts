import { regionOfZone } from "../../catalog/region-names";
import { str, Props } from "../helpers";
import type { PriceContext } from "../types";

/** Region of an AWS resource: its own `region` (provider v7), the zone's region, else the provider's. */
export function awsRegion(
  props: Props,
  ctx: Pick<PriceContext, "region">,
): { region?: string; assumption: string } {
  const own = str(props.region);
  if (own) return { region: own, assumption: "region from the resource's region argument" };
  const zone = str(props.availabilityZone);
  if (zone) return { region: regionOfZone(zone), assumption: `region from availability zone ${zone}` };
  if (ctx.region) return { region: ctx.region, assumption: "region from the provider (aws:region)" };
  return { assumption: "" };
}

/** The reason a resource with no region is unpriced. */
export const NO_AWS_REGION = "region is not known: set the provider's region (aws:region)";

/** EBS volume types billed at the SSD (provisioned IOPS) figure; the rest at the gp3 figure. */
export function ebsClass(type: unknown): "standard" | "ssd" {
  return type === "io1" || type === "io2" ? "ssd" : "standard";
}
