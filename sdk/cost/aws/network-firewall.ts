import { Props, priced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, isUnpriced, placeAws, priceNotes, usageAt } from "./golden";

const ENDPOINT_HOUR = goldenPrice("networkfirewall_firewall_test", 0.395, "endpoint-hour");
const DATA_GB = goldenPrice("networkfirewall_firewall_test", 0.065, "GB");

/** A Network Firewall: an endpoint-hour per subnet (zone) it is mapped to, plus GB processed (usage). */
function firewall(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const mapped = Array.isArray(props.subnetMappings) ? props.subnetMappings.length : 0;
  const zones = Math.max(mapped, 1);
  return priced(
    "aws",
    region,
    [{ item: `firewall endpoint × ${zones} zone(s)`, hourlyUsd: ENDPOINT_HOUR.usd * zones }],
    [
      place.assumption,
      mapped ? "" : "subnetMappings not set: one endpoint assumed",
      ...priceNotes(region, [ENDPOINT_HOUR, DATA_GB]),
    ],
    { usage: [usageAt(ctx, DATA_GB, "monthlyDataProcessedGb", "GB processed per month")] },
  );
}

export const pricers: PricerModule["pricers"] = { "aws:networkfirewall/firewall:Firewall": firewall };
