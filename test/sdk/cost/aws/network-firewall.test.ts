import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

const T = "aws:networkfirewall/firewall:Firewall";

describe("aws:networkfirewall/firewall:Firewall", () => {
  it("prices an endpoint per zone and adds data processed (golden networkfirewall_firewall_test with_usage: $288.35 + 100 GB $6.50)", () => {
    const bare = expectPriced(
      priceResource(T, { firewallPolicyArn: "arn", subnetMappings: [{ subnetId: "a" }] }, ctx),
    );
    expect(bare.monthlyUsd).toBeCloseTo(288.35, 2);
    expect(bare.usageUnknown).toBe(true);
    const r = expectPriced(
      priceResource(
        T,
        { subnetMappings: [{ subnetId: "a" }] },
        { ...ctx, usage: { monthlyDataProcessedGb: 100 } },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(294.85, 2);
    expect(expectPriced(priceResource(T, { subnetMappings: [{}, {}] }, ctx)).monthlyUsd).toBeCloseTo(
      576.7,
      2,
    );
    expect(priceResource(T, {}, { catalog: ctx.catalog })).toMatchObject({ priced: false });
  });
});
