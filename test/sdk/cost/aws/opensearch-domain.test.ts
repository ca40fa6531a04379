import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

const T = "aws:opensearch/domain:Domain";

describe("aws:opensearch/domain:Domain", () => {
  it("prices data, master and UltraWarm nodes and a volume per data node (golden opensearch_domain_test gp2 rows: $1,285.53, $1,713.31, $347.48, $0.135 per GB)", () => {
    const r = expectPriced(
      priceResource(
        T,
        {
          clusterConfig: {
            instanceType: "c4.2xlarge.search",
            instanceCount: 3,
            dedicatedMasterEnabled: true,
            dedicatedMasterType: "c4.8xlarge.search",
            dedicatedMasterCount: 1,
            warmEnabled: true,
            warmCount: 2,
            warmType: "ultrawarm1.medium.search",
          },
          ebsOptions: { ebsEnabled: true, volumeSize: 400, volumeType: "gp2" },
        },
        ctx,
      ),
    );
    // the golden bills one 400 GB volume ($54.00); AWS bills the volume on each of the 3 data nodes
    expect(r.monthlyUsd).toBeCloseTo(1285.53 + 1713.31 + 347.48 + 3 * 54, 1);
  });

  it("prices io1 IOPS and reads Elasticsearch instance names (golden elasticsearch_domain_test io1: $1,285.53; $0.169 per GB, $0.088 per IOPS)", () => {
    const r = expectPriced(
      priceResource(
        "aws:elasticsearch/domain:Domain",
        {
          clusterConfig: { instanceType: "c4.2xlarge.elasticsearch", instanceCount: 3 },
          ebsOptions: { ebsEnabled: true, volumeSize: 1000, volumeType: "io1", iops: 10 },
        },
        ctx,
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(1285.53 + 3 * (169 + 0.88), 1);
  });

  it("is unpriced for an instance type the data lacks or a missing one", () => {
    expect(priceResource(T, { clusterConfig: { instanceType: "r6g.large.search" } }, ctx)).toMatchObject({
      priced: false,
      reason: expect.stringContaining("r6g.large.search"),
    });
    expect(priceResource(T, {}, ctx)).toMatchObject({
      priced: false,
      reason: expect.stringContaining("instanceType"),
    });
  });
});
