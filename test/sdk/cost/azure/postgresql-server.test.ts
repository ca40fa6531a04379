import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced, ResourcePrice } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };
function ok(r: ResourcePrice): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}
const flexible = (props: Record<string, unknown>, c: PriceContext = ctx) =>
  priceResource("azure-native:dbforpostgresql:Server", { resourceGroupName: "rg", ...props }, c);

describe("azure-native:dbforpostgresql:Server (flexible)", () => {
  it("prices a GP D4s_v3 with 32 GB (golden gp: $289.12)", () => {
    const r = ok(
      flexible({
        location: "westus",
        sku: { name: "Standard_D4s_v3", tier: "GeneralPurpose" },
        storage: { storageSizeGB: 32 },
      }),
    );
    // 284.70 compute + 4.42 storage
    expect(r.monthlyUsd).toBeCloseTo(289.12, 2);
  });

  it("reads Terraform-style names, prices other sizes of a family per vCore, doubles for HA", () => {
    const d16 = ok(
      flexible({ location: "westus", sku: { name: "GP_Standard_D16s_v3" }, storage: { storageSizeGB: 128 } }),
    );
    expect(d16.monthlyUsd).toBeCloseTo(1138.8 + 17.66, 1); // golden non_usage_gp compute $1,138.80
    const ha = ok(
      flexible({
        location: "westus",
        sku: { name: "Standard_D2ds_v5" },
        storage: { storageSizeGB: 32 },
        highAvailability: { mode: "ZoneRedundant" },
      }),
    );
    expect(ha.monthlyUsd).toBeCloseTo(2 * (148.19 + 4.42), 1);
    expect(ha.assumptions.join(" ")).toContain("standby is billed like the primary");
  });

  it("lists backup (and storage, when its size is not set) as usage", () => {
    const r = ok(flexible({ location: "westus", sku: { name: "Standard_B1ms" } }));
    expect(r.monthlyUsd).toBeCloseTo(16.06, 2);
    expect(r.usage!.map((u) => u.key)).toEqual(["backupStorageGb", "storageGb"]);
    const used = ok(
      flexible(
        { location: "westus", sku: { name: "Standard_B1ms" } },
        { ...ctx, usage: { backupStorageGb: 5000, storageGb: 0 } },
      ),
    );
    expect(used.monthlyUsd).toBeCloseTo(16.06 + 475, 2); // golden: 5,000 GB additional backup = $475.00
  });

  it("is unpriced for unknown sizes, a missing sku or location", () => {
    expect(flexible({ location: "westus", sku: { name: "Standard_M128ms" } })).toMatchObject({
      priced: false,
      reason: expect.stringContaining("Standard_M128ms"),
    });
    expect(flexible({ location: "westus" })).toMatchObject({ priced: false, reason: "sku.name is not set" });
    expect(flexible({ sku: { name: "Standard_B1ms" } }, { catalog: ctx.catalog })).toMatchObject({
      priced: false,
    });
  });
});

describe("azure-native:dbforpostgresql:SingleServer", () => {
  it("prices GP_Gen5_4 with 4,000 GB (golden gp_4core: $715.79)", () => {
    const r = ok(
      priceResource(
        "azure-native:dbforpostgresql:SingleServer",
        {
          location: "eastus",
          sku: { name: "GP_Gen5_4" },
          properties: { createMode: "Default", storageProfile: { storageMB: 4096000 } },
        },
        ctx,
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(715.79, 2);
    expect(r.usage![0]).toMatchObject({ key: "backupStorageGb", usdPerUnit: 0.1 });
  });
});
