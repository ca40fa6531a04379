import { describe, expect, it } from "vitest";
import { noRegion, ok, price } from "./kit";

const lb = (props: Record<string, unknown>, usage?: Record<string, number>) =>
  price("azure-native:network:LoadBalancer", props, usage);
const rule = { name: "r" };

describe("azure-native:network:LoadBalancer", () => {
  it("prices each load-balancing and outbound rule of a Standard LB (golden lb_rule: $7.30 a rule)", () => {
    const r = ok(
      lb({
        location: "eastus",
        sku: { name: "Standard" },
        loadBalancingRules: [rule, rule],
        outboundRules: [rule],
        inboundNatRules: [rule],
      }),
    );
    expect(r.monthlyUsd).toBeCloseTo(3 * 7.3, 2);
    expect(r.assumptions.join(" ")).toContain("inbound NAT rules are free");
  });

  it("adds data processed from the usage file (golden lb_test standard: 100 GB = $0.50)", () => {
    const bare = ok(lb({ location: "eastus", sku: { name: "Standard" } }));
    expect(bare.monthlyUsd).toBe(0);
    expect(bare.usageUnknown).toBe(true);
    expect(
      ok(lb({ location: "eastus", sku: { name: "Standard" } }, { dataProcessedGb: 100 })).monthlyUsd,
    ).toBeCloseTo(0.5, 2);
  });

  it("does not bill Basic (the API default), and leaves other SKUs and a missing location unpriced", () => {
    const basic = ok(lb({ location: "eastus" }));
    expect(basic.monthlyUsd).toBe(0);
    expect(basic.assumptions.join(" ")).toContain("API default");
    expect(lb({ location: "eastus", sku: { name: "Gateway" } })).toMatchObject({ priced: false });
    expect(
      price("azure-native:network:LoadBalancer", { sku: { name: "Standard" } }, undefined, noRegion),
    ).toMatchObject({
      priced: false,
      reason: expect.stringContaining("location"),
    });
  });
});
