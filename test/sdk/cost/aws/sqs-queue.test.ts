import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

const T = "aws:sqs/queue:Queue";

describe("aws:sqs/queue:Queue", () => {
  it("adds standard requests from usage (golden sqs_queue_test standard_sqs_queue_withUsage: 2M requests $0.80)", () => {
    const r = expectPriced(priceResource(T, {}, { ...ctx, usage: { monthlyRequests: 2_000_000 } }));
    expect(r.monthlyUsd).toBeCloseTo(0.8, 2);
  });

  it("lists FIFO requests at their own price (golden fifo_sqs_queue: $0.50 per 1M)", () => {
    const r = expectPriced(priceResource(T, { fifoQueue: true }, ctx));
    expect(r.monthlyUsd).toBe(0);
    expect(r.usageUnknown).toBe(true);
    expect(r.usage?.[0]).toMatchObject({ usdPerUnit: 0.5, unitSize: 1e6 });
    expect(priceResource(T, {}, { catalog: ctx.catalog })).toMatchObject({ priced: false });
  });
});
