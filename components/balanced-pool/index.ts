import * as pulumi from "@pulumi/pulumi";
import type { Cloud, Geography, PublicCloud } from "../../sdk/catalog/types";
import { throwIfIssues } from "../../sdk/errors";
import type { SpotDistribution } from "../../sdk/placement/split";
import type { ComputeUnit } from "../../sdk/units/compute";
import { reportCost } from "../shared/cost-sink";
import type { IngressRule } from "../shared/ingress";
import { claimChildNames, normalizedInput } from "../shared/names";
import { assertNetworkShape, type NetworkArgs } from "../shared/network";
import { assertPlain } from "../shared/plain";
import type { ProviderMap } from "../shared/providers";
import { awsPoolBackend, AwsPoolMember, AwsPoolTransforms, route53Dns, Route53Resources } from "./aws";
import {
  azurePoolBackend,
  AzurePoolMember,
  AzurePoolTransforms,
  trafficManagerDns,
  TrafficManagerResources,
} from "./azure";
import type { DnsBackend, MemberEndpoint, MemberPlan, PoolBackend } from "./backend";
import { memberCost, MemberCost, poolCost, PoolCostFigures } from "./cost";
import { cloudDns, CloudDnsResources, gcpPoolBackend, GcpPoolMember, GcpPoolTransforms } from "./gcp";
import { kubernetesPoolBackend, KubernetesPoolMember, KubernetesPoolTransforms } from "./kubernetes";
import { planPool } from "./plan";

/** One member of a pool placed by hand. */
export interface PoolPlacement {
  /** The target this member runs on. */
  cloud: "aws" | "azure" | "gcp" | "kubernetes";
  /**
   * The region (a catalog region of `cloud`; ignored on Kubernetes).
   * @default the provider's configured region, else the cheapest region for the unit
   */
  region?: string;
  /** The member's share of the capacity and of the DNS traffic, relative to the others; greater than 0. */
  weight: number;
  /** Pin an instance type (catalog name). @default the cheapest type that fits the unit */
  instanceType?: string;
}

/** Members chosen by placement: the `count` cheapest regions for the unit, weighted equally. */
export interface PoolSpread {
  /** Clouds allowed. @default the stack's clouds (`lepton-multicloud:clouds`) */
  clouds?: PublicCloud[];
  /** Geography allowed. @default anywhere */
  geography?: Geography;
  /** How many regions, at least 1. */
  count: number;
}

/** The pool's size and how it follows load. */
export interface PoolScaling {
  /** Fewest instances across the pool (whole number, 0 or more). */
  min: number;
  /** Most instances across the pool (whole number, at least 1 and at least `min`). */
  max: number;
  /** Instances to start with (between `min` and `max`). @default `min` */
  desired?: number;
  /** Average CPU utilization each member's autoscaler keeps, a fraction in (0, 1]. @default 0.6 */
  targetCpuUtilization?: number;
  /** Seconds an instance needs to warm up, and between scaling actions. @default 300 */
  cooldownSeconds?: number;
}

/** How the load balancers tell a healthy instance. */
export interface PoolHealthCheck {
  /** HTTP path that answers 2xx/3xx when healthy (protocol `http` only). @default "/" */
  path?: string;
  /** Seconds between checks, 5–300. @default 30 */
  intervalSeconds?: number;
}

/** Weighted DNS in front of the members: one record (or endpoint) per member, health-checked. */
export interface PoolDns {
  /**
   * Who serves the records: `aws` Route 53 weighted records, `azure` a Traffic Manager profile
   * with weighted endpoints (and a CNAME in an Azure DNS zone), `gcp` a Cloud DNS weighted
   * round-robin record set.
   */
  provider: "aws" | "azure" | "gcp";
  /**
   * The zone: on `aws` the hosted zone id (`Z…`) or its domain name; on `azure` the DNS zone
   * name (`example.com`); on `gcp` the managed zone name (`example-com`).
   */
  zone: string;
  /** The full host name to serve, e.g. `www.example.com`. */
  name: string;
  /** Seconds resolvers may cache an answer. @default 60 */
  ttl?: number;
  /** Azure only: the resource group of the DNS zone, where the Traffic Manager profile goes too. */
  resourceGroupName?: pulumi.Input<string>;
}

