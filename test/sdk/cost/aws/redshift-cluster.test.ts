import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

const T = "aws:redshift/cluster:Cluster";

describe("aws:redshift/cluster:Cluster", () => {
  it("prices node-hours (golden redshift_cluster_test ca: 4 × dc2.large $730.00)", () => {
    const r = expectPriced(
      priceResource(T, { nodeType: "dc2.large", clusterType: "multi-node", numberOfNodes: 4 }, ctx),
    );
    expect(r.monthlyUsd).toBeCloseTo(730, 2);
    expect(r.usage?.map((u) => u.key)).toEqual([
      "concurrencyScalingNodeSeconds",
      "monthlySpectrumScannedTb",
      "backupStorageGb",
    ]);
  });

  it("adds usage (golden ca_withUsage: $4,964 + 4,321 node-seconds $8.17 + 0.5 TB $2.50 + backups at $0.023 and $0.022)", () => {
    const r = expectPriced(
      priceResource(
        T,
        { nodeType: "ds2.8xlarge", clusterType: "single-node" },
        {
          ...ctx,
          usage: {
            concurrencyScalingNodeSeconds: 4321,
            monthlySpectrumScannedTb: 0.5,
            backupStorageGb: 100 * 1024,
          },
        },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(4964 + 8.17 + 2.5 + 51_200 * 0.023 + 51_200 * 0.022, 1);
  });

  it("lists RA3 managed storage (golden manageda_withUsage: ra3.16xlarge $9,519.20, 321 GB $7.70)", () => {
    const r = expectPriced(
      priceResource(
        T,
        { nodeType: "ra3.16xlarge", clusterType: "single-node" },
        { ...ctx, usage: { managedStorageGb: 321 } },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(9519.2 + 7.7, 1);
    expect(priceResource(T, { nodeType: "ra3.xlplus" }, ctx)).toMatchObject({
      priced: false,
      reason: expect.stringContaining("ra3.xlplus"),
    });
  });
});
