import { priced, Props, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { golden, priceNotes, usageAt } from "./price-kit";
import { gcpRegion } from "./region";

/** Data processed by the load balancer, printed as '$0.008 per GB' (compute_forwarding_rule golden). */
const INGRESS = golden("compute_forwarding_rule", 0.008, "GB", "us-central1", "2024-07-01");

/** A forwarding rule (regional or global): the hourly rule charge; data processed is usage. */
function forwardingRule(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = gcpRegion(props, ctx);
  const price = ctx.catalog.service("gcp", region ?? "*", "lb.hour");
  if (!price) return unpriced("no forwarding rule price in the catalog", "gcp", region);
  return priced(
    "gcp",
    region,
    [{ item: "forwarding rule", hourlyUsd: price.usd }],
    [assumption || "global", price.note ?? "", ...priceNotes(INGRESS, region)],
    { usage: [usageAt(ctx, INGRESS, "monthlyDataProcessedGb", "GB processed by the load balancer")] },
  );
}

export const pricers: PricerModule["pricers"] = {
  "gcp:compute/forwardingRule:ForwardingRule": forwardingRule,
  "gcp:compute/globalForwardingRule:GlobalForwardingRule": forwardingRule,
};
