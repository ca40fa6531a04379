import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

const T = "aws:ssm/parameter:Parameter";

describe("aws:ssm/parameter:Parameter", () => {
  it("prices an Advanced parameter and its API interactions (golden ssm_parameter_test ssm_parameter_advanced: $0.05; 10 × 10k interactions $0.50)", () => {
    const bare = expectPriced(priceResource(T, { type: "String", tier: "Advanced" }, ctx));
    expect(bare.monthlyUsd).toBeCloseTo(0.05, 2);
    expect(bare.usageUnknown).toBe(true);
    const r = expectPriced(
      priceResource(T, { tier: "Advanced" }, { ...ctx, usage: { monthlyApiInteractions: 100_000 } }),
    );
    expect(r.monthlyUsd).toBeCloseTo(0.55, 2);
  });

  it("leaves Standard parameters free and needs a region", () => {
    expect(expectPriced(priceResource(T, { type: "String" }, ctx)).monthlyUsd).toBe(0);
    expect(priceResource(T, {}, { catalog: ctx.catalog })).toMatchObject({ priced: false });
  });
});
