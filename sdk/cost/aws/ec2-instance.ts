import { ALL_SPOT } from "../../placement/split";
import { priceCompute, DiskSpec } from "../compute";
import { dig, missing, num, Props, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { awsRegion, ebsClass, NO_AWS_REGION } from "./region";

/**
 * Whether an instance (or a launch template) asks for spot: `instanceMarketOptions` with
 * `marketType` "spot", or with no `marketType` (the provider's default is spot).
 */
export function awsMarketIsSpot(props: Props): boolean {
  const options = props.instanceMarketOptions;
  if (!options || typeof options !== "object") return false;
  const market = dig(options, "marketType");
  return market === undefined || str(market) === "spot";
}

/** An EC2 instance: its type's on-demand (or spot) price, the root volume and attached EBS volumes. */
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
  const spot = awsMarketIsSpot(props);
  return priceCompute(
    {
      cloud: "aws",
      region,
      instanceType: type,
      count: 1,
      disks,
      assumptions,
      ...(spot ? { spot: ALL_SPOT, spotReason: "instanceMarketOptions.marketType spot" } : {}),
    },
    ctx,
  );
}

export const pricers: PricerModule["pricers"] = { "aws:ec2/instance:Instance": instance };
