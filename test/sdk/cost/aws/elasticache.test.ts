import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };
const CLUSTER = "aws:elasticache/cluster:Cluster";
const GROUP = "aws:elasticache/replicationGroup:ReplicationGroup";

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

describe("aws:elasticache/cluster:Cluster", () => {
  it("prices Memcached nodes (golden elasticache_cluster_test memcached: 1,460 hours cache.m4.large $227.76)", () => {
    const r = expectPriced(
      priceResource(CLUSTER, { engine: "memcached", nodeType: "cache.m4.large", numCacheNodes: 2 }, ctx),
    );
    expect(r.monthlyUsd).toBeCloseTo(227.76, 2);
    expect(r.usage).toBeUndefined();
  });

  it("lists Redis snapshot storage as usage, added from the usage file (golden redis_snapshot_usage: $2,596.61 + 10,000 GB $850.00)", () => {
    const props = {
      engine: "redis",
      nodeType: "cache.m6g.12xlarge",
      numCacheNodes: 1,
      snapshotRetentionLimit: 2,
    };
    const bare = expectPriced(priceResource(CLUSTER, props, ctx));
    expect(bare.monthlyUsd).toBeCloseTo(2596.61, 2);
    expect(bare.usageUnknown).toBe(true);
    const r = expectPriced(priceResource(CLUSTER, props, { ...ctx, usage: { snapshotStorageGb: 10_000 } }));
    expect(r.monthlyUsd).toBeCloseTo(2596.61 + 850, 2);
  });

  it("is unpriced, naming the node type, when the data lacks it", () => {
    expect(priceResource(CLUSTER, { engine: "redis", nodeType: "cache.t3.micro" }, ctx)).toMatchObject({
      priced: false,
      reason: expect.stringContaining("cache.t3.micro"),
    });
    expect(priceResource(CLUSTER, { engine: "redis" }, ctx)).toMatchObject({
      priced: false,
      reason: expect.stringContaining("nodeType"),
    });
  });
});

describe("aws:elasticache/replicationGroup:ReplicationGroup", () => {
  it("prices cluster mode shards × (1 + replicas) (golden cluster: 4 × 4 cache.m4.large = 11,680 hours $1,822.08)", () => {
    const r = expectPriced(
      priceResource(
        GROUP,
        { engine: "redis", nodeType: "cache.m4.large", numNodeGroups: 4, replicasPerNodeGroup: 3 },
        ctx,
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(1822.08, 2);
  });

  it("prices numCacheClusters nodes without cluster mode (golden non-cluster: 3 × cache.r5.4xlarge $3,775.56)", () => {
    const r = expectPriced(
      priceResource(GROUP, { engine: "redis", nodeType: "cache.r5.4xlarge", numCacheClusters: 3 }, ctx),
    );
    expect(r.monthlyUsd).toBeCloseTo(3775.56, 2);
  });

  it("is unpriced for Valkey, whose prices the data lacks", () => {
    expect(priceResource(GROUP, { engine: "valkey", nodeType: "cache.m4.large" }, ctx)).toMatchObject({
      priced: false,
      reason: expect.stringContaining("Valkey"),
    });
  });
});
