import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

describe("aws:neptune/clusterInstance:ClusterInstance", () => {
  it("prices instance-hours and CPU credits (golden neptune_cluster_instance_test dbT3Medium: $81.76 + 7,300 vCPU-hours $1,095)", () => {
    const T = "aws:neptune/clusterInstance:ClusterInstance";
    const bare = expectPriced(
      priceResource(T, { clusterIdentifier: "c", instanceClass: "db.t3.medium" }, ctx),
    );
    expect(bare.monthlyUsd).toBeCloseTo(81.76, 2);
    expect(bare.assumptions.join(" ")).toContain("eu-west-2 list price is used for us-east-1");
    const r = expectPriced(
      priceResource(T, { instanceClass: "db.t3.medium" }, { ...ctx, usage: { cpuCreditVcpuHours: 7300 } }),
    );
    expect(r.monthlyUsd).toBeCloseTo(81.76 + 1095, 2);
  });

  it("uses the I/O-Optimized rate on such a cluster (golden dbT3Medium-iooptimized: $110.23)", () => {
    const r = expectPriced(
      priceResource(
        "aws:neptune/clusterInstance:ClusterInstance",
        { clusterIdentifier: "c", instanceClass: "db.t3.medium" },
        { ...ctx, resolve: () => ({ type: "aws:neptune/cluster:Cluster", props: { storageType: "iopt1" } }) },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(110.23, 2);
    expect(
      priceResource("aws:neptune/clusterInstance:ClusterInstance", { instanceClass: "db.r6g.large" }, ctx),
    ).toMatchObject({
      priced: false,
      reason: expect.stringContaining("db.r6g.large"),
    });
  });
});

describe("aws:neptune/cluster:Cluster", () => {
  it("adds storage, I/O and backups from usage (golden neptune_cluster_test fiveDaysRetenPeriod: $11.60 + $2.32 + $22.00)", () => {
    const r = expectPriced(
      priceResource(
        "aws:neptune/cluster:Cluster",
        {},
        { ...ctx, usage: { storageGb: 100, monthlyIoRequests: 10e6, backupStorageGb: 1000 } },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(35.92, 2);
    expect(priceResource("aws:neptune/cluster:Cluster", {}, { catalog: ctx.catalog })).toMatchObject({
      priced: false,
    });
  });
});
