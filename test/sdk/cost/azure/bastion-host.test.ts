import { describe, expect, it } from "vitest";
import { ok, price } from "./kit";

describe("azure-native:network:BastionHost", () => {
  it("prices a Basic host (golden bastion_host_test: $138.70); Developer is free", () => {
    expect(
      ok(price("azure-native:network:BastionHost", { location: "australiaeast" })).monthlyUsd,
    ).toBeCloseTo(138.7, 2);
    expect(
      ok(price("azure-native:network:BastionHost", { location: "eastus", sku: { name: "Developer" } }))
        .monthlyUsd,
    ).toBe(0);
  });

  it("is unpriced for SKUs without a price", () => {
    expect(
      price("azure-native:network:BastionHost", { location: "eastus", sku: { name: "Premium" } }),
    ).toMatchObject({
      priced: false,
      reason: expect.stringContaining("Premium"),
    });
  });
});
