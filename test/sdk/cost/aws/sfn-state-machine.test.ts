import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

const T = "aws:sfn/stateMachine:StateMachine";

describe("aws:sfn/stateMachine:StateMachine", () => {
  it("prices Standard transitions from usage (golden sfn_state_machine_test standard: 10K transitions $0.25)", () => {
    const bare = expectPriced(priceResource(T, { definition: "{}", roleArn: "arn" }, ctx));
    expect(bare.usage?.[0]).toMatchObject({ key: "monthlyTransitions", usdPerUnit: 0.025 });
    expect(
      expectPriced(priceResource(T, {}, { ...ctx, usage: { monthlyTransitions: 10_000 } })).monthlyUsd,
    ).toBeCloseTo(0.25, 2);
  });

  it("tiers Express duration (golden express3Tiers: $100 + $60.01 + $119.95 + $405.27)", () => {
    const r = expectPriced(
      priceResource(
        T,
        { type: "EXPRESS" },
        { ...ctx, usage: { monthlyRequests: 100e6, monthlyGbHours: 29_687.5 } },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(100 + 60.01 + 119.95 + 405.27, 1);
  });

  it("lists Express unit prices without usage (golden expressWithoutUsage: $1.00 per 1M, $0.060012 per GB-hour) and needs a region", () => {
    const r = expectPriced(priceResource(T, { type: "EXPRESS" }, ctx));
    expect(r.usage?.map((u) => u.usdPerUnit)).toEqual([1, 0.060012]);
    expect(priceResource(T, {}, { catalog: ctx.catalog })).toMatchObject({ priced: false });
  });
});
