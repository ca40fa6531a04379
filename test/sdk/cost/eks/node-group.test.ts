import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";

const ctx = { catalog: defaultCatalog(), region: "us-east-1" };

describe("eks:index:NodeGroup and NodeGroupV2", () => {
  it("prices desiredCapacity nodes of instanceType with their root volumes", () => {
    for (const type of ["eks:index:NodeGroup", "eks:index:NodeGroupV2"]) {
      const r = priceResource(type, { cluster: "c", instanceType: "m5.large", desiredCapacity: 3 }, ctx);
      if (!r.priced) throw new Error(r.reason);
      // eks_node_group_test golden: m5.large × 3 = $210.24, gp2 60 GB = $6.00.
      expect(r.monthlyUsd).toBeCloseTo(216.24, 2);
      expect(r.range).toEqual({ minMonthlyUsd: 72.08, maxMonthlyUsd: 144.16 });
    }
  });

  it("says spot nodes are priced at the on-demand rate, and rejects a bad count", () => {
    const spot = priceResource("eks:index:NodeGroupV2", { instanceType: "m5.large", spotPrice: "0.05" }, ctx);
    expect(spot.priced && spot.assumptions.join("\n")).toMatch(/on-demand rate \(an upper bound\)/);
    const bad = priceResource("eks:index:NodeGroup", { instanceType: "m5.large", maxSize: "many" }, ctx);
    expect(!bad.priced && bad.reason).toMatch(/maxSize: "many" is not valid/);
    const unknownType = priceResource("eks:index:NodeGroup", { instanceType: "m5.nonsense" }, ctx);
    expect(!unknownType.priced && unknownType.reason).toMatch(/m5\.nonsense/);
  });
});
