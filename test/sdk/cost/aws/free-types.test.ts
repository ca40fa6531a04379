import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
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

describe("AWS types free by their service's pricing", () => {
  const SDK = join(__dirname, "..", "..", "..", "..", "node_modules", "@pulumi", "aws");
  /** Whether the installed @pulumi/aws declares this type token (`<module>/<name>.js`). */
  const inSdk = (type: string) => {
    const file = join(SDK, `${type.split(":")[1]}.js`);
    return existsSync(file) && readFileSync(file, "utf8").includes(`'${type}'`);
  };
  const reasonOf = (type: string) => {
    const r = priceResource(type, {}, ctx);
    if (!r.priced) throw new Error(`${type} unpriced: ${r.reason}`);
    expect(r).toMatchObject({ free: true, monthlyUsd: 0, cloud: "aws" });
    return r.assumptions.join(" ");
  };

  it("name real types of the installed SDK", () => {
    const missing = awsFree.filter((t) => !inSdk(t));
    expect(missing).toEqual([]);
  });

  // ACM certificates and CloudFormation stacks have pricers (acm-certificate.ts, cloudformation-stack.ts).
  it("say who bills instead: a stack set's stacks, the GraphQL API, the Glue jobs", () => {
    expect(reasonOf("aws:cloudformation/stackSet:StackSet")).toMatch(/stacks' resources bill/);
    for (const t of [
      "aws:appsync/resolver:Resolver",
      "aws:appsync/dataSource:DataSource",
      "aws:appsync/apiKey:ApiKey",
      "aws:appsync/function:Function",
    ])
      expect(reasonOf(t), t).toMatch(/on the GraphQL API/);
    expect(reasonOf("aws:glue/trigger:Trigger")).toMatch(/jobs and crawlers they start/);
    expect(reasonOf("aws:glue/catalogTable:CatalogTable")).toMatch(/priced as usage on the CatalogDatabase/);
    for (const t of [
      "aws:ec2/launchConfiguration:LaunchConfiguration",
      "aws:redshift/subnetGroup:SubnetGroup",
      "aws:redshift/parameterGroup:ParameterGroup",
      "aws:glue/connection:Connection",
      "aws:ssm/document:Document",
      "aws:sns/platformApplication:PlatformApplication",
      "aws:cloudwatch/logResourcePolicy:LogResourcePolicy",
    ])
      expect(reasonOf(t), t).toMatch(/not billed/);
  });
});
