import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };
const LB = "aws:lb/loadBalancer:LoadBalancer";

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

describe("aws:lb/loadBalancer:LoadBalancer", () => {
  it("prices an ALB and lists LCUs (golden lb_test lb1: $16.43, $5.84 per LCU-month)", () => {
    const r = expectPriced(priceResource(LB, { loadBalancerType: "application" }, ctx));
    expect(r.monthlyUsd).toBeCloseTo(16.43, 2);
    expect(r.usageUnknown).toBe(true);
    expect(r.usage?.[0]).toMatchObject({ key: "monthlyLcuHours", usdPerUnit: 0.008 });
    expect(expectPriced(priceResource("aws:alb/loadBalancer:LoadBalancer", {}, ctx)).monthlyUsd).toBeCloseTo(
      16.43,
      2,
    );
  });

  it("adds LCU-hours from the usage file (golden alb1_usage: 1.3698 LCU-months = $8.00)", () => {
    const r = expectPriced(priceResource(LB, {}, { ...ctx, usage: { monthlyLcuHours: 1.3698 * 730 } }));
    expect(r.monthlyUsd).toBeCloseTo(16.43 + 8, 1); // the golden rounds each row to the cent
  });

  it("prices an NLB with NLCUs (golden nlb1_usage: $16.43 + 1.3698 NLCU-months = $6.00)", () => {
    const bare = expectPriced(priceResource(LB, { loadBalancerType: "network" }, ctx));
    expect(bare.usage?.[0]).toMatchObject({ usdPerUnit: 0.006, unit: "NLCU-hour" });
    const r = expectPriced(
      priceResource(
        LB,
        { loadBalancerType: "network" },
        { ...ctx, usage: { monthlyLcuHours: 1.3698 * 730 } },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(16.43 + 6, 1); // the golden rounds each row to the cent
  });

  it("is unpriced for a gateway load balancer, whose price the data lacks", () => {
    expect(priceResource(LB, { loadBalancerType: "gateway" }, ctx)).toMatchObject({
      priced: false,
      reason: expect.stringContaining("gateway"),
    });
  });
});

describe("aws:elb/loadBalancer:LoadBalancer", () => {
  it("prices a classic load balancer and its data processed (golden elb_test my_elb: $18.25 + 10,000 GB $80.00)", () => {
    const bare = expectPriced(priceResource("aws:elb/loadBalancer:LoadBalancer", { listeners: [] }, ctx));
    expect(bare.monthlyUsd).toBeCloseTo(18.25, 2);
    expect(bare.usageUnknown).toBe(true);
    const r = expectPriced(
      priceResource(
        "aws:elb/loadBalancer:LoadBalancer",
        {},
        { ...ctx, usage: { monthlyDataProcessedGb: 10_000 } },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(18.25 + 80, 2);
  });
});
