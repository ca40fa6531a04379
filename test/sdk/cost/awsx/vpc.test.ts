import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { Priced, ResourcePrice } from "../../../../sdk/cost/types";

const ctx = { catalog: defaultCatalog(), region: "us-east-1" };
const VPC = "awsx:ec2:Vpc";

function ok(r: ResourcePrice): Priced {
  if (!r.priced) throw new Error(r.reason);
  return r;
}

describe("awsx:ec2:Vpc", () => {
  it("prices awsx's defaults: one NAT gateway and Elastic IP in each of 3 zones", () => {
    const r = ok(priceResource(VPC, {}, ctx));
    // nat_gateway_test golden: aws_nat_gateway.nat $32.85/month; eip_test golden: aws_eip.eip1 $3.65/month.
    expect(r.monthlyUsd).toBeCloseTo(3 * 32.85 + 3 * 3.65, 2);
    expect(r.lines.map((l) => l.item)).toEqual(["NAT gateway × 3", "Elastic IP × 3"]);
    expect(r.assumptions.join("\n")).toMatch(/default of 3 zones/);
    expect(r.assumptions.join("\n")).toMatch(/default OnePerAz/);
    expect(r.assumptions.join("\n")).toContain("nat_gateway_test");
  });

  it("follows the NAT gateway strategy and the zones given", () => {
    const single = ok(
      priceResource(VPC, { natGateways: { strategy: "Single" }, numberOfAvailabilityZones: 2 }, ctx),
    );
    expect(single.monthlyUsd).toBeCloseTo(32.85 + 3.65, 2);
    const none = ok(priceResource(VPC, { natGateways: { strategy: "None" } }, ctx));
    expect(none.monthlyUsd).toBe(0);
    expect(none.assumptions.join("\n")).toMatch(/no NAT gateways/);
    const named = ok(priceResource(VPC, { availabilityZoneNames: ["us-east-1a", "us-east-1b"] }, ctx));
    expect(named.monthlyUsd).toBeCloseTo(2 * (32.85 + 3.65), 2);
    // Elastic IPs the program allocated elsewhere are not billed twice.
    const ownIps = ok(
      priceResource(
        VPC,
        { natGateways: { strategy: "Single", elasticIpAllocationIds: ["eipalloc-1"] } },
        ctx,
      ),
    );
    expect(ownIps.monthlyUsd).toBeCloseTo(32.85, 2);
  });

  it("adds interface endpoints per zone; gateway endpoints are free", () => {
    const r = ok(
      priceResource(
        VPC,
        {
          natGateways: { strategy: "None" },
          vpcEndpointSpecs: [
            { serviceName: "com.amazonaws.us-east-1.s3" },
            { serviceName: "com.amazonaws.us-east-1.ecr.api", vpcEndpointType: "Interface" },
          ],
        },
        ctx,
      ),
    );
    // vpc_endpoint_test golden: Endpoint (Interface) $7.30 per 730 hours.
    expect(r.monthlyUsd).toBeCloseTo(3 * 7.3, 2);
  });

  it("adds NAT data processed from the usage file, and lists its unit price without one", () => {
    const without = ok(priceResource(VPC, { natGateways: { strategy: "Single" } }, ctx));
    expect(without.usageUnknown).toBe(true);
    expect(without.usage?.[0]).toMatchObject({ key: "monthlyDataProcessedGb", usdPerUnit: 0.045 });
    const withUsage = ok(
      priceResource(
        VPC,
        { natGateways: { strategy: "Single" } },
        { ...ctx, usage: { monthlyDataProcessedGb: 100 } },
      ),
    );
    // nat_gateway_test golden: aws_nat_gateway.nat_withUsage, Data processed 100 GB = $4.50.
    expect(withUsage.monthlyUsd).toBeCloseTo(32.85 + 3.65 + 4.5, 2);
    expect(withUsage.usageUnknown).toBe(false);
  });

  it("is unpriced, naming the field, on values awsx would reject", () => {
    const bad = priceResource(VPC, { natGateways: { strategy: "Two" } }, ctx);
    expect(bad).toMatchObject({ priced: false });
    expect(!bad.priced && bad.reason).toMatch(
      /natGateways\.strategy: "Two" is not valid; use one of None, Single, OnePerAz/,
    );
    const noPublic = priceResource(VPC, { subnetSpecs: [{ type: "Private" }] }, ctx);
    expect(!noPublic.priced && noPublic.reason).toMatch(/needs both a public and a private subnet/);
    const zones = priceResource(VPC, { numberOfAvailabilityZones: 0 }, ctx);
    expect(!zones.priced && zones.reason).toMatch(/numberOfAvailabilityZones: 0 is not valid/);
    const noRegion = priceResource(VPC, {}, { catalog: ctx.catalog });
    expect(!noRegion.priced && noRegion.reason).toMatch(/aws:region/);
  });
});
