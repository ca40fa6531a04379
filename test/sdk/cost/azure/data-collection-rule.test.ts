import { describe, expect, it } from "vitest";
import { ok, price } from "./kit";

describe("azure-native:monitor:DataCollectionRule", () => {
  it("bills metric samples as usage ($0.16 per 10M)", () => {
    expect(
      ok(price("azure-native:monitor:DataCollectionRule", { location: "westeurope" })).usageUnknown,
    ).toBe(true);
    expect(
      ok(price("azure-native:monitor:DataCollectionRule", { location: "westeurope" }, { metricSamples: 1e8 }))
        .monthlyUsd,
    ).toBeCloseTo(1.6, 2);
  });
});
