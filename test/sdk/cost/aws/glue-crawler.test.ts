import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const T = "aws:glue/crawler:Crawler";
const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };
const crawler = {
  databaseName: "test",
  role: "arn:aws:iam::1:role/r",
  dynamodbTargets: [{ path: "table-name" }],
};

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

describe(T, () => {
  it("prices DPU-hours of runs (golden glue_crawler_test with_usage: 60 hours $26.40)", () => {
    const r = expectPriced(priceResource(T, crawler, { ...ctx, usage: { monthlyDpuHours: 60 } }));
    expect(r.monthlyUsd).toBeCloseTo(26.4, 2);
  });

  it("without usage lists $0.44 per DPU-hour (golden no_usage)", () => {
    const r = expectPriced(priceResource(T, crawler, ctx));
    expect(r.monthlyUsd).toBe(0);
    expect(r.usageUnknown).toBe(true);
    expect(r.usage?.[0]).toMatchObject({ key: "monthlyDpuHours", usdPerUnit: 0.44 });
  });

  it("is unpriced without a region", () => {
    expect(priceResource(T, crawler, { catalog: defaultCatalog() }).priced).toBe(false);
  });
});
