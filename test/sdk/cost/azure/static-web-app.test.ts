import { describe, expect, it } from "vitest";
import { ok, price } from "./kit";

describe("azure-native:web:StaticSite", () => {
  it("prices Standard (golden: $9.00) with bandwidth over 100 GB as usage; Free is not billed", () => {
    const r = ok(
      price("azure-native:web:StaticSite", {
        location: "centralus",
        sku: { name: "Standard", tier: "Standard" },
      }),
    );
    expect(r.monthlyUsd).toBeCloseTo(9, 2);
    expect(
      ok(
        price(
          "azure-native:web:StaticSite",
          { location: "centralus", sku: { name: "Standard", tier: "Standard" } },
          { bandwidthOver100Gb: 50 },
        ),
      ).monthlyUsd,
    ).toBeCloseTo(19, 2);
    expect(ok(price("azure-native:web:StaticSite", { location: "centralus" })).monthlyUsd).toBe(0);
  });

  it("is unpriced for other plans", () => {
    expect(
      price("azure-native:web:StaticSite", {
        location: "centralus",
        sku: { name: "Dedicated", tier: "Dedicated" },
      }),
    ).toMatchObject({ priced: false });
  });
});
