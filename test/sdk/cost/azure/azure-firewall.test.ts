import { describe, expect, it } from "vitest";
import { ok, price } from "./kit";

const fw = (props: Record<string, unknown>, usage?: Record<string, number>) =>
  price("azure-native:network:AzureFirewall", props, usage);

describe("azure-native:network:AzureFirewall", () => {
  it("prices Standard (golden standard: $912.50) and Premium (golden premium: $1,277.50) deployments", () => {
    expect(
      ok(fw({ location: "eastus", sku: { name: "AZFW_VNet", tier: "Standard" } })).monthlyUsd,
    ).toBeCloseTo(912.5, 2);
    expect(ok(fw({ location: "eastus", sku: { name: "AZFW_Hub", tier: "Premium" } })).monthlyUsd).toBeCloseTo(
      1277.5,
      2,
    );
  });

  it("adds data processed from the usage file and is unpriced for Basic", () => {
    expect(ok(fw({ location: "eastus" })).usageUnknown).toBe(true);
    expect(ok(fw({ location: "eastus" }, { dataProcessedGb: 1000 })).monthlyUsd).toBeCloseTo(912.5 + 16, 2);
    expect(fw({ location: "eastus", sku: { tier: "Basic" } })).toMatchObject({ priced: false });
  });
});
