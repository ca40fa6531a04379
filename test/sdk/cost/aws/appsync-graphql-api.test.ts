import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const T = "aws:appsync/graphQLApi:GraphQLApi";
const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

// No Infracost golden prices AppSync; the expected figures are the AWS pricing page's own examples.
describe(T, () => {
  it("prices operations (pricing page example 1: 5M queries × $4.00 per million = $20.00)", () => {
    const r = expectPriced(
      priceResource(
        T,
        { authenticationType: "API_KEY" },
        { ...ctx, usage: { monthlyOperations: 5_000_000 } },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(20, 2);
  });

  it("prices real-time updates and connection minutes (example 2 less data transfer: $10.00 + $5.00 + $0.30)", () => {
    const r = expectPriced(
      priceResource(
        T,
        { authenticationType: "API_KEY" },
        {
          ...ctx,
          usage: {
            monthlyOperations: 2_500_000,
            monthlyRealtimeUpdates: 2_500_000,
            monthlyConnectionMinutes: 3_750_000,
          },
        },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(15.3, 2);
  });

  it("without usage lists the three unit prices and the page it read them from", () => {
    const r = expectPriced(priceResource(T, { authenticationType: "API_KEY" }, ctx));
    expect(r.monthlyUsd).toBe(0);
    expect(r.usageUnknown).toBe(true);
    expect(r.usage?.map((u) => u.usdPerUnit)).toEqual([4, 2, 0.08]);
    expect(r.assumptions.join(" ")).toContain("aws.amazon.com/appsync/pricing/");
  });

  it("is unpriced without a region", () => {
    expect(priceResource(T, { authenticationType: "API_KEY" }, { catalog: defaultCatalog() }).priced).toBe(
      false,
    );
  });
});
