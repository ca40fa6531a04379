import { describe, expect, it } from "vitest";
import { ctx, ok, price } from "./kit";

const inProfile = (sku: string) => ({
  ...ctx,
  resolve: (ref: string) =>
    ref === "cdn" ? { type: "azure-native:cdn:Profile", props: { sku: { name: sku } } } : undefined,
});

describe("azure-native:cdn:Profile and Endpoint", () => {
  it("bills a classic profile through its endpoints, and leaves Front Door profiles unpriced", () => {
    expect(ok(price("azure-native:cdn:Profile", { sku: { name: "Standard_Microsoft" } })).monthlyUsd).toBe(0);
    expect(price("azure-native:cdn:Profile", { sku: { name: "Standard_AzureFrontDoor" } })).toMatchObject({
      priced: false,
    });
  });

  it("tiers an endpoint's outbound transfer by its profile's SKU (golden std_verizon: first 10TB $810, next 40TB $3,000)", () => {
    const r = ok(
      price(
        "azure-native:cdn:Endpoint",
        { profileName: "cdn", origins: [] },
        { outboundDataTransferGb: 50000 },
        inProfile("Standard_Verizon"),
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(810 + 3000, 2);
    const dsa = ok(
      price(
        "azure-native:cdn:Endpoint",
        { profileName: "cdn", optimizationType: "DynamicSiteAcceleration" },
        undefined,
        inProfile("Standard_Verizon"),
      ),
    );
    expect(dsa.usage!.some((u) => u.key === "accelerationDataTransferGb")).toBe(true);
  });

  it("is unpriced when its profile is not known", () => {
    expect(price("azure-native:cdn:Endpoint", { profileName: "x" })).toMatchObject({
      priced: false,
      reason: expect.stringContaining("profileName"),
    });
  });
});
