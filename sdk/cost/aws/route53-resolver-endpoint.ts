import { Props, priced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, isUnpriced, placeAws, priceNotes, tieredUsage } from "./golden";

const G = "route53_resolver_endpoint_test";
const ENI_HOUR = goldenPrice(G, 0.125, "IP address-hour");
const QUERY_TIERS = [
  { upTo: 1e9, label: "first 1B", price: goldenPrice(G, 0.4, "1M queries") },
  { label: "over 1B", price: goldenPrice(G, 0.2, "1M queries") },
];

/** A Route 53 Resolver endpoint: per IP address (network interface) per hour, DNS queries tiered (usage). */
function resolverEndpoint(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const ips = Array.isArray(props.ipAddresses) ? props.ipAddresses.length : 0;
  const count = Math.max(ips, 1);
  const queries = tieredUsage(ctx, "monthlyQueries", "DNS queries per month", 1e6, QUERY_TIERS);
  return priced(
    "aws",
    region,
    [{ item: `resolver endpoint × ${count} IP address(es)`, hourlyUsd: ENI_HOUR.usd * count }],
    [
      place.assumption,
      ips ? "" : "ipAddresses not set: one assumed",
      queries.note,
      ...priceNotes(region, [ENI_HOUR, ...QUERY_TIERS.map((t) => t.price)]),
    ],
    { usage: queries.charges },
  );
}

export const pricers: PricerModule["pricers"] = {
  "aws:route53/resolverEndpoint:ResolverEndpoint": resolverEndpoint,
};
