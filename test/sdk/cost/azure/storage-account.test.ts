import { describe, expect, it } from "vitest";
import { noRegion, ok, price } from "./kit";

const T = "azure-native:storage:StorageAccount";
const account = (sku: string, accessTier?: string, kind = "StorageV2") => ({
  location: "westus",
  kind,
  sku: { name: sku },
  ...(accessTier ? { accessTier } : {}),
});

describe("azure-native:storage:StorageAccount", () => {
  it("lists capacity and operations with their unit prices when usage is not known (Hot LRS: $0.0208/GB)", () => {
    const r = ok(price(T, account("Standard_LRS")));
    expect(r.monthlyUsd).toBe(0);
    expect(r.usageUnknown).toBe(true);
    expect(r.usage!.map((u) => [u.key, u.usdPerUnit])).toEqual([
      ["storageGb", 0.0208],
      ["monthlyWriteOperations", 0.055],
      ["monthlyReadOperations", 0.0044],
    ]);
    expect(r.assumptions.join(" ")).toContain("access tier not set: Hot");
  });

  it("golden StorageV2.Standard.LRS.Hot: first 50 TB $1,064.96, writes $22.00, reads $0.18", () => {
    const r = ok(
      price(T, account("Standard_LRS", "Hot"), {
        storageGb: 51_200,
        monthlyWriteOperations: 4e6,
        monthlyReadOperations: 4e5,
      }),
    );
    expect(r.monthlyUsd).toBeCloseTo(1064.96 + 22 + 0.176, 2);
  });

  it("golden StorageV2.Standard.GRS.Cool: $92,000 + writes $80 + reads $0.40 + retrieval $40", () => {
    const r = ok(
      price(T, account("Standard_GRS", "Cool"), {
        storageGb: 4e6,
        monthlyWriteOperations: 4e6,
        monthlyReadOperations: 4e5,
        monthlyRetrievalGb: 4000,
      }),
    );
    expect(r.monthlyUsd).toBeCloseTo(92_000 + 80 + 0.4 + 40, 2);
  });

  it("honours the lepton:expected-gb tag as the GB stored, stated (Cool LRS $0.0115/GB)", () => {
    const r = ok(price(T, { ...account("Standard_LRS", "Cool"), tags: { "lepton:expected-gb": "100" } }));
    expect(r.monthlyUsd).toBeCloseTo(1.15, 2);
    expect(r.assumptions.join(" ")).toContain("100 GB stored (lepton:expected-gb tag)");
  });

  it("prices premium block blob and general-purpose v1 accounts (golden Premium LRS $0.195, v1 RAGRS $0.061)", () => {
    expect(
      ok(price(T, account("Premium_LRS", undefined, "BlockBlobStorage"), { storageGb: 1000 })).usage![0],
    ).toMatchObject({ usdPerUnit: 0.195, quantity: 1000 });
    expect(
      ok(price(T, account("Standard_RAGRS", undefined, "Storage"), { storageGb: 3e6 })).monthlyUsd,
    ).toBeCloseTo(183_000, 0);
  });

  it("is unpriced, naming what is missing, for redundancies without a price and without a location", () => {
    const gzrs = price(T, account("Standard_GZRS"));
    expect(gzrs).toMatchObject({ priced: false });
    expect(!gzrs.priced && gzrs.reason).toContain("GZRS");
    const nowhere = price(T, { sku: { name: "Standard_LRS" } }, undefined, noRegion);
    expect(!nowhere.priced && nowhere.reason).toContain("location");
  });
});
