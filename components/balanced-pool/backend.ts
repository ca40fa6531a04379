import type * as pulumi from "@pulumi/pulumi";
import type { Catalog } from "../../sdk/catalog/catalog";
import type { Cloud } from "../../sdk/catalog/types";
import type { Issue } from "../../sdk/errors";
import type { NameClaim, Normalization } from "../../sdk/names";
import type { Placement } from "../../sdk/placement/place";
import type { Capacity, SpotDistribution } from "../../sdk/placement/split";
import type { ResolvedComputeUnit } from "../../sdk/units/compute";
import type { ResolvedIngressRule } from "../shared/ingress";
import type { NetworkArgs } from "../shared/network";
import type { ProviderMap } from "../shared/providers";
import type { BalancedPoolTransforms, PoolDns } from "./index";

/** The pool's arguments, checked and with every default filled in. */
export interface PoolSettings {
  /** The component's name; children are named `${name}-${member.key}-…`. */
  name: string;
  unit: ResolvedComputeUnit;
  port: number;
  protocol: "http" | "tcp";
  healthCheck: { path: string; intervalSeconds: number };
  /** 0–1. */
  targetCpuUtilization: number;
  cooldownSeconds: number;
  ingress: ResolvedIngressRule[];
  /** Instances get public addresses for outbound access (inbound stays as the rules say). */
  publicIp: boolean;
  network: NetworkArgs;
  userData?: pulumi.Input<string>;
  providers: ProviderMap;
  transform: BalancedPoolTransforms;
  kubernetes: {
    image: pulumi.Input<string>;
    namespace: pulumi.Input<string>;
    spotNodes?: "karpenter" | "gke" | "aks";
  };
  /** The pool's spot share (`spotPercent` 0: every instance on-demand). */
  capacity: { spotPercent: number; onDemandBase: number };
  dns?: Required<Pick<PoolDns, "provider" | "zone" | "name" | "ttl">> & {
    resourceGroupName?: pulumi.Input<string>;
  };
  /** The catalog placement and pricing read. */
  catalog: Catalog;
  /** The tags of the pool's children on a target, normalized for it (budget, component, unit, user). */
  tagsFor(cloud: Cloud): Record<string, string>;
}

/** One member of the pool: where it runs, its share of the capacity and its tags. */
export interface MemberPlan {
  /** Position in the pool's member list. */
  index: number;
  /** Stable id from cloud and region (`aws-us-east-1`), used in child names and DNS set ids. */
  key: string;
  cloud: Cloud;
  /** `cluster` on Kubernetes. */
  region: string;
  instanceType: string;
  weight: number;
  capacity: Capacity;
  /** The user pinned the instance type: no other type may stand in for it (spot overrides included). */
  pinnedType?: boolean;
  /** The member's spot share (its part of the pool's on-demand base); undefined when all on-demand. */
  spot?: SpotDistribution;
  placement: Placement;
  /** Tags for this member's children, normalized for its cloud. */
  tags: Record<string, string>;
}

/** A resource as the cost engine sees it: type token and the inputs that price it. */
export interface PricedInput {
  type: string;
  props: Record<string, unknown>;
  /** Resources its inputs refer to, by input path (a group's instance template), for the engine's resolver. */
  references?: Record<string, { type: string; props: Record<string, unknown> }>;
}

/** How a member reaches clients, for its output and for weighted DNS. */
export interface MemberEndpoint {
  /** Host name (AWS load balancers) or IP address clients connect to. */
  address: pulumi.Output<string>;
  /** Whether `address` is a host name or an IP address. */
  kind: "hostname" | "ip";
  /** Route 53 alias target, for AWS load balancers. */
  awsAlias?: { name: pulumi.Output<string>; zoneId: pulumi.Output<string> };
}

/** What a backend built for one member. */
export interface BuiltMember<R = object> {
  endpoint: MemberEndpoint;
  /** The member's child resources, exposed on the component. */
  resources: R;
}

/** Everything a backend needs to build one member. */
export interface MemberContext {
  parent: pulumi.ComponentResource;
  settings: PoolSettings;
  member: MemberPlan;
}

/** The cloud-side names a target derives from the pool's name, checked. */
export interface PoolNames {
  /** Problems with the names, on field `name`. */
  issues: Issue[];
  /** Names the target rewrote to fit, for the plan to show. */
  normalized: Normalization[];
  /** Names no other pool of this program may share. */
  claims: NameClaim[];
}

/** One target of a pool. Adding a target is adding a file that implements this. */
export interface PoolBackend<R = object> {
  /** Whether members on this target are reached by host name or by IP address (weighted DNS needs to know). */
  readonly endpointKind: "hostname" | "ip";
  /** The children's names on this target, checked against its rules before any child exists. */
  names(settings: PoolSettings, members: MemberPlan[]): PoolNames;
  /** Problems only this target has with the pool's arguments (names, limits), before any child exists. */
  check(settings: PoolSettings, members: MemberPlan[]): Issue[];
  /**
   * The member's priced children as the cost engine sees them: the groups holding `count`
   * instances (an on-demand and a spot group where the target splits them), what is billed once
   * per member (load balancer, address), and notes on where pricing the real children alone
   * would differ.
   */
  pricing(
    settings: PoolSettings,
    member: MemberPlan,
    count: number,
  ): { groups: PricedInput[]; fixed: PricedInput[]; notes?: string[] };
  build(ctx: MemberContext): BuiltMember<R>;
}

/** Weighted records for the members, on one DNS provider. */
export interface DnsBackend<R = object> {
  /** Problems with the DNS arguments or with members this provider cannot point at. */
  check(settings: PoolSettings, members: { plan: MemberPlan; kind: "hostname" | "ip" }[]): Issue[];
  build(
    parent: pulumi.ComponentResource,
    settings: PoolSettings,
    members: { plan: MemberPlan; endpoint: MemberEndpoint }[],
  ): { fqdn: pulumi.Output<string>; resources: R };
}
