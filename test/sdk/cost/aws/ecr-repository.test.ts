import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

const T = "aws:ecr/repository:Repository";

describe("aws:ecr/repository:Repository", () => {
  it("lists storage as usage and adds it from the usage file (golden ecr_repository_test: $0.10 per GB; repo 1 GB = $0.10)", () => {
    const bare = expectPriced(priceResource(T, {}, ctx));
    expect(bare.monthlyUsd).toBe(0);
    expect(bare.usageUnknown).toBe(true);
    expect(bare.usage?.[0]).toMatchObject({ key: "storageGb", usdPerUnit: 0.1 });
    expect(expectPriced(priceResource(T, {}, { ...ctx, usage: { storageGb: 1 } })).monthlyUsd).toBeCloseTo(
      0.1,
      2,
    );
  });

  it("is unpriced without a region", () => {
    expect(priceResource(T, {}, { catalog: ctx.catalog })).toMatchObject({
      priced: false,
      reason: expect.stringContaining("region"),
    });
  });
});
