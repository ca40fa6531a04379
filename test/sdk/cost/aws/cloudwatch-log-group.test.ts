import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

const T = "aws:cloudwatch/logGroup:LogGroup";

describe("aws:cloudwatch/logGroup:LogGroup", () => {
  it("adds ingestion, storage and Insights scans from usage (golden cloudwatch_log_group_test logs_withUsage: $500 + $15 + $1.25)", () => {
    const r = expectPriced(
      priceResource(
        T,
        { retentionInDays: 30 },
        { ...ctx, usage: { monthlyIngestedGb: 1000, storageGb: 500, monthlyInsightsScannedGb: 250 } },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(516.25, 2);
    expect(r.usageUnknown).toBe(false);
  });

  it("lists the unit prices without usage (golden logs: $0.50, $0.03, $0.005 per GB)", () => {
    const r = expectPriced(priceResource(T, {}, ctx));
    expect(r.monthlyUsd).toBe(0);
    expect(r.usage?.map((u) => u.usdPerUnit)).toEqual([0.5, 0.03, 0.005]);
    expect(priceResource(T, {}, { catalog: ctx.catalog })).toMatchObject({ priced: false });
  });
});
