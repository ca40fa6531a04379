import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { createHash } from "node:crypto";
import {
  AUTONAME_SUFFIX,
  AWS_SG_DESCRIPTION,
  checkChildNames,
  NAME_RULES,
  type Normalization,
} from "../../sdk/names";
import { place } from "../../sdk/placement/place";
import { normalizeTags, TAGS } from "../../sdk/tags";
import { awsAmiId } from "../shared/images";
import { awsIngressRules } from "../shared/ingress";
import { awsNetwork } from "../shared/network";
import { child, type Transform } from "../shared/transform";
import { base64UserData } from "../shared/user-data";
import type {
  DnsBackend,
  MemberContext,
  MemberEndpoint,
  MemberPlan,
  PoolBackend,
  PoolSettings,
  PricedInput,
} from "./backend";
import { childOptions, regionalNetworkIssues } from "./child";

/** Escape hatches for the AWS children of each member, and for Route 53 records. */
export interface AwsPoolTransforms {
  /** The instances' security group. */
  securityGroup?: Transform<aws.ec2.SecurityGroupArgs>;
  /** The load balancer's security group. */
  loadBalancerSecurityGroup?: Transform<aws.ec2.SecurityGroupArgs>;
  launchTemplate?: Transform<aws.ec2.LaunchTemplateArgs>;
  autoScalingGroup?: Transform<aws.autoscaling.GroupArgs>;
  scalingPolicy?: Transform<aws.autoscaling.PolicyArgs>;
  loadBalancer?: Transform<aws.lb.LoadBalancerArgs>;
  targetGroup?: Transform<aws.lb.TargetGroupArgs>;
  listener?: Transform<aws.lb.ListenerArgs>;
  /** Route 53 weighted records (when `dns.provider` is `aws`). */
  route53Record?: Transform<aws.route53.RecordArgs>;
  /** Route 53 health checks of members reached by IP. */
  route53HealthCheck?: Transform<aws.route53.HealthCheckArgs>;
}

/** The children of one AWS member. */
export interface AwsPoolMember {
  region: string;
  securityGroup: aws.ec2.SecurityGroup;
  loadBalancerSecurityGroup: aws.ec2.SecurityGroup;
  launchTemplate: aws.ec2.LaunchTemplate;
  autoScalingGroup: aws.autoscaling.Group;
  scalingPolicy: aws.autoscaling.Policy;
  /** An ALB for `http`, an NLB for `tcp`. */
  loadBalancer: aws.lb.LoadBalancer;
  targetGroup: aws.lb.TargetGroup;
  listener: aws.lb.Listener;
}

/** The root device of each publisher's AMIs: the launch template's encrypted volume must replace it, not add one. */
const ROOT_DEVICE: Record<PoolSettings["unit"]["image"], string> = {
  "ubuntu-22.04": "/dev/sda1",
  "ubuntu-24.04": "/dev/sda1",
  "debian-12": "/dev/xvda",
};

/** The group's tags: the member's, plus the instance type the cost engine reads when the launch template is out of reach. */
function groupTags(member: MemberPlan): { key: string; value: string; propagateAtLaunch: boolean }[] {
  const tags = { ...member.tags, ...normalizeTags("aws", { [TAGS.instanceType]: member.instanceType }) };
  // Instances and volumes are tagged by the launch template; the group's own tags stay on the group.
  return Object.entries(tags).map(([key, value]) => ({ key, value, propagateAtLaunch: false }));
}

/** Most instance types a spot member's group may launch: enough that one type's shortage does not stop it. */
const MAX_SPOT_TYPES = 4;

/**
 * The types a spot member's group may launch, the member's own first: the cheapest others (by spot
 * price) in its region that fit the unit. Only the member's type when the user pinned it.
 */
