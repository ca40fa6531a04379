import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { FREE_TYPES, KNOWN_UNPRICED } from "../../../../sdk/cost/free";
import { priceResource, PRICED_TYPES } from "../../../../sdk/cost/price-resource";

const ctx = { catalog: defaultCatalog(), region: "us-east-1" };
const awsFree = Object.keys(FREE_TYPES).filter((t) => t.startsWith("aws:"));

describe("AWS free types", () => {
  it("are never also priced or known-unpriced (a pricer would silently win)", () => {
    expect(awsFree.filter((t) => PRICED_TYPES.includes(t))).toEqual([]);
    expect(awsFree.filter((t) => t in KNOWN_UNPRICED)).toEqual([]);
    expect(Object.keys(KNOWN_UNPRICED).filter((t) => PRICED_TYPES.includes(t))).toEqual([]);
  });

  it("price at 0 with the reason stated", () => {
    for (const type of [
      "aws:ecs/taskDefinition:TaskDefinition",
      "aws:ecs/cluster:Cluster",
      "aws:iam/rolePolicyAttachment:RolePolicyAttachment",
      "aws:s3/bucketObjectv2:BucketObjectv2",
    ]) {
      const r = priceResource(type, {}, ctx);
      expect(r).toMatchObject({ priced: true, monthlyUsd: 0 });
      if (r.priced) expect(r.assumptions.join(" ")).toMatch(/not billed|billed as/);
    }
  });

  it("leave billed neighbours priced: VPC endpoints are not free", () => {
    expect(awsFree).not.toContain("aws:ec2/vpcEndpoint:VpcEndpoint");
  });
});
