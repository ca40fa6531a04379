import { describe, expect, it } from "vitest";
import { noRegion, ok, price } from "./kit";

describe("azure-native:network:PrivateEndpoint", () => {
  it("prices the endpoint hours (golden: $7.30) and tiers the data processed", () => {
    const bare = ok(price("azure-native:network:PrivateEndpoint", { location: "westus" }));
    expect(bare.monthlyUsd).toBeCloseTo(7.3, 2);
    expect(bare.usageUnknown).toBe(true);
    // golden with_multiple_tiers: 5,120,000 GB inbound = $10,000 + $24,000 + $480
    const used = ok(
      price(
        "azure-native:network:PrivateEndpoint",
        { location: "westus" },
        { inboundDataProcessedGb: 5.12e6, outboundDataProcessedGb: 0 },
      ),
    );
    expect(used.monthlyUsd).toBeCloseTo(7.3 + 10000 + 24000 + 480, 2);
    expect(used.usageUnknown).toBe(false);
  });

  it("is unpriced without a location", () => {
    expect(price("azure-native:network:PrivateEndpoint", {}, undefined, noRegion)).toMatchObject({
      priced: false,
    });
  });
});
