import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced, ResourcePrice } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };
function ok(r: ResourcePrice): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

describe("azure-native:dbformysql:Server (flexible)", () => {
  it("prices an MO E4ds_v4 with 20 GB and 500 IOPS (golden mo: $393.97)", () => {
    const r = ok(
      priceResource(
        "azure-native:dbformysql:Server",
        {
          location: "westus",
          sku: { name: "Standard_E4ds_v4", tier: "MemoryOptimized" },
          storage: { storageSizeGB: 20, iops: 500 },
        },
        ctx,
      ),
    );
    // 382.81 compute + 2.76 storage + 8.40 for 140 IOPS beyond the free 360
    expect(r.monthlyUsd).toBeCloseTo(393.97, 2);
    expect(r.usageUnknown).toBe(true);
  });

  it("adds backup usage from the usage file (golden gp: 2,000 GB = $190.00)", () => {
    const r = ok(
      priceResource(
        "azure-native:dbformysql:Server",
        { location: "westus", sku: { name: "Standard_D2ads_v5" }, storage: { storageSizeGB: 20 } },
        { ...ctx, usage: { backupStorageGb: 2000 } },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(142.35 + 2.76 + 190, 2);
    expect(r.usageUnknown).toBe(false);
  });

  it("is unpriced for a size without a price", () => {
    expect(
      priceResource(
        "azure-native:dbformysql:Server",
        { location: "westus", sku: { name: "Standard_D2s_v3" } },
        ctx,
      ),
    ).toMatchObject({ priced: false, reason: expect.stringContaining("MySQL flexible server") });
  });
});

describe("azure-native:dbformysql:SingleServer", () => {
  it("prices MO_Gen5_16 with 5 GB (golden mo_16core: $1,379.99)", () => {
    const r = ok(
      priceResource(
        "azure-native:dbformysql:SingleServer",
        {
          location: "eastus",
          sku: { name: "MO_Gen5_16" },
          properties: { storageProfile: { storageMB: 5120 } },
        },
        ctx,
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(1379.41 + 0.58, 1);
  });
});
