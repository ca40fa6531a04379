import * as pulumi from "@pulumi/pulumi";
import type { InstanceType } from "../../sdk/catalog/types";
import type { Issue } from "../../sdk/errors";
import { dnsLabel, type NameClaim, type Normalization } from "../../sdk/names";
import type { Placement } from "../../sdk/placement/place";
import type { ResolvedComputeUnit } from "../../sdk/units/compute";
import type { CpuAlarm } from "../shared/alarms";
import type { ResolvedIngressRule } from "../shared/ingress";
import type { MultiCloudVmArgs } from "./index";

/** Everything decided about a machine before any child exists: the backends only compile it. */
export interface VmPlan {
  /** The component's name; children are named `${name}-<role>`. */
  name: string;
  args: MultiCloudVmArgs;
  placement: Placement;
  unit: ResolvedComputeUnit;
  /** The catalog entry of the placed type (public clouds only). */
  instanceType?: InstanceType;
  ingress: ResolvedIngressRule[];
  alarms: CpuAlarm[];
  publicIp: boolean;
  /** Set when the machine runs on spot capacity: what an interruption does to it. */
  spot?: { onInterruption: "stop" | "delete" };
  adminUsername: pulumi.Input<string>;
  /** Cost-allocation tags, already normalized for the target. */
  tags: Record<string, string>;
}

/** What a backend built: addresses and the children, for users to reach past the abstraction. */
export interface VmBuild<Resources> {
  privateIp: pulumi.Output<string | undefined>;
  publicIp?: pulumi.Output<string | undefined>;
  resources: Resources;
}

/** The cloud-side names a target derives from the component's name, checked. */
export interface VmNames {
  /** Problems with the names, each on field `name` (or the tag it came from). */
  issues: Issue[];
  /** Names the target rewrote to fit, for the plan to show. */
  normalized: Normalization[];
  /** Normalized names no other machine of this program may share. */
  claims: NameClaim[];
}

/** One target. Adding a cloud is adding a file that implements this. */
export interface VmBackend<Resources> {
  /** Problems that only this target has with the args, found before any child is created. */
  check(plan: VmPlan): Issue[];
  /** The children's names on this target, checked against its rules before any child exists. */
  names(plan: VmPlan): VmNames;
  /** Creates the children under `parent`, with `opts` (parent and explicit provider) on each. */
  build(
    plan: VmPlan,
    parent: pulumi.ComponentResource,
    opts: pulumi.CustomResourceOptions,
  ): VmBuild<Resources>;
}

/**
 * A name the strict targets accept (GCP resources, Kubernetes objects, host names): lowercase
 * letters, digits and hyphens, starting with a letter, at most `max` characters. Autonaming adds
 * a suffix, so `max` leaves room for it.
 */
export function dnsName(name: string, max: number): string {
  return dnsLabel(name, max);
}

/** Where a machine's normalized names must be unique on a target. */
export const vmSpace = (cloud: string, what = "resource names") => `MultiCloudVm/${cloud}/${what}`;
