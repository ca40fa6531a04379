import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };
const T = "aws:ec2/natGateway:NatGateway";

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

describe("aws:ec2/natGateway:NatGateway", () => {
  it("prices the hours and lists data processed (golden nat_gateway_test nat: $32.85, $0.045 per GB)", () => {
    const r = expectPriced(priceResource(T, { subnetId: "subnet-1" }, ctx));
    expect(r.monthlyUsd).toBeCloseTo(32.85, 2);
    expect(r.usageUnknown).toBe(true);
    expect(r.usage?.[0]).toMatchObject({ key: "monthlyDataProcessedGb", usdPerUnit: 0.045 });
  });

  it("adds data processed from the usage file (golden nat_withUsage: 100 GB = $4.50)", () => {
    const r = expectPriced(priceResource(T, {}, { ...ctx, usage: { monthlyDataProcessedGb: 100 } }));
    expect(r.monthlyUsd).toBeCloseTo(32.85 + 4.5, 2);
    expect(r.usageUnknown).toBe(false);
  });

  it("notes the us-east-1 figure in another region, and is unpriced with no region", () => {
    const r = expectPriced(priceResource(T, { region: "ap-south-1" }, ctx));
    expect(r.region).toBe("ap-south-1");
    expect(r.assumptions.join(" ")).toContain("us-east-1 list price is used for ap-south-1");
    expect(priceResource(T, {}, { catalog: ctx.catalog })).toMatchObject({
      priced: false,
      reason: expect.stringContaining("region"),
    });
  });
});
