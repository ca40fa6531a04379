import { describe, expect, it } from "vitest";
import { ok, price } from "./kit";

describe("azure-native:aad:DomainService", () => {
  it("prices the SKU by the hour (goldens: Standard $109.50, Enterprise $292.00, Premium $1,168.00)", () => {
    expect(
      ok(price("azure-native:aad:DomainService", { location: "australiaeast", sku: "Standard" })).monthlyUsd,
    ).toBeCloseTo(109.5, 2);
    expect(ok(price("azure-native:aad:DomainService", { location: "australiaeast" })).monthlyUsd).toBeCloseTo(
      292,
      2,
    );
    expect(
      ok(price("azure-native:aad:DomainService", { location: "australiaeast", sku: "Premium" })).monthlyUsd,
    ).toBeCloseTo(1168, 2);
    expect(price("azure-native:aad:DomainService", { location: "australiaeast", sku: "Gold" })).toMatchObject(
      { priced: false },
    );
  });
});
