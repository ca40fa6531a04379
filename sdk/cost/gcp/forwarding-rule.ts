import { priced, Props, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { gcpRegion } from "./region";

/** A forwarding rule (regional or global): the hourly rule charge; data processed is usage. */
function forwardingRule(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = gcpRegion(props, ctx);
  const price = ctx.catalog.service("gcp", region ?? "*", "lb.hour");
  if (!price) return unpriced("no forwarding rule price in the catalog", "gcp", region);
  return priced(
    "gcp",
    region,
    [{ item: "forwarding rule", hourlyUsd: price.usd }],
    [assumption || "global", price.note ?? ""],
  );
}

export const pricers: PricerModule["pricers"] = {
  "gcp:compute/forwardingRule:ForwardingRule": forwardingRule,
  "gcp:compute/globalForwardingRule:GlobalForwardingRule": forwardingRule,
};
