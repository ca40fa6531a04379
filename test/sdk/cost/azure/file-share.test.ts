import { describe, expect, it } from "vitest";
import { ctx, ok, price } from "./kit";

const inAccount = (props: Record<string, unknown>) => ({
  ...ctx,
  resolve: (ref: string) =>
    ref === "sa" ? { type: "azure-native:storage:StorageAccount", props } : undefined,
});

describe("azure-native:storage:FileShare", () => {
  it("prices a premium share on its quota at the account's redundancy (golden Premium.LRS: $0.176/GB)", () => {
    const r = ok(
      price(
        "azure-native:storage:FileShare",
        { accountName: "sa", shareQuota: 100 },
        undefined,
        inAccount({ location: "westus", kind: "FileStorage", sku: { name: "Premium_LRS" } }),
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(17.6, 2);
    expect(r.region).toBe("westus");
  });

  it("bills a standard share per GB stored (golden Hot.GRS: $0.0632/GB)", () => {
    const c = inAccount({ location: "westus", kind: "StorageV2", sku: { name: "Standard_GRS" } });
    const bare = ok(
      price("azure-native:storage:FileShare", { accountName: "sa", accessTier: "Hot" }, undefined, c),
    );
    expect(bare.usageUnknown).toBe(true);
    expect(
      ok(
        price(
          "azure-native:storage:FileShare",
          { accountName: "sa", accessTier: "Hot" },
          { storageGb: 1000 },
          c,
        ),
      ).monthlyUsd,
    ).toBeCloseTo(63.2, 2);
  });

  it("is unpriced for a premium share without a quota and for redundancies without a price", () => {
    expect(
      price(
        "azure-native:storage:FileShare",
        { accountName: "sa" },
        undefined,
        inAccount({ location: "westus", sku: { name: "Premium_LRS" } }),
      ),
    ).toMatchObject({
      priced: false,
      reason: expect.stringContaining("shareQuota"),
    });
    expect(
      price(
        "azure-native:storage:FileShare",
        { accountName: "sa" },
        undefined,
        inAccount({ location: "westus", sku: { name: "Standard_RAGZRS" } }),
      ),
    ).toMatchObject({ priced: false });
  });
});
