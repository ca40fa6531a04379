import { describe, expect, it } from "vitest";
import { ok, price } from "./kit";

describe("azure-native:network:DdosProtectionPlan", () => {
  it("prices the plan (golden: $2,943.55) and protected resources beyond 100 (golden: 5 = $147.18)", () => {
    const bare = ok(price("azure-native:network:DdosProtectionPlan", { location: "westeurope" }));
    expect(bare.monthlyUsd).toBeCloseTo(2943.55, 2);
    expect(bare.usageUnknown).toBe(true);
    const used = ok(
      price(
        "azure-native:network:DdosProtectionPlan",
        { location: "westeurope" },
        { protectedResourcesOver100: 5 },
      ),
    );
    expect(used.monthlyUsd).toBeCloseTo(2943.55 + 147.18, 2);
  });
});
