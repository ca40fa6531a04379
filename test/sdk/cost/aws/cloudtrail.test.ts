import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

const T = "aws:cloudtrail/trail:Trail";

describe("aws:cloudtrail/trail:Trail", () => {
  it("adds management copies, data and Insights events from usage (golden cloudtrail_test cloudtrail_with_usage: $2.00 + $0.20 + $1.05)", () => {
    const r = expectPriced(
      priceResource(
        T,
        { s3BucketName: "b", insightSelectors: [{ insightType: "ApiCallRateInsight" }] },
        {
          ...ctx,
          usage: {
            monthlyAdditionalManagementEvents: 100_000,
            monthlyDataEvents: 200_000,
            monthlyInsightEvents: 300_000,
          },
        },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(3.25, 2);
  });

  it("lists Insights only when selected (golden cloudtrail_with_defaults: $2.00 and $0.10 per 100k) and needs a region", () => {
    const r = expectPriced(priceResource(T, { s3BucketName: "b" }, ctx));
    expect(r.usage?.map((u) => u.usdPerUnit)).toEqual([2, 0.1]);
    expect(priceResource(T, {}, { catalog: ctx.catalog })).toMatchObject({ priced: false });
  });
});
