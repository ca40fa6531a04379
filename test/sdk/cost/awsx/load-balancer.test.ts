import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";

const ctx = { catalog: defaultCatalog(), region: "us-east-1" };

describe("awsx:lb load balancers", () => {
  it("prices an ApplicationLoadBalancer at the ALB hourly figure", () => {
    const r = priceResource("awsx:lb:ApplicationLoadBalancer", {}, ctx);
    if (!r.priced) throw new Error(r.reason);
    // lb_test golden: aws_lb.lb1 (application) $16.43/month.
    expect(r.monthlyUsd).toBeCloseTo(16.43, 2);
    expect(r.usage?.[0]).toMatchObject({ key: "capacityUnits", usdPerUnit: 5.84 });
    expect(r.usageUnknown).toBe(true);
  });

  it("prices a NetworkLoadBalancer, with its capacity units from the usage file", () => {
    const r = priceResource("awsx:lb:NetworkLoadBalancer", {}, { ...ctx, usage: { capacityUnits: 2 } });
    if (!r.priced) throw new Error(r.reason);
    // lb_test golden: aws_lb.nlb1 $16.43/month; NLCU $4.38 per LCU-month.
    expect(r.monthlyUsd).toBeCloseTo(16.43 + 2 * 4.38, 2);
    expect(r.usageUnknown).toBe(false);
  });

  it("takes the region from the component's own region argument over the provider's", () => {
    const r = priceResource("awsx:lb:ApplicationLoadBalancer", { region: "eu-west-1" }, ctx);
    expect(r.region).toBe("eu-west-1");
    expect(r.priced && r.assumptions.join("\n")).toMatch(/us-east-1 list price is used for eu-west-1/);
    const none = priceResource("awsx:lb:ApplicationLoadBalancer", {}, { catalog: ctx.catalog });
    expect(none).toMatchObject({ priced: false, reason: expect.stringMatching(/aws:region/) });
  });
});
