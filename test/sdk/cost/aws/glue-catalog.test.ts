import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

const T = "aws:glue/catalogDatabase:CatalogDatabase";

describe("aws:glue/catalogDatabase:CatalogDatabase", () => {
  it("prices stored objects and requests from the usage file (golden glue_catalog_database_test with_usage: 2 × 100k objects $2.00 + 300M requests $300.00)", () => {
    const r = expectPriced(
      priceResource(T, { name: "db" }, { ...ctx, usage: { storedObjects: 200_000, monthlyRequests: 300e6 } }),
    );
    expect(r.monthlyUsd).toBeCloseTo(302, 2);
    expect(r.usageUnknown).toBe(false);
  });

  it("without usage has no fixed charge and lists both unit prices, free tier stated", () => {
    const r = expectPriced(priceResource(T, { name: "db" }, ctx));
    expect(r.monthlyUsd).toBe(0);
    expect(r.usageUnknown).toBe(true);
    expect(r.usage!.map((u) => [u.key, u.usdPerUnit, u.unit])).toEqual([
      ["storedObjects", 1, "100k objects"],
      ["monthlyRequests", 1, "1M requests"],
    ]);
    const notes = r.assumptions.join(" ");
    expect(notes).toMatch(/first million objects stored and the first million requests/);
    expect(notes).toMatch(/glue_catalog_database_test.*2024-07-01/);
  });

  it("is unpriced without a region, naming it", () => {
    const r = priceResource(T, { name: "db" }, { catalog: ctx.catalog });
    expect(r).toMatchObject({ priced: false, reason: expect.stringMatching(/region/) });
  });
});
