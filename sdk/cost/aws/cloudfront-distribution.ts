import { dig, Props, priced, str } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, PriceLine, ResourcePrice, UsageCharge } from "../types";
import { goldenPrice, monthlyToHourly, priceNotes, tieredUsage, usageAt } from "./golden";
import { awsRegion } from "./region";

const G = "cloudfront_distribution_test";
/** CloudFront prices are by edge location, not by the provider's region. */
const at = (usd: number, unit: string, note?: string): ListPrice => goldenPrice(G, usd, unit, note, "*");
const TB = 1024;
/**
 * Data transfer out to the internet from US, Mexico and Canada edges. The golden prints the first
 * tier for the US and the full ladder for Europe, which AWS bills at the same rates.
 */
const TRANSFER_TIERS = [
  { upTo: 10 * TB, label: "first 10TB", price: at(0.085, "GB", "US, Mexico, Canada") },
  { upTo: 50 * TB, label: "next 40TB", price: at(0.08, "GB", "Europe row, same ladder as the US") },
  { upTo: 150 * TB, label: "next 100TB", price: at(0.06, "GB", "Europe row, same ladder as the US") },
  { upTo: 500 * TB, label: "next 350TB", price: at(0.04, "GB", "Europe row, same ladder as the US") },
  { upTo: 1024 * TB, label: "next 524TB", price: at(0.03, "GB", "Europe row, same ladder as the US") },
  { upTo: 5120 * TB, label: "next 4PB", price: at(0.025, "GB", "Europe row, same ladder as the US") },
  { label: "over 5PB", price: at(0.02, "GB", "Europe row, same ladder as the US") },
];
const TO_ORIGIN_GB = at(0.02, "GB", "US, Mexico, Canada");
const HTTP_REQUESTS = at(0.0075, "10k requests", "US, Mexico, Canada");
const HTTPS_REQUESTS = at(0.01, "10k requests", "US, Mexico, Canada");
const INVALIDATION_PATHS = at(0.005, "path", "beyond the first 1,000 paths a month, which are free");
const FREE_INVALIDATION_PATHS = 1000;
const DEDICATED_IP_SSL = at(600, "certificate-month");
const FIELD_ENCRYPTION = at(0.02, "10k requests");
const REALTIME_LOG_LINES = at(0.01, "1M lines");

/** Every cache behaviour of a distribution, the default one first. */
function behaviours(props: Props): Props[] {
  const ordered = (props.orderedCacheBehaviors as Props[] | undefined) ?? [];
  const first = props.defaultCacheBehavior as Props | undefined;
  return [...(first ? [first] : []), ...ordered];
}

/**
 * A CloudFront distribution: data transfer out (tiered), transfer to origin, HTTP/HTTPS requests
 * and invalidations as usage, priced at US/Mexico/Canada edge rates; a dedicated-IP certificate per
 * month; field-level encryption and real-time log lines as usage when configured.
 */
function distribution(props: Props, ctx: PriceContext): ResourcePrice {
  const { region } = awsRegion(props, ctx);
  const transfer = tieredUsage(
    ctx,
    "monthlyDataTransferOutGb",
    "GB out to the internet per month",
    1,
    TRANSFER_TIERS,
  );
  const paths = ctx.usage?.monthlyInvalidationPaths;
  const invalidations: UsageCharge = {
    ...usageAt(ctx, INVALIDATION_PATHS, "monthlyInvalidationPaths", "invalidation paths per month"),
    ...(paths === undefined ? {} : { quantity: Math.max(0, paths - FREE_INVALIDATION_PATHS) }),
  };
  const usage: UsageCharge[] = [
    ...transfer.charges,
    usageAt(ctx, TO_ORIGIN_GB, "monthlyDataTransferToOriginGb", "GB to the origin per month"),
    usageAt(ctx, HTTP_REQUESTS, "monthlyHttpRequests", "HTTP requests per month", 1e4),
    usageAt(ctx, HTTPS_REQUESTS, "monthlyHttpsRequests", "HTTPS requests per month", 1e4),
    invalidations,
  ];
  const used: ListPrice[] = [
    ...TRANSFER_TIERS.map((t) => t.price),
    TO_ORIGIN_GB,
    HTTP_REQUESTS,
    HTTPS_REQUESTS,
    INVALIDATION_PATHS,
  ];
  const all = behaviours(props);
  if (all.some((b) => str(b.fieldLevelEncryptionId))) {
    usage.push(
      usageAt(
        ctx,
        FIELD_ENCRYPTION,
        "monthlyFieldLevelEncryptionRequests",
        "field-level encryption requests per month",
        1e4,
      ),
    );
    used.push(FIELD_ENCRYPTION);
  }
  if (all.some((b) => str(b.realtimeLogConfigArn))) {
    usage.push(
      usageAt(ctx, REALTIME_LOG_LINES, "monthlyRealtimeLogLines", "real-time log lines per month", 1e6),
    );
    used.push(REALTIME_LOG_LINES);
  }
  const lines: PriceLine[] = [];
  if (str(dig(props, "viewerCertificate.sslSupportMethod")) === "vip") {
    lines.push({ item: "dedicated IP custom SSL certificate", hourlyUsd: monthlyToHourly(DEDICATED_IP_SSL) });
    used.push(DEDICATED_IP_SSL);
  }
  const assumptions = [
    "priced at US, Mexico and Canada edge rates (other edge locations cost more)",
    transfer.note,
    "account free tier not subtracted",
  ];
  if ((props.origins as Props[] | undefined)?.some((o) => dig(o, "originShield.enabled") === true))
    assumptions.push("Origin Shield requests are not priced (per-region rates)");
  return priced("aws", region, lines, [...assumptions, ...priceNotes(region, used)], { usage });
}

export const pricers: PricerModule["pricers"] = { "aws:cloudfront/distribution:Distribution": distribution };
