import { describe, expect, it } from "vitest";
import { ok, price } from "./kit";

describe("azure-native:automation:AutomationAccount", () => {
  it("bills job minutes and non-Azure nodes as usage", () => {
    const bare = ok(
      price("azure-native:automation:AutomationAccount", { location: "eastus", sku: { name: "Basic" } }),
    );
    expect(bare.usageUnknown).toBe(true);
    const used = ok(
      price(
        "azure-native:automation:AutomationAccount",
        { location: "eastus" },
        { jobRunMinutes: 1000, nonAzureConfigNodes: 2 },
      ),
    );
    expect(used.monthlyUsd).toBeCloseTo(2 + 12, 2);
  });
});
