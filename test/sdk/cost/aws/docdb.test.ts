import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

describe("aws:docdb/clusterInstance:ClusterInstance", () => {
  it("prices instance-hours and burstable CPU credits (golden docdb_cluster_instance_test medium: $56.94 + 10 vCPU-hours $0.90)", () => {
    const T = "aws:docdb/clusterInstance:ClusterInstance";
    const bare = expectPriced(
      priceResource(T, { clusterIdentifier: "c", instanceClass: "db.t3.medium" }, ctx),
    );
    expect(bare.monthlyUsd).toBeCloseTo(56.94, 2);
    expect(bare.usageUnknown).toBe(true);
    const r = expectPriced(
      priceResource(T, { instanceClass: "db.t3.medium" }, { ...ctx, usage: { cpuCreditVcpuHours: 10 } }),
    );
    expect(r.monthlyUsd).toBeCloseTo(57.84, 2);
    expect(expectPriced(priceResource(T, { instanceClass: "db.r5.4xlarge" }, ctx)).monthlyUsd).toBeCloseTo(
      1617.68,
      2,
    );
  });

  it("is unpriced, naming the class, when the data lacks it or it is missing", () => {
    const T = "aws:docdb/clusterInstance:ClusterInstance";
    expect(priceResource(T, { instanceClass: "db.r6g.large" }, ctx)).toMatchObject({
      priced: false,
      reason: expect.stringContaining("db.r6g.large"),
    });
    expect(priceResource(T, {}, ctx)).toMatchObject({
      priced: false,
      reason: expect.stringContaining("instanceClass"),
    });
  });
});

describe("aws:docdb/cluster:Cluster", () => {
  it("adds storage, I/O and backups from usage (golden rows: 1,000 GB $100, 10M I/O $2.00; docdb_cluster_test 10,000 GB backup $210)", () => {
    const r = expectPriced(
      priceResource(
        "aws:docdb/cluster:Cluster",
        {},
        { ...ctx, usage: { storageGb: 1000, monthlyIoRequests: 10e6, backupStorageGb: 10_000 } },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(312, 2);
    expect(priceResource("aws:docdb/cluster:Cluster", {}, { catalog: ctx.catalog })).toMatchObject({
      priced: false,
    });
  });
});
