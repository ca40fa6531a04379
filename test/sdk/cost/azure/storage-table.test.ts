import { describe, expect, it } from "vitest";
import { ctx, ok, price } from "./kit";

const inAccount = (sku: string) => ({
  ...ctx,
  resolve: (ref: string) =>
    ref === "sa"
      ? { type: "azure-native:storage:StorageAccount", props: { location: "westeurope", sku: { name: sku } } }
      : undefined,
});

describe("azure-native:storage:Table", () => {
  it("bills GB and operations as usage (golden usage, LRS: $0.045/GB, $0.00036 per 10K operations)", () => {
    const r = ok(
      price(
        "azure-native:storage:Table",
        { accountName: "sa" },
        { storageGb: 1000, monthlyOperations: 1e7 },
        inAccount("Standard_LRS"),
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(45 + 0.36, 2);
    expect(
      ok(price("azure-native:storage:Table", { accountName: "sa" }, undefined, inAccount("Standard_RAGZRS")))
        .usage![0].usdPerUnit,
    ).toBe(0.13);
  });

  it("is unpriced without a location", () => {
    expect(
      price("azure-native:storage:Table", { accountName: "x" }, undefined, { catalog: ctx.catalog }),
    ).toMatchObject({ priced: false });
  });
});
