import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };
const CLUSTER = "aws:rds/cluster:Cluster";
const INSTANCE = "aws:rds/clusterInstance:ClusterInstance";

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

describe("aws:rds/cluster:Cluster", () => {
  it("prices Serverless v1 capacity, storage, I/O, backups and export from usage (golden rds_cluster_test postgres_serverlessWithExport: $43,800 + $10 + $10.51 + $8.40 + $2.00)", () => {
    const r = expectPriced(
      priceResource(
        CLUSTER,
        { engine: "aurora-postgresql", engineMode: "serverless", backupRetentionPeriod: 5 },
        {
          ...ctx,
          usage: {
            monthlyAcuHours: 730_000,
            storageGb: 100,
            monthlyIoRequests: 52_560_000,
            backupStorageGb: 400,
            monthlySnapshotExportGb: 200,
          },
        },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(43_830.91, 1);
    expect(r.usageUnknown).toBe(false);
  });

  it("lists only usage charges without a usage file (golden default: storage $0.10/GB, I/O $0.20 per 1M)", () => {
    const r = expectPriced(priceResource(CLUSTER, { engine: "aurora-mysql", backtrackWindow: 3600 }, ctx));
    expect(r.monthlyUsd).toBe(0);
    expect(r.usageUnknown).toBe(true);
    expect(r.usage?.map((u) => [u.key, u.usdPerUnit])).toEqual([
      ["storageGb", 0.1],
      ["monthlyIoRequests", 0.2],
      ["backupStorageGb", 0.021],
      ["monthlyBacktrackChangeRecords", 0.012],
      ["monthlySnapshotExportGb", 0.01],
    ]);
  });

  it("bills I/O-Optimized storage and no I/O requests", () => {
    const r = expectPriced(
      priceResource(CLUSTER, { engine: "aurora-mysql", storageType: "aurora-iopt1" }, ctx),
    );
    expect(r.usage?.find((u) => u.key === "storageGb")?.usdPerUnit).toBe(0.23);
    expect(r.usage?.some((u) => u.key === "monthlyIoRequests")).toBe(false);
  });

  it("is unpriced without an engine or for non-Aurora DB clusters", () => {
    expect(priceResource(CLUSTER, {}, ctx)).toMatchObject({
      priced: false,
      reason: expect.stringContaining("engine"),
    });
    expect(priceResource(CLUSTER, { engine: "postgres" }, ctx)).toMatchObject({
      priced: false,
      reason: expect.stringContaining("postgres"),
    });
  });
});

describe("aws:rds/clusterInstance:ClusterInstance", () => {
  it("prices a provisioned instance (golden rds_cluster_instance_test cluster_instance: db.r4.large $211.70)", () => {
    const r = expectPriced(
      priceResource(INSTANCE, { engine: "aurora-mysql", instanceClass: "db.r4.large" }, ctx),
    );
    expect(r.monthlyUsd).toBeCloseTo(211.7, 2);
    expect(r.usage).toBeUndefined();
  });

  it("adds CPU credits of a burstable class from usage (golden cluster_instance_t3: $59.86 + 48 vCPU-hours $4.32)", () => {
    const bare = expectPriced(
      priceResource(INSTANCE, { engine: "aurora-mysql", instanceClass: "db.t3.medium" }, ctx),
    );
    expect(bare.monthlyUsd).toBeCloseTo(59.86, 2);
    expect(bare.usageUnknown).toBe(true);
    const r = expectPriced(
      priceResource(
        INSTANCE,
        { engine: "aurora-mysql", instanceClass: "db.t3.medium" },
        { ...ctx, usage: { cpuCreditVcpuHours: 48 } },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(59.86 + 4.32, 2);
  });

  it("prices Serverless v2 ACU-hours as usage, dearer on an I/O-Optimized cluster (golden: 3,650 ACU-hours = $438.00)", () => {
    const cluster = { type: CLUSTER, props: { engine: "aurora-mysql" } };
    const r = expectPriced(
      priceResource(
        INSTANCE,
        { clusterIdentifier: "c1", instanceClass: "db.serverless" },
        { ...ctx, resolve: () => cluster, usage: { monthlyAcuHours: 3650 } },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(438, 2);
    const io = expectPriced(
      priceResource(
        INSTANCE,
        { clusterIdentifier: "c1", instanceClass: "db.serverless", engine: "aurora-mysql" },
        { ...ctx, resolve: () => ({ type: CLUSTER, props: { storageType: "aurora-iopt1" } }) },
      ),
    );
    expect(io.usage?.[0]).toMatchObject({ key: "monthlyAcuHours", usdPerUnit: 0.16 });
    expect(io.usageUnknown).toBe(true);
  });

  it("is unpriced, naming the class, for a class the data lacks", () => {
    expect(
      priceResource(INSTANCE, { engine: "aurora-postgresql", instanceClass: "db.r6g.large" }, ctx),
    ).toMatchObject({
      priced: false,
      reason: expect.stringContaining("db.r6g.large"),
    });
    expect(priceResource(INSTANCE, { engine: "aurora-mysql" }, ctx)).toMatchObject({
      priced: false,
      reason: expect.stringContaining("instanceClass"),
    });
  });
});
