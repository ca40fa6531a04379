import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

const T = "aws:efs/fileSystem:FileSystem";

describe("aws:efs/fileSystem:FileSystem", () => {
  it("adds Standard and IA storage and IA requests from usage (golden efs_file_system_test standard: $69 + $2.50 + $0.50 + $1.00)", () => {
    const r = expectPriced(
      priceResource(
        T,
        { lifecyclePolicies: [{ transitionToIa: "AFTER_7_DAYS" }] },
        {
          ...ctx,
          usage: {
            storageGb: 230,
            infrequentAccessStorageGb: 100,
            monthlyInfrequentAccessReadGb: 50,
            monthlyInfrequentAccessWriteGb: 100,
          },
        },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(69 + 2.5 + 0.5 + 1, 2);
  });

  it("bills provisioned throughput above the included baseline (golden provisioned: $69 + 88.5 MBps $531)", () => {
    const r = expectPriced(
      priceResource(
        T,
        { throughputMode: "provisioned", provisionedThroughputInMibps: 100 },
        { ...ctx, usage: { storageGb: 230 } },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(69 + 531, 2);
    const bare = expectPriced(
      priceResource(T, { throughputMode: "provisioned", provisionedThroughputInMibps: 100 }, ctx),
    );
    expect(bare.monthlyUsd).toBeCloseTo(600, 2);
    expect(bare.assumptions.join(" ")).toContain("upper bound");
  });

  it("lists One Zone storage without usage (golden no_usage: $0.16 per GB)", () => {
    const r = expectPriced(priceResource(T, { availabilityZoneName: "us-east-1a" }, ctx));
    expect(r.monthlyUsd).toBe(0);
    expect(r.usage?.[0]).toMatchObject({ key: "storageGb", usdPerUnit: 0.16 });
    expect(priceResource(T, {}, { catalog: ctx.catalog })).toMatchObject({ priced: false });
  });
});
