import { missing, num, perGbMonth, priced, Props, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { gcpRegion, pdClass } from "./region";

/** A persistent disk: GB-month of its type. */
function disk(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = gcpRegion(props, ctx);
  if (!region) return unpriced("zone is not known", "gcp");
  const gb = num(props.size);
  if (gb === undefined) return unpriced(missing("size", props.size), "gcp", region);
  const cls = pdClass(props.type);
  const price = ctx.catalog.service("gcp", region, cls === "ssd" ? "disk.ssd" : "disk.standard");
  if (!price) return unpriced(`no persistent disk price for ${region}`, "gcp", region);
  return priced(
    "gcp",
    region,
    [{ item: `${str(props.type) ?? "pd-standard"} ${gb} GB`, hourlyUsd: perGbMonth(price.usd, gb) }],
    [assumption, price.note ?? ""],
  );
}

export const pricers: PricerModule["pricers"] = { "gcp:compute/disk:Disk": disk };
