import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";

const ctx = { catalog: defaultCatalog(), region: "us-east-1" };

describe("awsx:ecr:Repository and Image", () => {
  it("lists image storage at its unit price without usage, and adds it with usage", () => {
    const without = priceResource("awsx:ecr:Repository", {}, ctx);
    if (!without.priced) throw new Error(without.reason);
    expect(without.monthlyUsd).toBe(0);
    expect(without.usageUnknown).toBe(true);
    expect(without.usage?.[0]).toMatchObject({ key: "storageGb", usdPerUnit: 0.1, unit: "GB-month" });
    const withUsage = priceResource("awsx:ecr:Repository", {}, { ...ctx, usage: { storageGb: 1 } });
    // ecr_repository_test golden: aws_ecr_repository.repo, Storage 1 GB = $0.10.
    expect(withUsage.priced && withUsage.monthlyUsd).toBeCloseTo(0.1, 2);
  });

  it("prices an image at 0, pointing at the repository for its storage", () => {
    const r = priceResource("awsx:ecr:Image", { repositoryUrl: "x", context: "." }, ctx);
    expect(r).toMatchObject({ priced: true, monthlyUsd: 0 });
    expect(r.priced && r.assumptions.join("\n")).toMatch(/billed on the repository/);
    expect(priceResource("awsx:ecr:Repository", {}, { catalog: ctx.catalog })).toMatchObject({
      priced: false,
    });
  });
});