export function spotInstanceTypes(settings: PoolSettings, member: MemberPlan): string[] {
  if (member.pinnedType) return [member.instanceType];
  let others: string[] = [];
  try {
    const p = place(
      settings.unit,
      { cloud: "aws", region: member.region, priceBy: "spot", alternatives: MAX_SPOT_TYPES + 2 },
      settings.catalog,
    );
    others = [p.instanceType, ...p.alternatives.map((a) => a.instanceType)];
  } catch {
    // Only the member's own type fits with a spot price (a locked type placement would not pick today).
  }
  return [member.instanceType, ...others.filter((t) => t !== member.instanceType)].slice(0, MAX_SPOT_TYPES);
}

/** A mixed instances policy's distribution for the member's spot share, in EC2 Auto Scaling's terms. */
function instancesDistribution(member: MemberPlan) {
  return {
    onDemandBaseCapacity: member.spot!.onDemandBase,
    onDemandPercentageAboveBaseCapacity: 100 - member.spot!.spotPercent,
    // Spot capacity from the pools least likely to be interrupted, among the cheapest.
    spotAllocationStrategy: "price-capacity-optimized",
    onDemandAllocationStrategy: "prioritized",
  };
}

function groupPricing(member: MemberPlan, count: number): PricedInput {
  return {
    type: "aws:autoscaling/group:Group",
    props: {
      region: member.region,
      minSize: member.capacity.min,
      maxSize: member.capacity.max,
      desiredCapacity: count,
      // The engine prices the first override type: the member's own.
      ...(member.spot
        ? {
            mixedInstancesPolicy: {
              instancesDistribution: instancesDistribution(member),
              launchTemplate: { overrides: [{ instanceType: member.instanceType }] },
            },
          }
        : {}),
      tags: groupTags(member),
    },
  };
}

const lbType = (settings: PoolSettings) => (settings.protocol === "http" ? "application" : "network");

/** Longest logical name of a load balancer or target group: their names stop at 32, autonaming adds 8. */
const ELB_LOGICAL_MAX = NAME_RULES["aws:lb/targetGroup:TargetGroup"].max - AUTONAME_SUFFIX.aws;

/**
 * The logical name of a member's load balancer (`lb`) or target group (`tg`): `<pool>-<member>-<suffix>`
 * when that fits AWS's 32 characters with autonaming's 8; else the pool name's start, a hash of
 * pool and member (so names stay distinct) and the suffix. A name that long never deployed (the
 * provider refuses it at preview), so shortening it moves no running resource.
 */
export function elbLogicalName(pool: string, memberKey: string, suffix: "lb" | "tg"): string {
  const full = `${pool}-${memberKey}-${suffix}`;
  if (full.length <= ELB_LOGICAL_MAX) return full;
  const hash = createHash("sha256").update(`${pool}/${memberKey}`).digest("hex").slice(0, 6);
  const head = pool.slice(0, ELB_LOGICAL_MAX - suffix.length - hash.length - 2).replace(/-+$/, "");
  return `${head}-${hash}-${suffix}`;
}

/** The security groups' descriptions, which carry the pool's name. */
const sgDescriptions = (pool: string, key: string) => [
  `Load balancer of ${pool} (${key})`,
  `Instances of ${pool} (${key})`,
];

