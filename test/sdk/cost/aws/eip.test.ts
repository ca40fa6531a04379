import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };
const T = "aws:ec2/eip:Eip";

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

describe("aws:ec2/eip:Eip", () => {
  it("prices the public IPv4 hours (golden eip_test eip1: $3.65)", () => {
    const r = expectPriced(priceResource(T, { domain: "vpc" }, ctx));
    expect(r.monthlyUsd).toBeCloseTo(3.65, 2);
    expect(r.assumptions.join(" ")).toContain("2024-02-01");
  });

  it("does not bill an address from the owner's IPAM pool, and needs a region", () => {
    expect(expectPriced(priceResource(T, { ipamPoolId: "ipam-pool-1" }, ctx)).monthlyUsd).toBe(0);
    expect(priceResource(T, {}, { catalog: ctx.catalog })).toMatchObject({ priced: false });
  });
});
