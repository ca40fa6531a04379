import { describe, expect, it } from "vitest";
import { ok, price } from "./kit";

describe("azure-native:databricks:Workspace", () => {
  it("bills DBUs by workload and tier (golden premium: $0.55 all-purpose, $0.30 jobs, $0.22 jobs light)", () => {
    const bare = ok(
      price("azure-native:databricks:Workspace", { location: "eastus", sku: { name: "premium" } }),
    );
    expect(bare.usage!.map((u) => u.usdPerUnit)).toEqual([0.55, 0.3, 0.22]);
    const used = ok(
      price(
        "azure-native:databricks:Workspace",
        { location: "eastus", sku: { name: "standard" } },
        { allPurposeDbuHours: 100, jobsDbuHours: 100, jobsLightDbuHours: 100 },
      ),
    );
    expect(used.monthlyUsd).toBeCloseTo(40 + 15 + 7, 2);
  });

  it("is unpriced without a tier", () => {
    expect(price("azure-native:databricks:Workspace", { location: "eastus" })).toMatchObject({
      priced: false,
    });
  });
});