function build(ctx: MemberContext): {
  endpoint: MemberEndpoint;
  resources: AwsPoolMember;
} {
  const { parent, settings, member } = ctx;
  const t = settings.transform.aws ?? {};
  const opts = childOptions(parent, settings.providers, "aws");
  const region = member.region;
  const n = (suffix: string) => `${settings.name}-${member.key}-${suffix}`;
  const tags = { ...member.tags, Name: `${settings.name}-${member.key}` };
  const http = settings.protocol === "http";
  const { port } = settings;
  const { vpcId, subnetIds } = awsNetwork(region, settings.network.aws, opts);

  const [lbDescription, description] = sgDescriptions(settings.name, member.key);
  const lbSg = child(
    aws.ec2.SecurityGroup,
    n("lb-sg"),
    { region, vpcId, description: lbDescription, tags },
    opts,
    t.loadBalancerSecurityGroup,
  );
  const sg = child(
    aws.ec2.SecurityGroup,
    n("sg"),
    { region, vpcId, description, tags },
    opts,
    t.securityGroup,
  );
  const rule = (suffix: string, args: Omit<aws.vpc.SecurityGroupIngressRuleArgs, "region">) =>
    new aws.vpc.SecurityGroupIngressRule(n(suffix), { region, tags, ...args }, opts);
  // Clients reach the load balancer on the pool's port; only the load balancer reaches the instances.
  rule("lb-in", {
    securityGroupId: lbSg.id,
    ipProtocol: "tcp",
    fromPort: port,
    toPort: port,
    cidrIpv4: "0.0.0.0/0",
  });
  new aws.vpc.SecurityGroupEgressRule(
    n("lb-out"),
    {
      region,
      tags,
      securityGroupId: lbSg.id,
      ipProtocol: "tcp",
      fromPort: port,
      toPort: port,
      referencedSecurityGroupId: sg.id,
    },
    opts,
  );
  rule("in-lb", {
    securityGroupId: sg.id,
    ipProtocol: "tcp",
    fromPort: port,
    toPort: port,
    referencedSecurityGroupId: lbSg.id,
  });
  awsIngressRules(settings.ingress).forEach((r, i) => rule(`in-${i}`, { securityGroupId: sg.id, ...r }));
  // Instances fetch packages and updates, through their public IP or the network's NAT.
  new aws.vpc.SecurityGroupEgressRule(
    n("out"),
    { region, tags, securityGroupId: sg.id, ipProtocol: "-1", cidrIpv4: "0.0.0.0/0" },
    opts,
  );

  const { unit } = settings;
  const launchTemplate = child(
    aws.ec2.LaunchTemplate,
    n("lt"),
    {
      region,
      imageId: awsAmiId(unit.image, unit.arch, region, settings.providers.aws),
      instanceType: member.instanceType,
      // A public address needs an explicit interface, which then carries the security group.
      ...(settings.publicIp
        ? {
            networkInterfaces: [
              {
                deviceIndex: 0,
                associatePublicIpAddress: "true",
                deleteOnTermination: "true",
                securityGroups: [sg.id],
              },
            ],
          }
        : { vpcSecurityGroupIds: [sg.id] }),
      metadataOptions: { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 1 },
      blockDeviceMappings: [
        {
          deviceName: ROOT_DEVICE[unit.image],
          ebs: {
            volumeSize: unit.diskGiB,
            volumeType: "gp3",
            encrypted: "true",
            deleteOnTermination: "true",
          },
        },
      ],
      ...(settings.userData !== undefined
        ? { userData: pulumi.output(settings.userData).apply(base64UserData) }
        : {}),
      tagSpecifications: [
        { resourceType: "instance", tags },
        { resourceType: "volume", tags },
      ],
      updateDefaultVersion: true,
      tags,
    },
    opts,
    t.launchTemplate,
  );

  const loadBalancer = child(
    aws.lb.LoadBalancer,
    elbLogicalName(settings.name, member.key, "lb"),
    {
      region,
      loadBalancerType: lbType(settings),
      internal: false,
      subnets: subnetIds,
      securityGroups: [lbSg.id],
      ...(http ? { dropInvalidHeaderFields: true } : {}),
      tags,
    },
    opts,
    t.loadBalancer,
  );
  const targetGroup = child(
    aws.lb.TargetGroup,
    elbLogicalName(settings.name, member.key, "tg"),
    {
      region,
      vpcId,
      port,
      protocol: http ? "HTTP" : "TCP",
      targetType: "instance",
      deregistrationDelay: 30,
      healthCheck: {
        protocol: http ? "HTTP" : "TCP",
        port: "traffic-port",
        interval: settings.healthCheck.intervalSeconds,
        healthyThreshold: 3,
        unhealthyThreshold: 3,
        ...(http ? { path: settings.healthCheck.path, matcher: "200-399" } : {}),
      },
      tags,
    },
    opts,
    t.targetGroup,
  );
  const listener = child(
    aws.lb.Listener,
    n("listener"),
    {
      region,
      loadBalancerArn: loadBalancer.arn,
      port,
      protocol: http ? "HTTP" : "TCP",
      defaultActions: [{ type: "forward", targetGroupArn: targetGroup.arn }],
      tags,
    },
    opts,
    t.listener,
  );

  const autoScalingGroup = child(
    aws.autoscaling.Group,
    n("asg"),
    {
      region,
      minSize: member.capacity.min,
      maxSize: member.capacity.max,
      desiredCapacity: member.capacity.desired,
      vpcZoneIdentifiers: subnetIds,
      // A new template version changes the group, which starts a rolling instance refresh.
      ...(member.spot
        ? {
            mixedInstancesPolicy: {
              instancesDistribution: instancesDistribution(member),
              launchTemplate: {
                launchTemplateSpecification: {
                  launchTemplateId: launchTemplate.id,
                  version: launchTemplate.latestVersion.apply(String),
                },
                overrides: spotInstanceTypes(settings, member).map((instanceType) => ({ instanceType })),
              },
            },
            // Replaces a spot instance at elevated risk of interruption before it is taken back.
            capacityRebalance: true,
          }
        : { launchTemplate: { id: launchTemplate.id, version: launchTemplate.latestVersion.apply(String) } }),
      targetGroupArns: [targetGroup.arn],
      healthCheckType: "ELB",
      healthCheckGracePeriod: settings.cooldownSeconds,
      defaultInstanceWarmup: settings.cooldownSeconds,
      instanceRefresh: { strategy: "Rolling", preferences: { minHealthyPercentage: 90 } },
      tags: groupTags(member),
    },
    // The scaling policy owns the running size after creation.
    { ...opts, ignoreChanges: ["desiredCapacity"] },
    t.autoScalingGroup,
  );
  const scalingPolicy = child(
    aws.autoscaling.Policy,
    n("cpu"),
    {
      region,
      autoscalingGroupName: autoScalingGroup.name,
      policyType: "TargetTrackingScaling",
      targetTrackingConfiguration: {
        predefinedMetricSpecification: { predefinedMetricType: "ASGAverageCPUUtilization" },
        // Target tracking takes percent.
        targetValue: Math.round(settings.targetCpuUtilization * 1000) / 10,
      },
    },
    opts,
    t.scalingPolicy,
  );

  return {
    endpoint: {
      address: loadBalancer.dnsName,
      kind: "hostname",
      awsAlias: { name: loadBalancer.dnsName, zoneId: loadBalancer.zoneId },
    },
    resources: {
      region,
      securityGroup: sg,
      loadBalancerSecurityGroup: lbSg,
      launchTemplate,
      autoScalingGroup,
      scalingPolicy,
      loadBalancer,
      targetGroup,
      listener,
    },
  };
}

