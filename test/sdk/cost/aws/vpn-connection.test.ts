import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

const T = "aws:ec2/vpnConnection:VpnConnection";

describe("aws:ec2/vpnConnection:VpnConnection", () => {
  it("prices a VPN connection to a virtual private gateway (golden vpn_connection_test vpn_connection: $36.50)", () => {
    const r = expectPriced(
      priceResource(T, { customerGatewayId: "cgw", vpnGatewayId: "vgw", type: "ipsec.1" }, ctx),
    );
    expect(r.monthlyUsd).toBeCloseTo(36.5, 2);
    expect(r.usage).toBeUndefined();
  });

  it("adds the transit gateway attachment and its data (golden transit_withUsage: $36.50 + $36.50 + 100 GB $2.00)", () => {
    const r = expectPriced(
      priceResource(
        T,
        { customerGatewayId: "cgw", transitGatewayId: "tgw", type: "ipsec.1" },
        { ...ctx, usage: { monthlyDataProcessedGb: 100 } },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(75, 2);
    expect(priceResource(T, {}, { catalog: ctx.catalog })).toMatchObject({ priced: false });
  });
});
