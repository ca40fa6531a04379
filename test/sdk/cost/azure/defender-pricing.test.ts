import { describe, expect, it } from "vitest";
import { ok, price } from "./kit";

describe("azure-native:security:Pricing", () => {
  it("bills protected resources as usage (goldens: servers plan 2 $14.60, plan 1 $4.91 each)", () => {
    const p2 = ok(
      price(
        "azure-native:security:Pricing",
        { pricingName: "VirtualMachines", pricingTier: "Standard", scopeId: "/subscriptions/x" },
        { protectedServers: 10 },
      ),
    );
    expect(p2.monthlyUsd).toBeCloseTo(146, 2);
    const p1 = ok(
      price(
        "azure-native:security:Pricing",
        { pricingName: "VirtualMachines", pricingTier: "Standard", subPlan: "P1", scopeId: "/s" },
        { protectedServers: 10 },
      ),
    );
    expect(p1.monthlyUsd).toBeCloseTo(49.1, 2);
  });

  it("does not bill the Free tier and is unpriced for unknown plans", () => {
    expect(
      ok(
        price("azure-native:security:Pricing", {
          pricingName: "StorageAccounts",
          pricingTier: "Free",
          scopeId: "/s",
        }),
      ).monthlyUsd,
    ).toBe(0);
    expect(
      price("azure-native:security:Pricing", { pricingName: "Api", pricingTier: "Standard", scopeId: "/s" }),
    ).toMatchObject({ priced: false });
  });
});
