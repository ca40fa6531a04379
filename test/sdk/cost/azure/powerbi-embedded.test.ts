import { describe, expect, it } from "vitest";
import { ok, price } from "./kit";

describe("azure-native:powerbidedicated:CapacityDetails", () => {
  it("prices a node by the hour (golden A1: $735.91, A5: $11,768.33)", () => {
    expect(
      ok(
        price("azure-native:powerbidedicated:CapacityDetails", {
          location: "westeurope",
          sku: { name: "A1" },
        }),
      ).monthlyUsd,
    ).toBeCloseTo(735.91, 2);
    expect(
      ok(
        price("azure-native:powerbidedicated:CapacityDetails", {
          location: "westeurope",
          sku: { name: "A5" },
        }),
      ).monthlyUsd,
    ).toBeCloseTo(11768.33, 2);
  });

  it("is unpriced for sizes without a price", () => {
    expect(
      price("azure-native:powerbidedicated:CapacityDetails", { location: "westeurope", sku: { name: "A2" } }),
    ).toMatchObject({ priced: false });
  });
});
