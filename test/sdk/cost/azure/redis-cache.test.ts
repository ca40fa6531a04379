import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced, ResourcePrice } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };
function ok(r: ResourcePrice): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}
const redis = (props: Record<string, unknown>, c: PriceContext = ctx) =>
  priceResource("azure-native:redis:Redis", props, c);

describe("azure-native:redis:Redis", () => {
  it("prices a Standard C3 as two nodes (golden standard_c3: $328.50)", () => {
    const r = ok(redis({ location: "eastus", sku: { name: "Standard", family: "C", capacity: 3 } }));
    expect(r.monthlyUsd).toBeCloseTo(328.5, 2);
    expect(r.count).toBe(2);
  });

  it("prices Premium shards × (1 + replicas) (golden premium_p3_replicas_per_primary: $9,714.84)", () => {
    const r = ok(
      redis({
        location: "eastus",
        sku: { name: "Premium", family: "P", capacity: 3 },
        shardCount: 3,
        replicasPerPrimary: 3,
      }),
    );
    expect(r.monthlyUsd).toBeCloseTo(9714.84, 2);
    expect(r.count).toBe(12);
  });

  it("counts a Premium cache without shards as one shard with one replica (golden premium_zero_shards: $404.42)", () => {
    expect(
      ok(redis({ location: "eastus", sku: { name: "Premium", family: "P", capacity: 1 }, shardCount: 0 }))
        .monthlyUsd,
    ).toBeCloseTo(404.42, 2);
  });

  it("is unpriced for sizes without a price, or missing sku fields", () => {
    expect(redis({ location: "eastus", sku: { name: "Basic", family: "C", capacity: 0 } })).toMatchObject({
      priced: false,
      reason: expect.stringContaining("Basic_C0"),
    });
    expect(redis({ location: "eastus", sku: { name: "Basic", family: "C" } })).toMatchObject({
      priced: false,
      reason: "sku.capacity is not set",
    });
    expect(
      redis({ sku: { name: "Basic", family: "C", capacity: 4 } }, { catalog: ctx.catalog }),
    ).toMatchObject({ priced: false });
  });
});
