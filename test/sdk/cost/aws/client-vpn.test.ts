import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

describe("aws:ec2clientvpn/networkAssociation:NetworkAssociation", () => {
  it("prices the association-hour (golden ec2_client_vpn_network_association_test: $73.00)", () => {
    const r = expectPriced(
      priceResource(
        "aws:ec2clientvpn/networkAssociation:NetworkAssociation",
        { clientVpnEndpointId: "e", subnetId: "s" },
        ctx,
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(73, 2);
  });
});

describe("aws:ec2clientvpn/endpoint:Endpoint", () => {
  it("lists connection-hours and adds them from usage (golden ec2_client_vpn_endpoint_test: 730 connection-hours $36.50)", () => {
    const T = "aws:ec2clientvpn/endpoint:Endpoint";
    const bare = expectPriced(priceResource(T, {}, ctx));
    expect(bare.monthlyUsd).toBe(0);
    expect(bare.usageUnknown).toBe(true);
    expect(
      expectPriced(priceResource(T, {}, { ...ctx, usage: { monthlyConnectionHours: 730 } })).monthlyUsd,
    ).toBeCloseTo(36.5, 2);
    expect(priceResource(T, {}, { catalog: ctx.catalog })).toMatchObject({ priced: false });
  });
});
