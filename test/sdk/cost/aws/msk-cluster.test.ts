import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

const T = "aws:msk/cluster:Cluster";

describe("aws:msk/cluster:Cluster", () => {
  it("prices brokers and their storage (golden msk_cluster_test cluster-2-nodes: $66.58 + 1,000 GB $100)", () => {
    const r = expectPriced(
      priceResource(
        T,
        {
          kafkaVersion: "3.6.0",
          numberOfBrokerNodes: 2,
          brokerNodeGroupInfo: {
            instanceType: "kafka.t3.small",
            storageInfo: { ebsStorageInfo: { volumeSize: 500 } },
          },
        },
        ctx,
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(166.58, 2);
  });

  it("leaves storage out when volumeSize is not set, and is unpriced for an unknown broker type", () => {
    const r = expectPriced(
      priceResource(
        T,
        { numberOfBrokerNodes: 4, brokerNodeGroupInfo: { instanceType: "kafka.m5.24xlarge" } },
        ctx,
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(29_433.6, 2); // golden cluster-4-nodes instance row
    expect(r.assumptions.join(" ")).toContain("volumeSize not set");
    expect(
      priceResource(
        T,
        { numberOfBrokerNodes: 3, brokerNodeGroupInfo: { instanceType: "kafka.m7g.large" } },
        ctx,
      ),
    ).toMatchObject({ priced: false, reason: expect.stringContaining("kafka.m7g.large") });
  });
});
