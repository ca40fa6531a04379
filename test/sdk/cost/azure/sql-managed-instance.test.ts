import { describe, expect, it } from "vitest";
import { ok, price } from "./kit";

const mi = (props: Record<string, unknown>) =>
  price("azure-native:sql:ManagedInstance", { location: "westeurope", ...props });

describe("azure-native:sql:ManagedInstance", () => {
  it("prices GP_Gen5 4 vCores with license and 64 GB (golden example: $488.92 + $291.90 + $4.38)", () => {
    const r = ok(
      mi({
        sku: { name: "GP_Gen5", tier: "GeneralPurpose" },
        vCores: 4,
        storageSizeInGB: 64,
        licenseType: "LicenseIncluded",
      }),
    );
    expect(r.monthlyUsd).toBeCloseTo(488.92 + 291.9 + 4.38, 1);
    expect(r.usageUnknown).toBe(true);
  });

  it("leaves out the license with BasePrice (golden BC_Gen5 40 vCores: $9,778.47 + $4.38)", () => {
    expect(
      ok(mi({ sku: { name: "BC_Gen5" }, vCores: 40, storageSizeInGB: 64, licenseType: "BasePrice" }))
        .monthlyUsd,
    ).toBeCloseTo(9778.47 + 4.38, 1);
  });

  it("is unpriced without vCores or for other SKUs", () => {
    expect(mi({ sku: { name: "GP_Gen5" } })).toMatchObject({ priced: false, reason: "vCores is not set" });
    expect(mi({ sku: { name: "GP_G8IM" }, vCores: 4 })).toMatchObject({ priced: false });
  });
});
