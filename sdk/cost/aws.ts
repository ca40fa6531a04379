import { regionOfZone } from "../catalog/region-names";
import { readTag, TAGS } from "../tags";
import { priceCompute, DiskSpec } from "./compute";
import { dig, missing, num, perGbMonth, priced, Props, resolveReference, str, unpriced } from "./helpers";
import { priceObjectStorage } from "./storage";
import type { PriceContext, ResourcePrice } from "./types";

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

function ebsClass(type: unknown): "standard" | "ssd" {
  return type === "io1" || type === "io2" ? "ssd" : "standard";
}

function instance(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = awsRegion(props, ctx);
  const type = str(props.instanceType);
  if (!region) return unpriced("region is not known: set the provider's region (aws:region)", "aws");
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

function volume(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = awsRegion(props, ctx);
  if (!region) return unpriced("region is not known: set availabilityZone or aws:region", "aws");
  const gb = num(props.size);
  if (gb === undefined) return unpriced(missing("size", props.size), "aws", region);
  const cls = ebsClass(props.type);
  const price = ctx.catalog.service("aws", region, cls === "ssd" ? "disk.ssd" : "disk.standard");
  if (!price) return unpriced(`no EBS price for ${region}`, "aws", region);
  return priced(
    "aws",
    region,
    [{ item: `EBS ${str(props.type) ?? "gp3"} ${gb} GB`, hourlyUsd: perGbMonth(price.usd, gb) }],
    [assumption, `$${price.usd}/GB-month${price.note ? ` (${price.note})` : ""}`],
  );
}

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

function group(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = awsRegion(props, ctx);
  if (!region) return unpriced("region is not known: set the provider's region (aws:region)", "aws");
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

function loadBalancer(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = awsRegion(props, ctx);
  if (!region) return unpriced("region is not known: set the provider's region (aws:region)", "aws");
  const price = ctx.catalog.service("aws", region, "lb.hour");
  if (!price) return unpriced(`no load balancer price for ${region}`, "aws", region);
  const kind = str(props.loadBalancerType) ?? "application";
  return priced(
    "aws",
    region,
    [{ item: `${kind} load balancer`, hourlyUsd: price.usd }],
    [
      assumption,
      `${price.note ?? ""}${kind !== "application" ? " The ALB hourly figure is used for this type." : ""}`.trim(),
    ],
  );
}

function bucket(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = awsRegion(props, ctx);
  if (!region) return unpriced("region is not known: set the provider's region (aws:region)", "aws");
  return priceObjectStorage("aws", region, props, ctx, [assumption]);
}

export const awsPricers: Record<string, (props: Props, ctx: PriceContext) => ResourcePrice> = {
  "aws:ec2/instance:Instance": instance,
  "aws:ebs/volume:Volume": volume,
  "aws:autoscaling/group:Group": group,
  "aws:lb/loadBalancer:LoadBalancer": loadBalancer,
  "aws:alb/loadBalancer:LoadBalancer": loadBalancer,
  "aws:s3/bucket:Bucket": bucket,
  "aws:s3/bucketV2:BucketV2": bucket,
};
