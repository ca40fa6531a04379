import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../sdk/catalog/catalog";
import { priceResource, regionOfResource } from "../../sdk/cost/price-resource";
import { UNKNOWN } from "../../sdk/cost/types";
import { priceResources, referenceResolver } from "../../cli/plan/pricing";
import type { RecordedResource } from "../../cli/plan/recorder";

const catalog = loadCatalog();
const STACK = "urn:pulumi:dev::p::pulumi:pulumi:Stack::p-dev";
const PROVIDER = "urn:pulumi:dev::p::pulumi:providers:aws::default_7_0_0";

function resource(
  type: string,
  name: string,
  inputs: Record<string, unknown>,
  extra: Partial<RecordedResource> = {},
) {
  return {
    urn: `urn:pulumi:dev::p::${type}::${name}`,
    type,
    name,
    custom: true,
    parent: STACK,
    provider: PROVIDER,
    dependencies: [],
    propertyDependencies: {},
    inputs,
    ...extra,
  } as RecordedResource;
}

const provider = resource(
  "pulumi:providers:aws",
  "default_7_0_0",
  { region: "eu-west-1" },
  { urn: PROVIDER, parent: undefined, provider: undefined },
);
const template = resource("aws:ec2/launchTemplate:LaunchTemplate", "lt", {
  name: "lt-1234567",
  instanceType: "c6i.xlarge",
});
const group = (launchTemplate: Record<string, unknown>, deps: string[]) =>
  resource(
    "aws:autoscaling/group:Group",
    "asg",
    { minSize: 1, maxSize: 4, desiredCapacity: 2, launchTemplate },
    { propertyDependencies: { launchTemplate: deps } },
  );

function price(resources: RecordedResource[]) {
  const byUrn = new Map(resources.map((r) => [r.urn, r]));
  return priceResources(resources, (u) => byUrn.get(u), catalog);
}

/** The priced entry of the resource named `name`. */
function priceOf(resources: RecordedResource[], name: string) {
  const found = price(resources).find((p) => p.resource.name === name);
  if (!found) throw new Error(`${name} was not priced`);
  return found;
}

describe("plan pricing", () => {
  const expectedGroup = priceResource(
    "aws:autoscaling/group:Group",
    {
      minSize: 1,
      maxSize: 4,
      desiredCapacity: 2,
      mixedInstancesPolicy: { launchTemplate: { overrides: [{ instanceType: "c6i.xlarge" }] } },
    },
    { catalog, region: "eu-west-1" },
  );

  it("prices a group from its launch template when the template's ID is unknown (through the property's dependency)", () => {
    const asg = group({ id: UNKNOWN, version: "$Latest" }, [template.urn]);
    const g = priceOf([provider, template, asg], "asg");
    expect(g.price.priced).toBe(true);
    expect(g.price.priced && g.price.instanceType).toBe("c6i.xlarge");
    expect(g.price.priced && g.price.monthlyUsd).toBe(expectedGroup.priced && expectedGroup.monthlyUsd);
    expect(g.region).toBe("eu-west-1");
  });

  it("prices a group from a template named by a known name", () => {
    const g = priceOf([provider, template, group({ name: "lt-1234567" }, [])], "asg");
    expect(g.price.priced && g.price.instanceType).toBe("c6i.xlarge");
  });

  it("does not guess when an unknown reference depends on several resources, or a name is ambiguous", () => {
    const other = resource("aws:ec2/launchTemplate:LaunchTemplate", "lt2", {
      name: "lt-1234567",
      instanceType: "m6i.large",
    });
    const unknownTwo = priceOf(
      [provider, template, other, group({ id: UNKNOWN }, [template.urn, other.urn])],
      "asg",
    );
    expect(unknownTwo.price.priced).toBe(false);
    const byName = priceOf([provider, template, other, group({ name: "lt-1234567" }, [])], "asg");
    expect(byName.price.priced).toBe(false);
  });

  it("resolves by URN, and only custom resources", () => {
    const resolve = referenceResolver([template], () => undefined)(template);
    expect(resolve(template.urn, "x")?.props.instanceType).toBe("c6i.xlarge");
    expect(resolve("lt-1234567", "x")?.type).toBe(template.type);
    expect(resolve("nothing", "x")).toBeUndefined();
  });

  it("lists read resources unpriced, names each resource's component, and skips providers and components", () => {
    const component = resource("acme:index:Web", "web", {}, { custom: false, provider: undefined });
    const vm = resource(
      "aws:ec2/instance:Instance",
      "vm",
      { instanceType: "m6i.large" },
      { parent: component.urn },
    );
    const existing = resource(
      "aws:ec2/instance:Instance",
      "old",
      { instanceType: "m6i.large" },
      { read: true },
    );
    const priced = price([provider, component, vm, existing]);
    expect(priced.map((p) => p.resource.name)).toEqual(["vm", "old"]);
    expect(priced[0].component).toEqual({ urn: component.urn, type: "acme:index:Web", name: "web" });
    expect(priced[0].price.priced).toBe(true);
    expect(priced[1].price.priced).toBe(false);
  });

  it("gives free resources the region of their provider or their own", () => {
    const sg = priceOf([provider, resource("aws:ec2/securityGroup:SecurityGroup", "sg", {})], "sg");
    expect(sg.price.priced && sg.price.monthlyUsd).toBe(0);
    expect(sg.price.region).toBe("eu-west-1");
    expect(regionOfResource("aws:ec2/subnet:Subnet", { region: "us-east-2" }, { region: "eu-west-1" })).toBe(
      "us-east-2",
    );
    expect(regionOfResource("gcp:compute/network:Network", { zone: "us-central1-b" })).toBe("us-central1");
    expect(regionOfResource("azure-native:network:Subnet", {}, { region: "West Europe" })).toBe("westeurope");
    expect(regionOfResource("pulumi:providers:gcp", { project: "p", zone: "europe-west1-b" })).toBe(
      "europe-west1",
    );
    expect(regionOfResource("kubernetes:core/v1:Namespace", {}, { region: "x" })).toBeUndefined();
  });
});
