import { missing, num, perGbMonth, priced, Props, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { awsRegion, ebsClass } from "./region";

/** An EBS volume: GB-month of its class. */
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

export const pricers: PricerModule["pricers"] = { "aws:ebs/volume:Volume": volume };
