import { describe, expect, it } from "vitest";
import { noRegion, ok, price } from "./kit";

describe("azure-native:network:NatGateway", () => {
  it("prices the gateway hours (golden my_gateway: $32.85) and data processed (10 GB = $0.45)", () => {
    const bare = ok(
      price("azure-native:network:NatGateway", { location: "westeurope", sku: { name: "Standard" } }),
    );
    expect(bare.monthlyUsd).toBeCloseTo(32.85, 2);
    expect(bare.usageUnknown).toBe(true);
    const used = ok(
      price("azure-native:network:NatGateway", { location: "westeurope" }, { dataProcessedGb: 10 }),
    );
    expect(used.monthlyUsd).toBeCloseTo(33.3, 2);
  });

  it("is unpriced without a location", () => {
    expect(price("azure-native:network:NatGateway", {}, undefined, noRegion)).toMatchObject({
      priced: false,
    });
  });
});