/** Checks the members' children's names; records load balancer and target group names shortened to fit. */
function names(settings: PoolSettings, members: MemberPlan[]) {
  const pool = settings.name;
  const normalized: Normalization[] = [];
  const issues = members.flatMap((m) => {
    const n = (suffix: string) => `${pool}-${m.key}-${suffix}`;
    const elb = (["lb", "tg"] as const).map((suffix) => {
      const logical = elbLogicalName(pool, m.key, suffix);
      if (logical !== n(suffix))
        normalized.push({
          cloud: "aws",
          field: "name",
          kind: "resource names",
          original: n(suffix),
          normalized: logical,
          reason: `AWS ${suffix === "lb" ? "load balancer" : "target group"} names stop at 32 characters with the 8 Pulumi appends: the pool name's start and a hash of pool and member (the Name tag keeps ${pool}-${m.key})`,
        });
      return logical;
    });
    return checkChildNames(pool, [
      { type: "aws:ec2/securityGroup:SecurityGroup", name: n("lb-sg") },
      { type: "aws:ec2/securityGroup:SecurityGroup", name: n("sg") },
      ...sgDescriptions(pool, m.key).map((d) => ({ rule: AWS_SG_DESCRIPTION, name: d, explicit: true })),
      { type: "aws:ec2/launchTemplate:LaunchTemplate", name: n("lt") },
      { type: "aws:lb/loadBalancer:LoadBalancer", name: elb[0] },
      { type: "aws:lb/targetGroup:TargetGroup", name: elb[1] },
      { type: "aws:autoscaling/group:Group", name: n("asg") },
      { type: "aws:autoscaling/policy:Policy", name: n("cpu") },
    ]);
  });
  return { issues, normalized, claims: [] };
}

