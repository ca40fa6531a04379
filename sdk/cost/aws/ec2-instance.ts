import { priceCompute, DiskSpec } from "../compute";
import { missing, num, Props, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { awsRegion, ebsClass, NO_AWS_REGION } from "./region";

/** An EC2 instance: its type's on-demand price, the root volume and attached EBS volumes. */
function instance(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = awsRegion(props, ctx);
  const type = str(props.instanceType);
  if (!region) return unpriced(NO_AWS_REGION, "aws");
  if (!type) return unpriced(missing("instanceType", props.instanceType), "aws", region);
  const root = (props.rootBlockDevice ?? {}) as Props;
  const rootGb = num(root.volumeSize);
  const disks: DiskSpec[] = [{ gb: rootGb ?? 8, class: ebsClass(root.volumeType), label: "root volume" }];
  const assumptions = [assumption];
  if (rootGb === undefined)
    assumptions.push("root volume size not set: 8 GB assumed (the usual AMI default)");
  for (const d of (props.ebsBlockDevices as Props[] | undefined) ?? []) {
    const gb = num(d.volumeSize);
    if (gb !== undefined) disks.push({ gb, class: ebsClass(d.volumeType), label: "EBS volume" });
  }
  return priceCompute({ cloud: "aws", region, instanceType: type, count: 1, disks, assumptions }, ctx);
}

export const pricers: PricerModule["pricers"] = { "aws:ec2/instance:Instance": instance };
