import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

const T = "aws:kinesis/stream:Stream";

describe("aws:kinesis/stream:Stream", () => {
  it("prices shards and provisioned usage (golden kinesis_stream_test test_stream_provisioned_with_usage: $43.80 + $0.09 + $2.00 + $2.30 + $2.10 + $1.30 + $1.50)", () => {
    const r = expectPriced(
      priceResource(
        T,
        { shardCount: 4, retentionPeriod: 8760 },
        {
          ...ctx,
          usage: {
            monthlyPutUnits: 6_500_000,
            extendedRetentionGb: 100,
            longTermRetentionGb: 100,
            monthlyLongTermRetrievalGb: 100,
            monthlyEnhancedFanOutGb: 100,
            monthlyEnhancedFanOutConsumerShardHours: 100,
          },
        },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(53.09, 1);
    expect(r.usageUnknown).toBe(false);
  });

  it("prices an on-demand stream and its usage (golden test_stream_on_demand_with_usage: $29.20 + $0.02 + $0.01 + $0.10 + $0.10 + $0.02)", () => {
    const bare = expectPriced(priceResource(T, { streamModeDetails: { streamMode: "ON_DEMAND" } }, ctx));
    expect(bare.monthlyUsd).toBeCloseTo(29.2, 2);
    expect(bare.usage?.map((u) => u.key)).toEqual([
      "monthlyIngestedGb",
      "monthlyRetrievedGb",
      "monthlyEnhancedFanOutGb",
    ]);
    const r = expectPriced(
      priceResource(
        T,
        { streamModeDetails: { streamMode: "ON_DEMAND" }, retentionPeriod: 720 },
        {
          ...ctx,
          usage: {
            monthlyIngestedGb: 0.2,
            monthlyRetrievedGb: 0.2,
            monthlyEnhancedFanOutGb: 2,
            extendedRetentionGb: 1,
            longTermRetentionGb: 1,
            monthlyLongTermRetrievalGb: 0,
          },
        },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(29.45, 1);
  });

  it("defaults to one shard and says so; needs a region", () => {
    const r = expectPriced(priceResource(T, {}, ctx));
    expect(r.monthlyUsd).toBeCloseTo(10.95, 2); // golden test_stream_provisioned: 730 hours $10.95
    expect(r.assumptions.join(" ")).toContain("shardCount not set");
    expect(priceResource(T, {}, { catalog: ctx.catalog })).toMatchObject({ priced: false });
  });
});
