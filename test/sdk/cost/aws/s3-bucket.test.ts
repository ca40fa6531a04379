import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { Priced, ResourcePrice } from "../../../../sdk/cost/types";

const ctx = { catalog: defaultCatalog(), region: "us-east-1" };
const ok = (r: ResourcePrice): Priced => {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
};

describe("aws:s3/bucket:Bucket", () => {
  it("lists GB stored and requests with their unit prices when usage is not known (golden bucket1)", () => {
    const r = ok(priceResource("aws:s3/bucket:Bucket", {}, ctx));
    expect(r.monthlyUsd).toBe(0);
    expect(r.usageUnknown).toBe(true);
    // s3_bucket_test.golden, aws_s3_bucket.bucket1: $0.023 per GB, $0.005 / $0.0004 per 1k requests.
    expect(r.usage!.map((u) => [u.key, u.usdPerUnit, u.unit])).toEqual([
      ["storageGb", 0.023, "GB-month"],
      ["monthlyWriteRequests", 0.005, "1k requests"],
      ["monthlyReadRequests", 0.0004, "1k requests"],
    ]);
    expect(r.assumptions.join(" ")).toContain("GB stored not known: $0.023 per GB-month");
  });

  it("adds the usage file's quantities (golden bucket_withUsage Standard: $230.00 + $0.05 + $0.00)", () => {
    const usage = { storageGb: 10_000, monthlyWriteRequests: 10_000, monthlyReadRequests: 10_000 };
    const r = ok(priceResource("aws:s3/bucketV2:BucketV2", {}, { ...ctx, usage }));
    expect(r.usageUnknown).toBe(false);
    expect(r.monthlyUsd).toBeCloseTo(230 + 0.05 + 0.004, 2);
  });

  it("takes the GB stored from the lepton:expected-gb tag, stated, and the usage file over it", () => {
    const tagged = { tags: { "lepton:expected-gb": "1000" } };
    const r = ok(priceResource("aws:s3/bucket:Bucket", tagged, ctx));
    expect(r.monthlyUsd).toBeCloseTo(23, 2);
    expect(r.assumptions.join(" ")).toContain("1000 GB stored (lepton:expected-gb tag)");
    expect(r.usageUnknown).toBe(true); // requests are still unknown
    const both = ok(priceResource("aws:s3/bucket:Bucket", tagged, { ...ctx, usage: { storageGb: 10 } }));
    expect(both.monthlyUsd).toBeCloseTo(0.23, 2);
    expect(both.assumptions.join(" ")).toContain("over the lepton:expected-gb tag's 1000");
  });

  it("prices the tagged class with its requests and retrieval (golden Standard - infrequent access: $375 + $0.30 + $0.03 + $300)", () => {
    const usage = {
      storageGb: 30_000,
      monthlyWriteRequests: 30_000,
      monthlyReadRequests: 30_000,
      monthlyRetrievalGb: 30_000,
    };
    const r = ok(
      priceResource("aws:s3/bucket:Bucket", { tags: { "lepton:storage-class": "cool" } }, { ...ctx, usage }),
    );
    expect(r.monthlyUsd).toBeCloseTo(375 + 0.3 + 0.03 + 300, 2);
  });

  it("is unpriced with the reason when no region is known", () => {
    const r = priceResource("aws:s3/bucket:Bucket", {}, { catalog: ctx.catalog });
    expect(r).toMatchObject({ priced: false });
    expect(!r.priced && r.reason).toMatch(/region/);
  });
});
