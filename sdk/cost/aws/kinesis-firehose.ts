import { dig, Props, priced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, PriceLine, ResourcePrice, UsageCharge } from "../types";
import { goldenPrice, isUnpriced, placeAws, priceNotes, tieredUsage, UsageTier, usageAt } from "./golden";

const G = "kinesis_firehose_delivery_stream_test";
/** The golden's provider region: its Firehose figures are eu-west-2 prices. */
const GOLDEN_REGION = "eu-west-2";
const firehose = (usd: number, unit: string, note?: string): ListPrice =>
  goldenPrice(G, usd, unit, note, GOLDEN_REGION);

/**
 * Data ingested, tiered by GB a month. The golden bills 7,000,000 GB as 512,000 + 1,536,000 +
 * 4,952,000 GB, so its third tier ("next 3PB") takes everything above 2 PB.
 */
const INGESTED_TIERS: readonly UsageTier[] = [
  { upTo: 512_000, label: "first 500 TB", price: firehose(0.035, "GB") },
  { upTo: 2_048_000, label: "next 1.5 PB", price: firehose(0.03, "GB") },
  { label: "over 2 PB", price: firehose(0.024, "GB") },
];
/** Record format conversion (Parquet/ORC), per GB ingested. */
const FORMAT_CONVERSION = firehose(0.021, "GB");
/** Delivery into a VPC (Elasticsearch/OpenSearch in a VPC): per GB, and per subnet (AZ) per hour. */
const VPC_DATA = firehose(0.01, "GB");
const VPC_AZ_HOUR = firehose(0.011, "hour", "derived $16.06 / 1,460 hours for 2 subnets");

/** Destination blocks that can deliver into a VPC. */
const VPC_DESTINATIONS = [
  "elasticsearchConfiguration",
  "opensearchConfiguration",
  "opensearchserverlessConfiguration",
];

/** Subnets a stream delivers into (one billed ENI per subnet, i.e. per AZ); 0 without a VPC destination. */
function vpcSubnets(props: Props): number {
  for (const block of VPC_DESTINATIONS) {
    const ids = dig(props, `${block}.vpcConfig.subnetIds`);
    if (Array.isArray(ids) && ids.length) return ids.length;
  }
  return 0;
}

/** True when the stream converts record formats (a dataFormatConversionConfiguration not disabled). */
function convertsFormat(props: Props): boolean {
  const conversion = dig(props, "extendedS3Configuration.dataFormatConversionConfiguration");
  return conversion !== undefined && conversion !== null && dig(conversion, "enabled") !== false;
}

/**
 * A Kinesis Data Firehose delivery stream: GB ingested (tiered), format conversion and VPC data
 * per GB as usage; a VPC destination also bills each of its subnets per hour.
 */
function deliveryStream(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const key = "monthlyDataIngestedGb";
  const ingested = tieredUsage(ctx, key, "GB ingested per month", 1, INGESTED_TIERS);
  const usage: UsageCharge[] = [...ingested.charges];
  const used: ListPrice[] = INGESTED_TIERS.map((t) => t.price);
  const lines: PriceLine[] = [];
  const assumptions = [place.assumption, ingested.note];
  if (convertsFormat(props)) {
    usage.push(usageAt(ctx, FORMAT_CONVERSION, key, "GB ingested and converted per month"));
    used.push(FORMAT_CONVERSION);
  }
  const subnets = vpcSubnets(props);
  if (subnets > 0) {
    usage.push(usageAt(ctx, VPC_DATA, key, "GB delivered into the VPC per month"));
    lines.push({ item: `VPC delivery, ${subnets} subnet(s)`, hourlyUsd: VPC_AZ_HOUR.usd * subnets });
    used.push(VPC_DATA, VPC_AZ_HOUR);
  }
  return priced("aws", region, lines, [...assumptions, ...priceNotes(region, used)], { usage });
}

export const pricers: PricerModule["pricers"] = {
  "aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream": deliveryStream,
};