/**
 * How many of the pool's instances run on spot capacity: interruptible machines at a deep
 * discount, which the cloud may take back at any time (the autoscalers replace them). For
 * stateless work behind the load balancers; keep an on-demand base for what must always serve.
 */
export interface PoolCapacity {
  /**
   * Percent of the instances above `onDemandBase` that run on spot, a whole number 0–100. Each
   * member keeps the same share; counts round in favour of on-demand.
   * @default 0
   */
  spotPercent?: number;
  /**
   * Instances across the pool that always run on-demand, a whole number from 0 to `scaling.max`;
   * split across the members in proportion to their maximum sizes.
   * @default 0
   */
  onDemandBase?: number;
}

export { SPOT_NODES } from "./spot";

/** Kubernetes members: what runs in the pods. */
export interface PoolKubernetes {
  /** Container image. @default the official image of `unit.image` (e.g. `ubuntu:24.04`) */
  image?: pulumi.Input<string>;
  /** Namespace of the pool's objects (checked when it is a plain string). @default "default" */
  namespace?: pulumi.Input<string>;
  /**
   * Where a spot share's pods run: `karpenter` (node selector `karpenter.sh/capacity-type: spot`),
   * `gke` (`cloud.google.com/gke-spot: "true"`, with the toleration GKE's spot taint needs) or
   * `aks` (`kubernetes.azure.com/scalesetpriority: spot`, with its NoSchedule toleration).
   * Required on Kubernetes members when `capacity.spotPercent` is above 0.
   * @default none
   */
  spotNodes?: "karpenter" | "gke" | "aks";
}

/** Per-child escape hatches, per target (see `Transform`). @default none */
export interface BalancedPoolTransforms {
  aws?: AwsPoolTransforms;
  azure?: AzurePoolTransforms;
  gcp?: GcpPoolTransforms;
  kubernetes?: KubernetesPoolTransforms;
}

/**
 * Arguments of a BalancedPool. The fields placement, the capacity split and the resource layout
 * read while the program runs take plain values (see `PLAIN`); `userData`, the Kubernetes image
 * and namespace, the DNS zone's resource group and the network ids take Inputs.
 */
export interface BalancedPoolArgs {
  /** What each instance needs. */
  unit: ComputeUnit;
  /** Members placed by hand. Give `placements` or `spread`. */
  placements?: PoolPlacement[];
  /** Members chosen by placement. Give `placements` or `spread`. */
  spread?: PoolSpread;
  /** Size and autoscaling of the whole pool; split across members by weight. */
  scaling: PoolScaling;
  /** Port the instances serve and the load balancers listen on. @default 80 */
  port?: number;
  /** `http` (AWS ALB, HTTP health checks) or `tcp` (AWS NLB, TCP health checks). @default "http" */
  protocol?: "http" | "tcp";
  /** @default path "/", every 30 seconds */
  healthCheck?: PoolHealthCheck;
  /** Weighted DNS over the members. @default none: clients use `endpoints` */
  dns?: PoolDns;
  /**
   * More inbound traffic to the instances (the pool's port is opened to its load balancer). SSH
   * or RDP open to the whole internet is refused.
   * @default none
   */
  ingress?: IngressRule[];
  /**
   * Give each instance a public address, for outbound access (packages, updates) on networks
   * without a NAT. Inbound traffic stays limited to the load balancer and `ingress`. Azure
   * instances reach out through their load balancer either way; Kubernetes pods are unaffected.
   * @default false
   */
  publicIp?: boolean;
  /**
   * Existing networks per cloud; a cloud's network serves members in one region only.
   * @default AWS: the region's default VPC and its default subnets; Azure: a resource group,
   * virtual network 10.0.0.0/16 and subnet 10.0.0.0/24 per member; GCP: a VPC network and
   * subnetwork 10.0.0.0/24 per member (not the project's `default` network, whose stock rules
   * open SSH and RDP). Without `publicIp` or a NAT, AWS and GCP instances have no route out.
   */
  network?: NetworkArgs;
  /** Tags (labels) on every child, normalized per cloud; they win over Lepton's own. @default none */
  tags?: Record<string, string>;
  /** Explicit providers per target; each child's region is still set from its member. @default the default providers */
  providers?: ProviderMap;
  /** Per-child escape hatches. @default none */
  transform?: BalancedPoolTransforms;
  /**
   * Average CPU utilization expected, in (0, 1], tagged for the utilization rules.
   * @default `scaling.targetCpuUtilization`: the autoscalers hold the pool there
   */
  expectedUtilization?: number;
  /**
   * Boot script (shell or `#cloud-config`) of every instance; on Kubernetes the container's
   * command (`/bin/sh -c`). At most 16 KB; checked (size, `#cloud-config` where no cloud-init
   * runs) when it is a plain string.
   * @default none
   */
  userData?: pulumi.Input<string>;
  /** Kubernetes members. @default the unit's official image in "default" */
  kubernetes?: PoolKubernetes;
  /**
   * Spot capacity: the share of instances above an on-demand base that run on spot. AWS members
   * use a mixed instances policy (price-capacity-optimized, several instance types); Azure and
   * GCP members a second scale set or instance group of Spot VMs beside the regular one;
   * Kubernetes members a second Deployment on spot nodes (`kubernetes.spotNodes`). Members are
   * placed by spot price, and the catalog must have a spot price for each member's type and region.
   * @default { spotPercent: 0, onDemandBase: 0 }: every instance on-demand
   */
  capacity?: PoolCapacity;
}

