import { describe, expect, it } from "vitest";
import { expectPriced, expectUnpriced, price } from "./kit";

const CLUSTER = "gcp:redis/cluster:Cluster";

describe("gcp:redis/cluster:Cluster (golden redis_cluster_test, 2025-07-07)", () => {
  it("prices shards × (1 + replicas) nodes of the node type", () => {
    // no_aof_and_backups: 3 shards × 3 nodes, 6,570 node-hours each
    const golden: [string, number][] = [
      ["REDIS_HIGHMEM_XLARGE", 5637.72],
      ["REDIS_HIGHMEM_MEDIUM", 1263.41],
      ["REDIS_STANDARD_SMALL", 936.23],
      ["REDIS_SHARED_CORE_NANO", 208.93],
    ];
    for (const [nodeType, monthly] of golden) {
      const r = expectPriced(
        price(CLUSTER, { region: "us-central1", shardCount: 3, replicaCount: 2, nodeType }),
      );
      expect(r.monthlyUsd).toBeCloseTo(monthly, 1);
    }
  });

  it("AOF persistence is a line; backups are usage", () => {
    const aof = { region: "us-central1", shardCount: 1, replicaCount: 2, nodeType: "REDIS_STANDARD_SMALL" };
    // aof_and_backups: nodes $312.08 + AOF persistence $2.80, Backups 'depends on usage: $0.0811103 per GB'
    const r = expectPriced(
      price(CLUSTER, {
        ...aof,
        persistenceConfig: { mode: "AOF" },
        automatedBackupConfig: { retention: "7d" },
      }),
    );
    expect(r.monthlyUsd).toBeCloseTo(314.88, 1);
    expect(r.usageUnknown).toBe(true);
    // backups_with_usage: 1 node $104.03 + Backups 1,000 GB $81.11
    const used = expectPriced(
      price(
        CLUSTER,
        { ...aof, replicaCount: 0, automatedBackupConfig: { retention: "7d" } },
        { usage: { backupStorageGb: 1000 } },
      ),
    );
    expect(used.monthlyUsd).toBeCloseTo(185.14, 1);
  });

  it("is unpriced for node types without a price and without a shard count", () => {
    expect(
      expectUnpriced(
        price(CLUSTER, { region: "us-central1", shardCount: 1, nodeType: "REDIS_HIGHCPU_MEDIUM" }),
      ).reason,
    ).toContain("REDIS_HIGHCPU_MEDIUM");
    expect(expectUnpriced(price(CLUSTER, { region: "us-central1" })).reason).toBe("shardCount is not set");
  });
});
