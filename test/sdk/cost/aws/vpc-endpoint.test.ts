import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

const T = "aws:ec2/vpcEndpoint:VpcEndpoint";

describe("aws:ec2/vpcEndpoint:VpcEndpoint", () => {
  it("prices an Interface endpoint per zone and lists data processed (golden vpc_endpoint_test multiple_interfaces: 1,460 hours $14.60; $0.01 per GB)", () => {
    const r = expectPriced(
      priceResource(T, { vpcEndpointType: "Interface", vpcId: "vpc-1", subnetIds: ["a", "b"] }, ctx),
    );
    expect(r.monthlyUsd).toBeCloseTo(14.6, 2);
    expect(r.usage?.[0]).toMatchObject({ key: "monthlyDataProcessedGb", usdPerUnit: 0.01 });
  });

  it("tiers data processed from usage (golden interface_withBigUsage: $7.30 + $10,000 + $24,000 + $8,000)", () => {
    const r = expectPriced(
      priceResource(
        T,
        { vpcEndpointType: "Interface", subnetIds: ["a"] },
        { ...ctx, usage: { monthlyDataProcessedGb: 7_000_000 } },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(42_007.3, 2);
  });

  it("prices a Gateway Load Balancer endpoint (golden gateway_loadbalancer: $7.30, $0.0035 per GB) and leaves Gateway endpoints free", () => {
    const gwlb = expectPriced(priceResource(T, { vpcEndpointType: "GatewayLoadBalancer" }, ctx));
    expect(gwlb.monthlyUsd).toBeCloseTo(7.3, 2);
    expect(gwlb.usage?.[0].usdPerUnit).toBe(0.0035);
    const s3 = expectPriced(priceResource(T, { serviceName: "com.amazonaws.us-east-1.s3" }, ctx));
    expect(s3.monthlyUsd).toBe(0);
    expect(s3.usage).toBeUndefined();
    expect(priceResource(T, {}, { catalog: ctx.catalog })).toMatchObject({ priced: false });
  });
});