/** A member as placed and sized, known when the program runs. */
export interface PoolMemberPlan {
  cloud: Cloud;
  region: string;
  instanceType: string;
  weight: number;
  min: number;
  desired: number;
  max: number;
  /** The member's spot share (its part of the on-demand base); absent when every instance is on-demand. */
  spot?: SpotDistribution;
  /** The member's cost (instances and load balancer) at min, desired and max. */
  cost: MemberCost;
}

/** A member with its endpoint, once deployed. */
export interface PoolMember {
  cloud: Cloud;
  region: string;
  instanceType: string;
  min: number;
  desired: number;
  max: number;
  /** Host name or IP address of the member's load balancer. */
  endpoint: string;
}

export type { AwsPoolMember, AwsPoolTransforms, Route53Resources } from "./aws";
export type { AzurePoolMember, AzurePoolTransforms, TrafficManagerResources } from "./azure";
export type { AtCapacity, MemberCost, PoolCostFigures } from "./cost";
export type { CloudDnsResources, GcpPoolMember, GcpPoolTransforms } from "./gcp";
export type { KubernetesPoolMember, KubernetesPoolTransforms } from "./kubernetes";

const TYPE = "lepton-multicloud:index:BalancedPool";

/** Fields read while the program runs, and why each must be a plain value, in the field's terms. */
const PLAIN: Partial<Record<keyof BalancedPoolArgs, string>> = {
  unit: "placement reads the unit to choose each member's instance type",
  placements: "placement reads them to decide the members",
  spread: "placement reads it to choose the members' regions",
  scaling: "the pool's capacity is split across the members by weight when the program runs",
  port: "it is checked and written into every member's load balancer, health check and firewall rules",
  protocol: "it decides which load balancer each member gets",
  healthCheck: "it is checked against the protocol and each cloud's limits",
  ingress: "each rule is checked (SSH or RDP open to the internet is refused) and becomes firewall rules",
  publicIp: "it decides whether the instances get addresses",
  tags: "tags are checked and rewritten for each member's cloud",
  expectedUtilization:
    "it is checked and written into the lepton:expected-utilization tag the cost rules read during preview",
};

const BACKENDS: Record<Cloud, PoolBackend> = {
  aws: awsPoolBackend,
  azure: azurePoolBackend,
  gcp: gcpPoolBackend,
  kubernetes: kubernetesPoolBackend,
};

const DNS_BACKENDS: Record<PoolDns["provider"], DnsBackend> = {
  aws: route53Dns,
  azure: trafficManagerDns,
  gcp: cloudDns,
};

