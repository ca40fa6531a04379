import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

const T = "aws:route53/resolverEndpoint:ResolverEndpoint";

describe("aws:route53/resolverEndpoint:ResolverEndpoint", () => {
  it("prices each IP address and tiers queries (golden route53_resolver_endpoint_test test_withUsage2B: $182.50 + $400 + $200)", () => {
    const props = {
      direction: "INBOUND",
      ipAddresses: [{ subnetId: "a" }, { subnetId: "b" }],
      securityGroupIds: [],
    };
    const bare = expectPriced(priceResource(T, props, ctx));
    expect(bare.monthlyUsd).toBeCloseTo(182.5, 2);
    expect(bare.usage?.[0].usdPerUnit).toBe(0.4);
    const r = expectPriced(priceResource(T, props, { ...ctx, usage: { monthlyQueries: 2e9 } }));
    expect(r.monthlyUsd).toBeCloseTo(782.5, 2);
    expect(priceResource(T, props, { catalog: ctx.catalog })).toMatchObject({ priced: false });
  });
});
