import { describe, expect, it } from "vitest";
import { ok, price } from "./kit";

describe("azure-native:containerregistry:Registry", () => {
  it("prices Basic (golden basic: $5.00) and Premium (golden my_registry: $50.00) a month", () => {
    expect(
      ok(price("azure-native:containerregistry:Registry", { location: "westeurope", sku: { name: "Basic" } }))
        .monthlyUsd,
    ).toBeCloseTo(5, 2);
    expect(
      ok(
        price("azure-native:containerregistry:Registry", {
          location: "westeurope",
          sku: { name: "Premium" },
        }),
      ).monthlyUsd,
    ).toBeCloseTo(50, 2);
  });

  it("adds storage and build time from the usage file (golden: 540,000 build seconds = $54.00)", () => {
    const r = ok(
      price(
        "azure-native:containerregistry:Registry",
        { location: "westeurope", sku: { name: "Basic" } },
        { storageGb: 100, buildVcpuSeconds: 540000 },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(5 + 10 + 54, 2);
    expect(r.usageUnknown).toBe(false);
  });

  it("is unpriced for Standard (no golden price) and without a SKU", () => {
    expect(
      price("azure-native:containerregistry:Registry", { location: "westeurope", sku: { name: "Standard" } }),
    ).toMatchObject({
      priced: false,
      reason: expect.stringContaining("Standard"),
    });
    expect(price("azure-native:containerregistry:Registry", { location: "westeurope" })).toMatchObject({
      priced: false,
      reason: "sku.name is not set",
    });
  });
});

describe("azure-native:containerregistry:Replication", () => {
  it("prices a geo-replication as a Premium unit (golden my_registry, 1 location: $50.00)", () => {
    const r = ok(
      price("azure-native:containerregistry:Replication", { location: "northeurope", registryName: "acr" }),
    );
    expect(r.monthlyUsd).toBeCloseTo(50, 2);
    expect(r.region).toBe("northeurope");
  });
});
