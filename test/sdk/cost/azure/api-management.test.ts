import { describe, expect, it } from "vitest";
import { ok, price } from "./kit";

const apim = (props: Record<string, unknown>, usage?: Record<string, number>) =>
  price(
    "azure-native:apimanagement:ApiManagementService",
    { location: "eastus", publisherEmail: "a@b.c", publisherName: "a", ...props },
    usage,
  );

describe("azure-native:apimanagement:ApiManagementService", () => {
  it("prices units of the tier (goldens: Standard_3 $2,060.13, Premium_4 $11,180.68, Developer_1 $48.03)", () => {
    expect(ok(apim({ sku: { name: "Standard", capacity: 3 } })).monthlyUsd).toBeCloseTo(2060.13, 2);
    expect(ok(apim({ sku: { name: "Premium", capacity: 4 } })).monthlyUsd).toBeCloseTo(11180.68, 2);
    expect(ok(apim({ sku: { name: "Developer", capacity: 1 } })).monthlyUsd).toBeCloseTo(48.03, 2);
  });

  it("counts additional locations' units and bills Consumption per call", () => {
    const r = ok(
      apim({
        sku: { name: "Premium", capacity: 1 },
        additionalLocations: [{ location: "westeurope", sku: { name: "Premium", capacity: 2 } }],
      }),
    );
    expect(r.monthlyUsd).toBeCloseTo(3 * 2795.17, 1);
    const consumption = ok(apim({ sku: { name: "Consumption", capacity: 0 } }, { monthlyCalls: 2e6 }));
    expect(consumption.monthlyUsd).toBeCloseTo(7, 2);
  });

  it("is unpriced for v2 tiers and without a SKU", () => {
    expect(apim({ sku: { name: "StandardV2", capacity: 1 } })).toMatchObject({ priced: false });
    expect(apim({})).toMatchObject({ priced: false, reason: "sku.name is not set" });
  });
});
