import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

describe("aws:cloudwatch/dashboard:Dashboard", () => {
  it("prices the dashboard-month (golden cloudwatch_dashboard_test: $3.00) and needs a region", () => {
    expect(
      expectPriced(priceResource("aws:cloudwatch/dashboard:Dashboard", { dashboardBody: "{}" }, ctx))
        .monthlyUsd,
    ).toBeCloseTo(3, 2);
    expect(priceResource("aws:cloudwatch/dashboard:Dashboard", {}, { catalog: ctx.catalog })).toMatchObject({
      priced: false,
    });
  });
});
