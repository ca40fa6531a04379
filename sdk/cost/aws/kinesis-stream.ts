import { dig, num, Props, priced, str } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, PriceLine, ResourcePrice, UsageCharge } from "../types";
import { goldenPrice, isUnpriced, placeAws, priceNotes, ROUNDED, usageAt } from "./golden";

const G = "kinesis_stream_test";
const SHARD_HOUR = goldenPrice(G, 0.015, "shard-hour");
const PUT_UNITS = goldenPrice(G, 0.000000014, "PUT payload unit");
const PROVISIONED_EXTENDED_GB = goldenPrice(G, 0.02, "GB-month");
const PROVISIONED_EFO_GB = goldenPrice(G, 0.013, "GB");
const EFO_CONSUMER_SHARD_HOUR = goldenPrice(G, 0.015, "consumer-shard hour");
const ON_DEMAND_STREAM_HOUR = goldenPrice(G, 0.04, "stream-hour");
const ON_DEMAND_INGEST_GB = goldenPrice(G, 0.08, "GB");
const ON_DEMAND_RETRIEVAL_GB = goldenPrice(G, 0.04, "GB");
const ON_DEMAND_EFO_GB = goldenPrice(G, 0.05, "GB");
const ON_DEMAND_EXTENDED_GB = goldenPrice(G, 0.1, "GB-month", ROUNDED);
const LONG_TERM_GB = goldenPrice(G, 0.023, "GB-month");
const LONG_TERM_RETRIEVAL_GB = goldenPrice(G, 0.021, "GB");

/**
 * A Kinesis data stream. Provisioned: shard-hours, with PUT units and enhanced fan-out as usage.
 * On-demand: the stream-hour, with GB ingested, retrieved and fanned out as usage. Retention beyond
 * 24 hours (and beyond 7 days) adds storage usage.
 */
function stream(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const onDemand = str(dig(props, "streamModeDetails.streamMode")) === "ON_DEMAND";
  const retentionHours = num(props.retentionPeriod) ?? 24;
  const assumptions = [place.assumption, `retention ${retentionHours} hours`];
  const lines: PriceLine[] = [];
  const usage: UsageCharge[] = [];
  const used: ListPrice[] = [];
  if (onDemand) {
    lines.push({ item: "on-demand stream", hourlyUsd: ON_DEMAND_STREAM_HOUR.usd });
    usage.push(
      usageAt(ctx, ON_DEMAND_INGEST_GB, "monthlyIngestedGb", "GB ingested per month"),
      usageAt(ctx, ON_DEMAND_RETRIEVAL_GB, "monthlyRetrievedGb", "GB read per month"),
      usageAt(
        ctx,
        ON_DEMAND_EFO_GB,
        "monthlyEnhancedFanOutGb",
        "GB read by enhanced fan-out consumers per month",
      ),
    );
    used.push(ON_DEMAND_STREAM_HOUR, ON_DEMAND_INGEST_GB, ON_DEMAND_RETRIEVAL_GB, ON_DEMAND_EFO_GB);
  } else {
    const shards = num(props.shardCount) ?? 1;
    if (num(props.shardCount) === undefined) assumptions.push("shardCount not set: 1 shard");
    lines.push({ item: `${shards} shard(s)`, hourlyUsd: SHARD_HOUR.usd * shards });
    usage.push(
      usageAt(ctx, PUT_UNITS, "monthlyPutUnits", "25 KB PUT payload units per month"),
      usageAt(
        ctx,
        PROVISIONED_EFO_GB,
        "monthlyEnhancedFanOutGb",
        "GB read by enhanced fan-out consumers per month",
      ),
      usageAt(
        ctx,
        EFO_CONSUMER_SHARD_HOUR,
        "monthlyEnhancedFanOutConsumerShardHours",
        "consumer-shard hours per month",
      ),
    );
    used.push(SHARD_HOUR, PUT_UNITS, PROVISIONED_EFO_GB, EFO_CONSUMER_SHARD_HOUR);
  }
  if (retentionHours > 24) {
    const extended = onDemand ? ON_DEMAND_EXTENDED_GB : PROVISIONED_EXTENDED_GB;
    usage.push(usageAt(ctx, extended, "extendedRetentionGb", "GB held between 24 hours and 7 days"));
    used.push(extended);
  }
  if (retentionHours > 168) {
    usage.push(
      usageAt(ctx, LONG_TERM_GB, "longTermRetentionGb", "GB held beyond 7 days"),
      usageAt(
        ctx,
        LONG_TERM_RETRIEVAL_GB,
        "monthlyLongTermRetrievalGb",
        "GB read from beyond 7 days per month",
      ),
    );
    used.push(LONG_TERM_GB, LONG_TERM_RETRIEVAL_GB);
  }
  return priced("aws", region, lines, [...assumptions, ...priceNotes(region, used)], { usage });
}

export const pricers: PricerModule["pricers"] = { "aws:kinesis/stream:Stream": stream };
