import { describe, expect, it } from "vitest";
import { ctx, ok, price } from "./kit";

const inAccount = (props: Record<string, unknown>) => ({
  ...ctx,
  resolve: (ref: string) =>
    ref === "sa" ? { type: "azure-native:storage:StorageAccount", props } : undefined,
});

describe("azure-native:storage:Queue", () => {
  it("bills GB and operations as usage at the account's redundancy (golden StorageV2 GRS: $0.0598/GB, class 1 $0.008/10K)", () => {
    const c = inAccount({ location: "westus", kind: "StorageV2", sku: { name: "Standard_GRS" } });
    const bare = ok(price("azure-native:storage:Queue", { accountName: "sa" }, undefined, c));
    expect(bare.usage!.map((u) => u.usdPerUnit)).toEqual([0.0598, 0.008, 0.004]);
    const used = ok(
      price(
        "azure-native:storage:Queue",
        { accountName: "sa" },
        { storageGb: 100, class1Operations: 1e6, class2Operations: 1e6 },
        c,
      ),
    );
    expect(used.monthlyUsd).toBeCloseTo(5.98 + 0.8 + 0.4, 2);
  });

  it("assumes StorageV2 LRS when its account is not known, and is unpriced for combinations without a price", () => {
    expect(
      ok(price("azure-native:storage:Queue", { accountName: "x", location: "westus" })).assumptions.join(" "),
    ).toContain("StorageV2 LRS assumed");
    expect(
      price(
        "azure-native:storage:Queue",
        { accountName: "sa" },
        undefined,
        inAccount({ location: "westus", kind: "Storage", sku: { name: "Standard_ZRS" } }),
      ),
    ).toMatchObject({ priced: false });
  });
});
