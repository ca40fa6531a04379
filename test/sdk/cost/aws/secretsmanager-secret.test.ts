import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

const T = "aws:secretsmanager/secret:Secret";

describe("aws:secretsmanager/secret:Secret", () => {
  it("prices the secret-month and lists API calls (golden secretsmanager_secret_test secret: $0.40, $0.05 per 10k)", () => {
    const r = expectPriced(priceResource(T, {}, ctx));
    expect(r.monthlyUsd).toBeCloseTo(0.4, 2);
    expect(r.usageUnknown).toBe(true);
  });

  it("adds API calls from usage (golden secret_withUsage: 10 × 10k requests = $0.50)", () => {
    expect(
      expectPriced(priceResource(T, {}, { ...ctx, usage: { monthlyApiRequests: 100_000 } })).monthlyUsd,
    ).toBeCloseTo(0.9, 2);
  });

  it("bills each replica as a secret", () => {
    expect(
      expectPriced(priceResource(T, { replicas: [{ region: "us-west-2" }, { region: "eu-west-1" }] }, ctx))
        .monthlyUsd,
    ).toBeCloseTo(1.2, 2);
    expect(priceResource(T, {}, { catalog: ctx.catalog })).toMatchObject({ priced: false });
  });
});
