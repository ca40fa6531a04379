import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced, ResourcePrice } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };
const GiB = 2 ** 30;
function ok(r: ResourcePrice): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}
const database = (props: Record<string, unknown>, c: PriceContext = ctx) =>
  priceResource("azure-native:sql:Database", { resourceGroupName: "rg", serverName: "sql", ...props }, c);
const pool = (props: Record<string, unknown>, c: PriceContext = ctx) =>
  priceResource("azure-native:sql:ElasticPool", { resourceGroupName: "rg", serverName: "sql", ...props }, c);

describe("azure-native:sql:Database", () => {
  it("prices a GP_Gen5_4 database: compute, license, storage (golden general_purpose_gen: $736.95)", () => {
    const r = ok(database({ location: "eastus", sku: { name: "GP_Gen5_4" }, maxSizeBytes: 5 * GiB }));
    // 444.47 compute + 291.90 SQL license + 0.58 storage (5 GB)
    expect(r.monthlyUsd).toBeCloseTo(736.95, 2);
    // backup storage is usage
    expect(r.usageUnknown).toBe(true);
    expect(r.usage!.map((u) => [u.key, u.usdPerUnit])).toEqual([
      ["pitrBackupStorageGb", 0.2],
      ["ltrBackupStorageGb", 0.05],
    ]);
  });

  it("reads tier/family/capacity, Hybrid Benefit and zone redundancy (golden gen_zone_redundant GP_Gen5_2 less its license: $356.73)", () => {
    const r = ok(
      database({
        location: "eastus",
        sku: { name: "GP_Gen5", tier: "GeneralPurpose", family: "Gen5", capacity: 2 },
        licenseType: "BasePrice",
        zoneRedundant: true,
        maxSizeBytes: 5 * GiB,
      }),
    );
    // 222.24 compute + 133.34 zone redundancy + 1.15 zone-redundant storage
    expect(r.monthlyUsd).toBeCloseTo(356.73, 1);
  });

  it("prices DTU objectives (golden S12 $4,415.59, P6 $3,650.00) and interpolates others per DTU", () => {
    expect(
      ok(database({ location: "eastus", sku: { name: "S12", tier: "Standard" } })).monthlyUsd,
    ).toBeCloseTo(4415.59, 2);
    expect(ok(database({ location: "eastus", sku: { name: "P6" } })).monthlyUsd).toBeCloseTo(3650, 2);
    const s2 = ok(database({ location: "eastus", sku: { name: "S2" } }));
    expect(s2.monthlyUsd).toBeCloseTo((50 * 4415.59) / 3000, 1);
    expect(s2.usage!.map((u) => u.key)).toContain("extraDataStorageGb");
  });

  it("prices Hyperscale replicas and bills storage as usage when maxSizeBytes is not set", () => {
    const r = ok(
      database({ location: "eastus", sku: { name: "HS_Gen5_2" }, highAvailabilityReplicaCount: 2 }),
    );
    // golden hyperscale_gen_with_replicas: 266.68 compute + 533.37 replicas + 145.95 license
    expect(r.monthlyUsd).toBeCloseTo(946.0, 0);
    expect(r.usage!.find((u) => u.key === "storageGb")).toMatchObject({ usdPerUnit: 0.25 });
  });

  it("prices serverless by the vCore-hours of the usage file (golden serverless: $0.52176/vCore-hour)", () => {
    const without = ok(database({ location: "eastus", sku: { name: "GP_S_Gen5_4" }, maxSizeBytes: 5 * GiB }));
    expect(without.usageUnknown).toBe(true);
    const used = ok(
      database(
        { location: "eastus", sku: { name: "GP_S_Gen5_4" }, maxSizeBytes: 5 * GiB },
        { ...ctx, usage: { vcoreHours: 500, pitrBackupStorageGb: 0, ltrBackupStorageGb: 0 } },
      ),
    );
    expect(used.usageUnknown).toBe(false);
    expect(used.monthlyUsd).toBeCloseTo(500 * 0.52176 + 0.58, 1);
  });

  it("takes its server's location, and a pooled database costs nothing by itself", () => {
    const resolve = (ref: string) =>
      ref === "sql" ? { type: "azure-native:sql:Server", props: { location: "West Europe" } } : undefined;
    const r = ok(database({ sku: { name: "S0" } }, { catalog: ctx.catalog, resolve }));
    expect(r.region).toBe("westeurope");
    expect(r.assumptions.join(" ")).toContain("server's location");
    expect(r.assumptions.join(" ")).toContain("eastus list price is used for westeurope");
    expect(ok(database({ location: "eastus", elasticPoolId: "/x/pool" })).monthlyUsd).toBe(0);
  });

  it("is unpriced with the field named for missing or unknown SKUs and locations", () => {
    expect(database({ location: "eastus" })).toMatchObject({ priced: false, reason: "sku.name is not set" });
    expect(database({ location: "eastus", sku: { name: "Basic" } })).toMatchObject({
      priced: false,
      reason: expect.stringContaining("Basic DTU tier"),
    });
    expect(database({ location: "eastus", sku: { name: "GP_Fsv2_8" } })).toMatchObject({
      priced: false,
      reason: expect.stringContaining("GP_FSV2"),
    });
    expect(database({ sku: { name: "S0" } }, { catalog: ctx.catalog })).toMatchObject({
      priced: false,
      reason: expect.stringContaining("location"),
    });
  });
});

describe("azure-native:sql:ElasticPool", () => {
  it("prices a Standard 200 eDTU pool (golden standard_200: $441.04) with extra storage as usage", () => {
    const r = ok(
      pool({ location: "westeurope", sku: { name: "StandardPool", tier: "Standard", capacity: 200 } }),
    );
    expect(r.monthlyUsd).toBeCloseTo(441.04, 2);
    const used = ok(
      pool(
        { location: "westeurope", sku: { name: "StandardPool", tier: "Standard", capacity: 200 } },
        { ...ctx, usage: { extraDataStorageGb: 100 } },
      ),
    );
    expect(used.monthlyUsd).toBeCloseTo(441.04 + 22.1, 2);
  });

  it("prices a GP_Gen5 4 vCore pool with license and 100 GB (golden gp_gen5: $794.51)", () => {
    const r = ok(
      pool({
        location: "westeurope",
        sku: { name: "GP_Gen5", tier: "GeneralPurpose", family: "Gen5", capacity: 4 },
        maxSizeBytes: 100 * GiB,
      }),
    );
    // 488.92 compute + 291.90 license + 13.69 storage
    expect(r.monthlyUsd).toBeCloseTo(794.51, 1);
  });

  it("is unpriced for a pool SKU without a price", () => {
    expect(pool({ location: "westeurope", sku: { name: "HS_Gen5", capacity: 4 } })).toMatchObject({
      priced: false,
    });
  });
});
