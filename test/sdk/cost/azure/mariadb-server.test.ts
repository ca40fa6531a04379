import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced, ResourcePrice } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };
function ok(r: ResourcePrice): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}
const mariadb = (props: Record<string, unknown>, c: PriceContext = ctx) =>
  priceResource("azure-native:dbformariadb:Server", props, c);

describe("azure-native:dbformariadb:Server", () => {
  it("prices B_Gen5_2 with 5 GB (golden basic_2core: $50.14)", () => {
    const r = ok(
      mariadb({
        location: "eastus",
        sku: { name: "B_Gen5_2" },
        properties: { storageProfile: { storageMB: 5120 } },
      }),
    );
    expect(r.monthlyUsd).toBeCloseTo(50.14, 2);
  });

  it("prices geo-redundant backup usage at the geo rate (golden with_geo: 3,000 GB = $600.00)", () => {
    const props = {
      location: "eastus",
      sku: { name: "GP_Gen5_4" },
      properties: { storageProfile: { storageMB: 4096000, geoRedundantBackup: "Enabled" } },
    };
    expect(ok(mariadb(props)).usageUnknown).toBe(true);
    const r = ok(mariadb(props, { ...ctx, usage: { backupStorageGb: 3000 } }));
    expect(r.monthlyUsd).toBeCloseTo(255.79 + 460 + 600, 2);
  });

  it("is unpriced without a Gen5 SKU", () => {
    expect(mariadb({ location: "eastus" })).toMatchObject({ priced: false, reason: "sku.name is not set" });
    expect(mariadb({ location: "eastus", sku: { name: "GP_Gen4_2" } })).toMatchObject({
      priced: false,
      reason: expect.stringContaining("Gen5"),
    });
  });
});
