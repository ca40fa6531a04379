import { num, Props, priced, str } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, monthlyToHourly, priceNotes, tieredUsage } from "./golden";
import { awsRegion } from "./region";

/** Route 53 prices are global: one figure whatever the provider's region. */
const ZONE_MONTH = goldenPrice("route53_zone_test", 0.5, "hosted zone-month", "the first 25 zones", "*");
const QUERIES_FIRST_1B = goldenPrice("route53_record_test", 0.4, "1M queries", "standard queries", "*");
const QUERIES_OVER_1B = goldenPrice("route53_record_test", 0.2, "1M queries", "standard queries", "*");
const HEALTH_CHECK_MONTH = goldenPrice(
  "route53_health_check_test",
  0.5,
  "health check-month",
  "AWS endpoint",
  "*",
);
const FEATURE_MONTH = goldenPrice("route53_health_check_test", 1, "feature-month", "AWS endpoint", "*");

/** A Route 53 hosted zone: per zone-month, standard queries as usage (alias queries to AWS resources are free). */
function zone(props: Props, ctx: PriceContext): ResourcePrice {
  const { region } = awsRegion(props, ctx);
  const queries = tieredUsage(ctx, "monthlyQueries", "standard queries per month", 1e6, [
    { upTo: 1e9, label: "first 1B", price: QUERIES_FIRST_1B },
    { label: "over 1B", price: QUERIES_OVER_1B },
  ]);
  return priced(
    "aws",
    region,
    [
      {
        item: `hosted zone${Array.isArray(props.vpcs) && props.vpcs.length ? " (private)" : ""}`,
        hourlyUsd: monthlyToHourly(ZONE_MONTH),
      },
    ],
    [
      "global service: one price in every region",
      "latency, geo and other routing policies bill dearer queries (not priced); alias queries to AWS resources are free",
      queries.note,
      ...priceNotes(region, [ZONE_MONTH, QUERIES_FIRST_1B, QUERIES_OVER_1B]),
    ],
    { usage: queries.charges },
  );
}

/** Optional health-check features Route 53 bills per month each. */
function features(props: Props): string[] {
  const type = str(props.type) ?? "";
  const out: string[] = [];
  if (type.startsWith("HTTPS")) out.push("HTTPS");
  if (type.endsWith("_STR_MATCH")) out.push("string matching");
  if (props.measureLatency === true) out.push("latency measurement");
  if (num(props.requestInterval) === 10) out.push("fast interval");
  return out;
}

/** A Route 53 health check: per check-month plus each optional feature (HTTPS, string match, latency, 10 s interval). */
function healthCheck(props: Props, ctx: PriceContext): ResourcePrice {
  const { region } = awsRegion(props, ctx);
  const extra = features(props);
  return priced(
    "aws",
    region,
    [
      { item: "health check", hourlyUsd: monthlyToHourly(HEALTH_CHECK_MONTH) },
      ...(extra.length
        ? [
            {
              item: `optional features: ${extra.join(", ")}`,
              hourlyUsd: monthlyToHourly(FEATURE_MONTH, extra.length),
            },
          ]
        : []),
    ],
    [
      "global service: one price in every region",
      "AWS-endpoint rates; an endpoint outside AWS bills $0.75 a month and $2 per feature (golden *_withUsage rows)",
      ...priceNotes(region, [HEALTH_CHECK_MONTH, ...(extra.length ? [FEATURE_MONTH] : [])]),
    ],
  );
}

export const pricers: PricerModule["pricers"] = {
  "aws:route53/zone:Zone": zone,
  "aws:route53/healthCheck:HealthCheck": healthCheck,
};