/**
 * One autoscaled, load-balanced pool spread across clouds by weight: each member is a native
 * autoscaling group behind its own load balancer (AWS Auto Scaling group + ALB/NLB, Azure scale
 * set + Standard Load Balancer, GCP regional managed instance group + passthrough Network Load
 * Balancer, Kubernetes Deployment + HorizontalPodAutoscaler + LoadBalancer Service), and
 * optional weighted DNS with health checks sends clients to the healthy members, so the pool
 * keeps serving when a cloud or a region fails.
 *
 * The capacity is split across members by weight (largest remainder); each member's autoscaler
 * holds its share between its min and max at the target CPU utilization. Instance types come
 * from placement (the cheapest that fits the unit in each region) unless pinned, and the cost at
 * min, desired and max is priced by the same engine that prices the raw resources.
 *
 * With `capacity`, a share of the instances above an on-demand base runs on spot capacity (a
 * mixed instances policy on AWS, a second Spot scale set or SPOT instance group on Azure and GCP,
 * a second Deployment on spot nodes on Kubernetes), and the cost blends on-demand and spot prices.
 *
 * @example
 * const pool = new BalancedPool("web", {
 *   unit: { vcpus: 2, memoryGiB: 8 },
 *   placements: [
 *     { cloud: "aws", region: "us-east-1", weight: 2 },
 *     { cloud: "gcp", region: "europe-west1", weight: 1 },
 *     { cloud: "azure", region: "westeurope", weight: 1 },
 *   ],
 *   scaling: { min: 4, max: 12, targetCpuUtilization: 0.6 },
 *   healthCheck: { path: "/healthz" },
 *   dns: { provider: "aws", zone: "example.com", name: "www.example.com" },
 *   userData: "#!/bin/sh\napt-get update && apt-get install -y nginx",
 * });
 * export const endpoints = pool.endpoints;
 * export const monthly = pool.monthlyUsd;
 */
export class BalancedPool extends pulumi.ComponentResource {
  /** The members as placed and sized, with their costs (known when the program runs). */
  readonly plan: readonly PoolMemberPlan[];
  /** The pool's cost at min, desired and max, and what the figures leave out. */
  readonly cost: PoolCostFigures;
  /** Members with their load balancers' endpoints. */
  readonly members: pulumi.Output<PoolMember[]>;
  /** Each member's load balancer endpoint (host name or IP), in member order. */
  readonly endpoints: pulumi.Output<string[]>;
  /** USD per hour at min, desired and max capacity. */
  readonly hourlyUsd: pulumi.Output<{ min: number; desired: number; max: number }>;
  /** USD per month (730 h) at min, desired and max capacity. */
  readonly monthlyUsd: pulumi.Output<{ min: number; desired: number; max: number }>;
  /** The weighted DNS name; undefined without `dns`. */
  readonly dnsName: pulumi.Output<string | undefined>;
  /** The AWS members' children (launch template, group, scaling policy, load balancer …). */
  readonly aws: AwsPoolMember[];
  /** The Azure members' children (scale set, load balancer, autoscale setting, NSG …). */
  readonly azure: AzurePoolMember[];
  /** The GCP members' children (template, instance group manager, autoscaler, backend service …). */
  readonly gcp: GcpPoolMember[];
  /** The Kubernetes members' children (Deployment, HPA, Service, PodDisruptionBudget). */
  readonly kubernetes: KubernetesPoolMember[];
  /** The weighted DNS children, when `dns` is set. */
  readonly dns?: Route53Resources | TrafficManagerResources | CloudDnsResources;

