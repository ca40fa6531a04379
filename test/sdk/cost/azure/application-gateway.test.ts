import { describe, expect, it } from "vitest";
import { ok, price } from "./kit";

const gw = (props: Record<string, unknown>, usage?: Record<string, number>) =>
  price("azure-native:network:ApplicationGateway", props, usage);

describe("azure-native:network:ApplicationGateway", () => {
  it("prices a WAF_v2 gateway's fixed hours (golden waf: $262.80) with capacity units as usage", () => {
    const r = ok(gw({ location: "eastus", sku: { name: "WAF_v2", tier: "WAF_v2", capacity: 2 } }));
    expect(r.monthlyUsd).toBeCloseTo(262.8, 2);
    expect(r.usage![0]).toMatchObject({ key: "capacityUnitHours", usdPerUnit: 0.0144 });
    const used = ok(gw({ location: "eastus", sku: { tier: "Standard_v2" } }, { capacityUnitHours: 730 }));
    expect(used.monthlyUsd).toBeCloseTo(146 + 730 * 0.008, 2); // golden standard: $146.00 fixed
  });

  it("is unpriced for v1 tiers and without a tier", () => {
    expect(gw({ location: "eastus", sku: { name: "Standard_Medium", tier: "Standard" } })).toMatchObject({
      priced: false,
    });
    expect(gw({ location: "eastus" })).toMatchObject({ priced: false, reason: "sku.tier is not set" });
  });
});
