import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

const T = "aws:sns/topic:Topic";

describe("aws:sns/topic:Topic", () => {
  it("adds publishes from usage (golden sns_topic_test sns_topic_withUsage: 1M requests over the free 1M = $0.50)", () => {
    const r = expectPriced(priceResource(T, {}, { ...ctx, usage: { monthlyRequests: 1_000_000 } }));
    expect(r.monthlyUsd).toBeCloseTo(0.5, 2);
    expect(r.usageUnknown).toBe(true); // deliveries still unknown
  });

  it("prices FIFO publishes and payload (golden sns_fifo_topic_withUsage: $0.30 + 128 GB $2.18)", () => {
    const r = expectPriced(
      priceResource(
        T,
        { fifoTopic: true },
        { ...ctx, usage: { monthlyRequests: 1_000_000, monthlyPublishGb: 128 } },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(0.3 + 2.18, 2);
  });

  it("lists delivery prices without usage and needs a region", () => {
    const r = expectPriced(priceResource(T, {}, ctx));
    expect(r.usage?.find((u) => u.key === "monthlyEmailNotifications")).toMatchObject({
      usdPerUnit: 2,
      unitSize: 1e5,
    });
    expect(priceResource(T, {}, { catalog: ctx.catalog })).toMatchObject({ priced: false });
  });
});
