import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

describe("aws:ec2transitgateway/vpcAttachment:VpcAttachment", () => {
  it("prices the attachment-hour and lists data processed (golden ec2_transit_gateway_vpc_attachment_test: $36.50, $0.02 per GB)", () => {
    const r = expectPriced(priceResource("aws:ec2transitgateway/vpcAttachment:VpcAttachment", {}, ctx));
    expect(r.monthlyUsd).toBeCloseTo(36.5, 2);
    expect(r.usageUnknown).toBe(true);
    const used = expectPriced(
      priceResource(
        "aws:ec2transitgateway/vpcAttachment:VpcAttachment",
        {},
        { ...ctx, usage: { monthlyDataProcessedGb: 100 } },
      ),
    );
    expect(used.monthlyUsd).toBeCloseTo(38.5, 2);
  });

  it("prices a peering attachment (golden ec2_transit_gateway_peering_attachment_test: $36.50) and needs a region", () => {
    expect(
      expectPriced(priceResource("aws:ec2transitgateway/peeringAttachment:PeeringAttachment", {}, ctx))
        .monthlyUsd,
    ).toBeCloseTo(36.5, 2);
    expect(
      priceResource("aws:ec2transitgateway/vpcAttachment:VpcAttachment", {}, { catalog: ctx.catalog }),
    ).toMatchObject({ priced: false });
  });
});