export const awsPoolBackend: PoolBackend<AwsPoolMember> = {
  endpointKind: "hostname",
  names,
  check: (settings, members) => regionalNetworkIssues(members, settings.network.aws, "network.aws", "a VPC"),
  pricing: (settings, member, count) => ({
    groups: [groupPricing(member, count)],
    fixed: [
      {
        type: "aws:lb/loadBalancer:LoadBalancer",
        props: { region: member.region, loadBalancerType: lbType(settings) },
      },
    ],
    ...(member.spot && !member.pinnedType
      ? {
          notes: [
            "the group may launch any of its override types; priced as the member's own type (the first override)",
          ],
        }
      : {}),
  }),
  build,
};

/** The children of Route 53 weighted DNS. */
export interface Route53Resources {
  /** One weighted record per member, in member order. */
  records: aws.route53.Record[];
  /** Health checks of members reached by IP (AWS members are aliases that evaluate their load balancer's health). */
  healthChecks: aws.route53.HealthCheck[];
}

/** Route 53 takes whole weights from 0 to 255. */
export const route53Dns: DnsBackend<Route53Resources> = {
  check: (_settings, members) =>
    members
      .filter(({ plan }) => !Number.isInteger(plan.weight) || plan.weight > 255)
      .map(({ plan }) => ({
        path: `placements[${plan.index}].weight`,
        value: plan.weight,
        expected: "Route 53 weights are whole numbers from 1 to 255: scale the weights to whole numbers",
      })),
  build(parent, settings, members) {
    const dns = settings.dns!;
    const t = settings.transform.aws ?? {};
    const opts = childOptions(parent, settings.providers, "aws");
    const tags = settings.tagsFor("aws");
    const zoneId = /^Z[A-Z0-9]{4,}$/.test(dns.zone)
      ? pulumi.output(dns.zone)
      : aws.route53.getZoneOutput({ name: dns.zone, privateZone: false }, opts).zoneId;
    const healthChecks: aws.route53.HealthCheck[] = [];
    const records = members.map(({ plan, endpoint }) => {
      const common = {
        zoneId,
        name: dns.name,
        type: "A",
        setIdentifier: plan.key,
        weightedRoutingPolicies: [{ weight: plan.weight }],
      };
      if (endpoint.awsAlias) {
        return child(
          aws.route53.Record,
          `${settings.name}-${plan.key}-dns`,
          { ...common, aliases: [{ ...endpoint.awsAlias, evaluateTargetHealth: true }] },
          opts,
          t.route53Record,
        );
      }
      const http = settings.protocol === "http";
      const check = child(
        aws.route53.HealthCheck,
        `${settings.name}-${plan.key}-health`,
        {
          type: http ? "HTTP" : "TCP",
          ipAddress: endpoint.address,
          port: settings.port,
          ...(http ? { resourcePath: settings.healthCheck.path } : {}),
          // Route 53 checks every 10 or 30 seconds only.
          requestInterval: settings.healthCheck.intervalSeconds < 30 ? 10 : 30,
          failureThreshold: 3,
          tags: { ...tags, Name: `${settings.name}-${plan.key}` },
        },
        opts,
        t.route53HealthCheck,
      );
      healthChecks.push(check);
      return child(
        aws.route53.Record,
        `${settings.name}-${plan.key}-dns`,
        { ...common, ttl: dns.ttl, records: [endpoint.address], healthCheckId: check.id },
        opts,
        t.route53Record,
      );
    });
    return { fqdn: pulumi.output(dns.name), resources: { records, healthChecks } };
  },
};
