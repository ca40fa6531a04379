import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

const T = "aws:mq/broker:Broker";

describe("aws:mq/broker:Broker", () => {
  it("prices a RabbitMQ cluster and adds EBS storage (golden mq_broker_test rabbitmq_cluster: $1,261.44 + 30 GB $3.00)", () => {
    const props = {
      engineType: "RabbitMQ",
      hostInstanceType: "mq.m5.xlarge",
      deploymentMode: "CLUSTER_MULTI_AZ",
    };
    const bare = expectPriced(priceResource(T, props, ctx));
    expect(bare.monthlyUsd).toBeCloseTo(1261.44, 2);
    expect(bare.usage?.[0].usdPerUnit).toBe(0.1);
    expect(
      expectPriced(priceResource(T, props, { ...ctx, usage: { storageGb: 30 } })).monthlyUsd,
    ).toBeCloseTo(1264.44, 2);
  });

  it("prices ActiveMQ with EFS storage by default (golden activemq_single_default: $21.90, $0.30 per GB)", () => {
    const r = expectPriced(
      priceResource(T, { engineType: "ActiveMQ", hostInstanceType: "mq.t2.micro" }, ctx),
    );
    expect(r.monthlyUsd).toBeCloseTo(21.9, 2);
    expect(r.usage?.[0].usdPerUnit).toBe(0.3);
  });

  it("is unpriced for a type the data lacks or a missing engine", () => {
    expect(priceResource(T, { engineType: "ActiveMQ", hostInstanceType: "mq.m7g.large" }, ctx)).toMatchObject(
      {
        priced: false,
        reason: expect.stringContaining("mq.m7g.large"),
      },
    );
    expect(priceResource(T, { hostInstanceType: "mq.t2.micro" }, ctx)).toMatchObject({
      priced: false,
      reason: expect.stringContaining("engineType"),
    });
  });
});