  constructor(name: string, args: BalancedPoolArgs, opts: pulumi.ComponentResourceOptions = {}) {
    // Every check, placement and the capacity split happen first: on an error nothing is registered.
    // Providers and transforms are passed through to the children, not read: they may hold Outputs.
    if (typeof args === "object" && args !== null) {
      for (const [field, why] of Object.entries(PLAIN))
        assertPlain(args[field as keyof BalancedPoolArgs], `args.${field}`, why);
      // The DNS provider and names decide the records; the zone's resource group may be an Output.
      if (args.dns && typeof args.dns === "object")
        for (const [field, value] of Object.entries(args.dns))
          if (field !== "resourceGroupName")
            assertPlain(
              value,
              `args.dns.${field}`,
              "the DNS provider and names decide which records are created",
            );
      assertPlain(
        args.kubernetes,
        "args.kubernetes",
        "which Kubernetes settings are given is read",
        new Set(),
        0,
      );
      assertNetworkShape(args.network, "args.network");
    }
    const { settings, members, names } = planPool(name, args, { type: TYPE, parent: opts.parent }, BACKENDS);
    if (settings.dns) {
      const dnsIssues = DNS_BACKENDS[settings.dns.provider].check(
        settings,
        members.map((plan) => ({ plan, kind: BACKENDS[plan.cloud].endpointKind })),
      );
      throwIfIssues(dnsIssues, `BalancedPool "${name}" dns`);
    }
    throwIfIssues(claimChildNames(name, names.claims), `BalancedPool "${name}" name`);
    // The engine (and the policy pack) sees the plain arguments, with the resolved expected
    // utilization and the pool's capacity; providers and transforms stay out (resources, functions).
    const { providers: _providers, transform: _transform, ...plainArgs } = args;
    const total = (k: "min" | "desired" | "max") => members.reduce((s, m) => s + m.capacity[k], 0);
    super(
      TYPE,
      name,
      {
        ...plainArgs,
        expectedUtilization: args.expectedUtilization ?? settings.targetCpuUtilization,
        // The resolved spot share beside the pool's size, for the spot rules.
        capacity: {
          ...settings.capacity,
          min: total("min"),
          desired: total("desired"),
          max: total("max"),
        },
        placed: members.map((m) => ({
          cloud: m.cloud,
          region: m.region,
          instanceType: m.instanceType,
          desired: m.capacity.desired,
        })),
        ...normalizedInput(names.normalized),
      },
      opts,
    );

    const costs = members.map((m) => memberCost(BACKENDS[m.cloud], settings, m));
    this.cost = poolCost(costs, [
      ...(settings.dns
        ? ["weighted DNS (records, health checks, Traffic Manager queries) is not priced"]
        : []),
      ...(settings.publicIp ? ["the instances' public IPv4 addresses are not priced"] : []),
    ]);
    this.plan = members.map((m, i) => ({
      cloud: m.cloud,
      region: m.region,
      instanceType: m.instanceType,
      weight: m.weight,
      ...m.capacity,
      ...(m.spot ? { spot: m.spot } : {}),
      cost: costs[i],
    }));
    for (const [i, m] of members.entries()) {
      reportCost(this, {
        componentType: TYPE,
        name: `${name}/${m.key}`,
        cloud: m.cloud,
        region: m.region,
        monthlyUsd: costs[i].monthlyUsd.desired,
        minMonthlyUsd: costs[i].monthlyUsd.min,
        maxMonthlyUsd: costs[i].monthlyUsd.max,
        ...(m.spot ? { spotMonthlyUsd: costs[i].spotMonthlyUsd.desired } : {}),
        unit: settings.unit,
        count: m.capacity.desired,
        instanceType: m.instanceType,
      });
    }

    const byCloud: Record<Cloud, object[]> = { aws: [], azure: [], gcp: [], kubernetes: [] };
    const built: { plan: MemberPlan; endpoint: MemberEndpoint }[] = [];
    for (const m of members) {
      const out = BACKENDS[m.cloud].build({ parent: this, settings, member: m });
      built.push({ plan: m, endpoint: out.endpoint });
      byCloud[m.cloud].push(out.resources);
    }
    this.aws = byCloud.aws as AwsPoolMember[];
    this.azure = byCloud.azure as AzurePoolMember[];
    this.gcp = byCloud.gcp as GcpPoolMember[];
    this.kubernetes = byCloud.kubernetes as KubernetesPoolMember[];
    if (settings.dns) {
      const dns = DNS_BACKENDS[settings.dns.provider].build(this, settings, built);
      this.dnsName = dns.fqdn;
      this.dns = dns.resources as Route53Resources | TrafficManagerResources | CloudDnsResources;
    } else {
      this.dnsName = pulumi.output(undefined);
    }

    this.endpoints = pulumi.all(built.map((b) => b.endpoint.address));
    this.members = this.endpoints.apply((addresses) =>
      members.map((m, i) => ({
        cloud: m.cloud,
        region: m.region,
        instanceType: m.instanceType,
        ...m.capacity,
        endpoint: addresses[i],
      })),
    );
    this.hourlyUsd = pulumi.output(this.cost.hourlyUsd);
    this.monthlyUsd = pulumi.output(this.cost.monthlyUsd);
    this.registerOutputs({
      members: this.members,
      endpoints: this.endpoints,
      hourlyUsd: this.hourlyUsd,
      monthlyUsd: this.monthlyUsd,
      dnsName: this.dnsName,
    });
  }
}
