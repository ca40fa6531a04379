import { Props, priced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, isUnpriced, monthlyToHourly, placeAws, priceNotes, usageAt } from "./golden";

const G = "secretsmanager_secret_test";
const SECRET_MONTH = goldenPrice(G, 0.4, "secret-month");
const API_REQUESTS = goldenPrice(G, 0.05, "10k requests");

/** A Secrets Manager secret: per secret-month (each replica is billed as a secret), API calls as usage. */
function secret(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const replicas = Array.isArray(props.replicas) ? props.replicas.length : 0;
  return priced(
    "aws",
    region,
    [
      { item: "secret", hourlyUsd: monthlyToHourly(SECRET_MONTH) },
      ...(replicas
        ? [{ item: `replica secrets × ${replicas}`, hourlyUsd: monthlyToHourly(SECRET_MONTH, replicas) }]
        : []),
    ],
    [
      place.assumption,
      replicas ? "each replica is billed as a secret of its own" : "",
      ...priceNotes(region, [SECRET_MONTH, API_REQUESTS]),
    ],
    { usage: [usageAt(ctx, API_REQUESTS, "monthlyApiRequests", "API requests per month", 1e4)] },
  );
}

export const pricers: PricerModule["pricers"] = { "aws:secretsmanager/secret:Secret": secret };
