import { describe, expect, it } from "vitest";
import { ok, price } from "./kit";

describe("azure-native:search:Service", () => {
  it("prices replicas × partitions search units (golden basic 2×2: $294.92; standard2: $981.12)", () => {
    expect(
      ok(
        price("azure-native:search:Service", {
          location: "eastus",
          sku: { name: "basic" },
          replicaCount: 2,
          partitionCount: 2,
        }),
      ).monthlyUsd,
    ).toBeCloseTo(294.92, 2);
    expect(
      ok(price("azure-native:search:Service", { location: "eastus", sku: { name: "standard2" } })).monthlyUsd,
    ).toBeCloseTo(981.12, 2);
    expect(
      ok(price("azure-native:search:Service", { location: "eastus", sku: { name: "free" } })).monthlyUsd,
    ).toBe(0);
  });

  it("is unpriced for SKUs without a price (standard has no golden row)", () => {
    expect(
      price("azure-native:search:Service", { location: "eastus", sku: { name: "standard" } }),
    ).toMatchObject({ priced: false, reason: expect.stringContaining('"standard"') });
  });
});
