import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { Issue } from "../../sdk/errors";
import { Checker } from "../../sdk/units/checks";
import { assertPlain } from "./plain";

/**
 * Existing networks per cloud. A cloud left out gets the component's default (see its `network`
 * argument). Which clouds and fields are given must be known when the program runs; the ids may
 * be Outputs (of a VPC created in the same program, say), and are checked when they are plain.
 */
export interface NetworkArgs {
  /**
   * An existing VPC and subnets (private subnets with a NAT for machines without public IPs).
   * @default the component's (the region's default VPC for the built-in components)
   */
  aws?: { vpcId: pulumi.Input<string>; subnetIds: pulumi.Input<pulumi.Input<string>[]> };
  /**
   * An existing resource group and/or subnet (`/subscriptions/…/subnets/…`).
   * @default the component's (a resource group and virtual network of its own)
   */
  azure?: { resourceGroupName?: pulumi.Input<string>; subnetId?: pulumi.Input<string> };
  /**
   * A VPC network and, for custom-mode networks, the subnetwork (name or self link).
   * @default the component's (a network and subnetwork of its own)
   */
  gcp?: { network?: pulumi.Input<string>; subnetwork?: pulumi.Input<string> };
}

const unknownYet = (v: unknown) => pulumi.Output.isInstance(v) || v instanceof Promise;
/** A non-empty string, or an id not known until deployment. */
const nonEmpty = (v: unknown) => unknownYet(v) || (typeof v === "string" && v.length > 0);

/**
 * `network` and each cloud's entry must be plain objects: which clouds and fields are given
 * decides whether the component builds a network of its own. The ids inside may be Outputs.
 */
export function assertNetworkShape(network: unknown, field = "network"): void {
  assertPlain(
    network,
    field,
    "which clouds and fields are given decides whether the component builds a network of its own (the ids inside may be Outputs)",
    new Set(),
    1,
  );
}

/** Checks the network argument; returns every problem found. */
export function checkNetwork(input: unknown, path = "network"): Issue[] {
  if (input === undefined) return [];
  const c = new Checker(path);
  const n = c.object("", input);
  if (!n) return c.issues;
  c.unknownKeys(n, ["aws", "azure", "gcp"]);
  const a = n.aws === undefined ? undefined : c.object("aws", n.aws);
  if (a) {
    const ac = new Checker(c.at("aws"));
    ac.unknownKeys(a, ["vpcId", "subnetIds"]);
    if (!nonEmpty(a.vpcId))
      ac.add("vpcId", a.vpcId, 'use the VPC id, e.g. "vpc-0abc…" (the target groups need it)');
    if (
      !unknownYet(a.subnetIds) &&
      (!Array.isArray(a.subnetIds) || a.subnetIds.length === 0 || !a.subnetIds.every(nonEmpty))
    )
      ac.add(
        "subnetIds",
        a.subnetIds,
        'use a non-empty array of subnet ids in that VPC, e.g. ["subnet-0abc…"]',
      );
    c.issues.push(...ac.issues);
  }
  const z = n.azure === undefined ? undefined : c.object("azure", n.azure);
  if (z) {
    const zc = new Checker(c.at("azure"));
    zc.unknownKeys(z, ["resourceGroupName", "subnetId"]);
    if (z.resourceGroupName !== undefined && !nonEmpty(z.resourceGroupName))
      zc.add("resourceGroupName", z.resourceGroupName, "use the name of an existing resource group");
    if (
      z.subnetId !== undefined &&
      !unknownYet(z.subnetId) &&
      !(typeof z.subnetId === "string" && /\/subnets\/[^/]+$/i.test(z.subnetId))
    )
      zc.add("subnetId", z.subnetId, 'use a subnet resource id ending in "/subnets/<name>"');
    c.issues.push(...zc.issues);
  }
  const g = n.gcp === undefined ? undefined : c.object("gcp", n.gcp);
  if (g) {
    const gc = new Checker(c.at("gcp"));
    gc.unknownKeys(g, ["network", "subnetwork"]);
    for (const f of ["network", "subnetwork"] as const)
      if (g[f] !== undefined && !nonEmpty(g[f])) gc.add(f, g[f], "use a name or a self link");
    c.issues.push(...gc.issues);
  }
  return c.issues;
}

/**
 * The VPC and subnets for AWS machines in a region: those given, else the region's default VPC
 * and its default subnets (one per availability zone).
 */
export function awsNetwork(
  region: string,
  given: NetworkArgs["aws"],
  opts: pulumi.InvokeOutputOptions,
): { vpcId: pulumi.Output<string>; subnetIds: pulumi.Output<string[]> } {
  if (given) return { vpcId: pulumi.output(given.vpcId), subnetIds: pulumi.output(given.subnetIds) };
  const vpcId = aws.ec2.getVpcOutput({ default: true, region }, opts).id;
  const subnetIds = aws.ec2.getSubnetsOutput(
    {
      region,
      filters: [
        { name: "vpc-id", values: [vpcId] },
        { name: "default-for-az", values: ["true"] },
      ],
    },
    opts,
  ).ids;
  return { vpcId, subnetIds };
}
