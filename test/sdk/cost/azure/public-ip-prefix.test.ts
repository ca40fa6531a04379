import { describe, expect, it } from "vitest";
import { noRegion, ok, price } from "./kit";

describe("azure-native:network:PublicIPPrefix", () => {
  it("prices a prefix by the hour (golden public_ip_prefix_test: $4.38)", () => {
    expect(
      ok(price("azure-native:network:PublicIPPrefix", { location: "eastus", prefixLength: 31 })).monthlyUsd,
    ).toBeCloseTo(4.38, 2);
    const we = ok(price("azure-native:network:PublicIPPrefix", { location: "westeurope", prefixLength: 30 }));
    expect(we.assumptions.join(" ")).toContain("eastus list price is used for westeurope");
  });

  it("is unpriced without a location", () => {
    expect(price("azure-native:network:PublicIPPrefix", {}, undefined, noRegion)).toMatchObject({
      priced: false,
    });
  });
});
