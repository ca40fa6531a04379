import { describe, expect, it } from "vitest";
import { ok, price } from "./kit";

describe("azure-native:appconfiguration:ConfigurationStore and Replica", () => {
  it("prices a Standard store (golden: $36.00) and each replica as another ($72.00 with one)", () => {
    const store = ok(
      price("azure-native:appconfiguration:ConfigurationStore", {
        location: "westeurope",
        sku: { name: "standard" },
      }),
    );
    expect(store.monthlyUsd).toBeCloseTo(36, 2);
    expect(store.usageUnknown).toBe(true);
    const replica = ok(
      price("azure-native:appconfiguration:Replica", { location: "northeurope", configStoreName: "cfg" }),
    );
    expect(store.monthlyUsd + replica.monthlyUsd).toBeCloseTo(72, 2);
  });

  it("does not bill Free stores and is unpriced without a SKU", () => {
    expect(
      ok(
        price("azure-native:appconfiguration:ConfigurationStore", {
          location: "westeurope",
          sku: { name: "free" },
        }),
      ).monthlyUsd,
    ).toBe(0);
    expect(
      price("azure-native:appconfiguration:ConfigurationStore", { location: "westeurope" }),
    ).toMatchObject({ priced: false });
  });
});
