import { describe, expect, it } from "vitest";
import { summarize } from "../../../cli/plan/plan";
import { coverageOf } from "../../../cli/plan/result";
import { priceResources } from "../../../cli/plan/pricing";
import type { RecordedResource } from "../../../cli/plan/recorder";
import { project } from "../../../components/budgeted-stack/rollup";
import { defaultCatalog } from "../../../sdk/catalog/catalog";
import { NON_CLOUD_PACKAGES, nonCloudReason } from "../../../sdk/cost/non-cloud";
import { knowsType, priceResource } from "../../../sdk/cost/price-resource";
import type { Priced, ResourcePrice } from "../../../sdk/cost/types";

const catalog = defaultCatalog();
const ctx = { catalog, region: "us-east-1" };

function free(r: ResourcePrice): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  expect(r.free).toBe(true);
  expect(r.monthlyUsd).toBe(0);
  return r;
}

/** Type tokens of the installed (or trial) SDKs of these packages, as programs emit them. */
const NON_CLOUD = [
  "random:index/randomPassword:RandomPassword",
  "random:index/randomUuid:RandomUuid",
  "random:index/randomString:RandomString",
  "tls:index/privateKey:PrivateKey",
  "tls:index/selfSignedCert:SelfSignedCert",
  "time:index/sleep:Sleep",
  "time:index/rotating:Rotating",
  "command:local:Command",
  "command:remote:Command",
  "docker:index/image:Image",
  "docker:index/remoteImage:RemoteImage",
  "docker:index/network:Network",
  "docker:index/volume:Volume",
  "docker:index/container:Container",
  "docker-build:index:Image",
  "azuread:index/application:Application",
  "azuread:index/servicePrincipal:ServicePrincipal",
  "azuread:index/servicePrincipalPassword:ServicePrincipalPassword",
  "pulumiservice:index:AccessToken",
  "pulumi:pulumi:StackReference",
  "local:index/file:File",
];

describe("resources of non-cloud packages", () => {
  it("are free, with no cloud and the reason stated (not 'not priced by the cost engine')", () => {
    for (const type of NON_CLOUD) {
      const r = free(priceResource(type, {}, ctx));
      expect(r.cloud, type).toBeUndefined();
      expect(r.region, type).toBeUndefined();
      const why = r.assumptions.join(" ");
      expect(why, type).toMatch(/bill|not billed/);
      expect(why, type).not.toMatch(/not priced by the cost engine/);
      expect(knowsType(type), type).toBe(true);
    }
  });

  it("say why each is not billed: Docker hosts, registries, Entra ID licences per user", () => {
    const why = (type: string) => free(priceResource(type, {}, ctx)).assumptions.join(" ");
    expect(why("docker:index/container:Container")).toMatch(/Docker host/);
    expect(why("docker:index/image:Image")).toMatch(/built on the machine running Pulumi/);
    expect(why("docker:index/image:Image")).toMatch(/registry/);
    expect(why("azuread:index/group:Group")).toMatch(/licences are bought per user/);
    expect(why("pulumi:pulumi:StackReference")).toMatch(/another stack's outputs/);
  });

  it("have providers that are free without a cloud, as every provider is", () => {
    const r = free(priceResource("pulumi:providers:random", {}, ctx));
    expect(r.cloud).toBeUndefined();
    expect(r.assumptions.join(" ")).toMatch(/providers are not billed/);
    expect(free(priceResource("pulumi:providers:aws", {}, ctx)).cloud).toBe("aws");
  });

  it("leave cloud packages and unknown packages alone", () => {
    expect(nonCloudReason("aws:ec2/instance:Instance")).toBeUndefined();
    expect(nonCloudReason("pulumi:pulumi:Stack")).toBeUndefined();
    expect(priceResource("acme:index/widget:Widget", {}, ctx)).toMatchObject({
      priced: false,
      reason: "acme:index/widget:Widget is not priced by the cost engine",
    });
    // None of the cloud packages is in the table.
    for (const pkg of ["aws", "azure-native", "azure", "gcp", "kubernetes", "awsx", "eks"])
      expect(Object.keys(NON_CLOUD_PACKAGES)).not.toContain(pkg);
  });
});

describe("the plan and the budget with non-cloud resources", () => {
  const STACK = "urn:pulumi:dev::p::pulumi:pulumi:Stack::p-dev";
  const resource = (type: string, name: string, inputs: Record<string, unknown> = {}) =>
    ({
      urn: `urn:pulumi:dev::p::${type}::${name}`,
      type,
      name,
      custom: true,
      parent: STACK,
      dependencies: [],
      propertyDependencies: {},
      inputs,
    }) as unknown as RecordedResource;

  it("do not count them as billable, and keep them listed at $0 without a cloud", () => {
    const resources = [
      resource("random:index/randomPassword:RandomPassword", "pw", { length: 16 }),
      resource("tls:index/privateKey:PrivateKey", "key", { algorithm: "RSA" }),
      resource("aws:ec2/instance:Instance", "web", { instanceType: "t3.micro", region: "us-east-1" }),
    ];
    const byUrn = new Map(resources.map((r) => [r.urn, r]));
    const priced = priceResources(
      resources,
      (u) => byUrn.get(u),
      catalog,
      {},
      () => undefined,
    );
    const pw = priced.find((p) => p.resource.name === "pw")!;
    expect(pw.cloud).toBeUndefined();
    expect(pw.price).toMatchObject({ priced: true, free: true, monthlyUsd: 0 });
    const coverage = coverageOf(priced);
    expect(coverage.billable).toBe(1);
    expect(coverage.unpriced).toBe(0);
    expect(priced.find((p) => p.resource.name === "web")!.price.priced).toBe(true);
    // Totals per cloud have no "other" entry for them.
    expect(Object.keys(summarize(priced).totals.byCloud)).toEqual(["aws"]);
  });

  it("are left out of the budget's roll-up, with no unpriced entry", () => {
    const raw = ["random:index/randomPassword:RandomPassword", "docker:index/image:Image"].map((type) => ({
      resource: { key: "k", type, name: type.split(":").pop()!, props: {}, explicitProvider: false },
    }));
    const out = project([], raw, catalog, { aws: "us-east-1" });
    expect(out.lines).toEqual([]);
    expect(out.unpriced).toEqual([]);
    expect(out.monthlyUsd).toBe(0);
  });
});
