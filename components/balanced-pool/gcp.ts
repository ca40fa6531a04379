import * as gcp from "@pulumi/gcp";
import * as pulumi from "@pulumi/pulumi";
import type { Issue } from "../../sdk/errors";
import { NAME_RULES } from "../../sdk/names";
import type { Capacity } from "../../sdk/placement/split";
import { normalizeTags, TAGS } from "../../sdk/tags";
import { gcpImage, gcpImageRunsCloudInit } from "../shared/images";
import { gcpFirewallRules } from "../shared/ingress";
import { child, type Transform } from "../shared/transform";
import { gcpUserDataMetadata } from "../shared/user-data";
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
import { countsAt, memberParts } from "./spot";

/** Escape hatches for the GCP children of each member, and for Cloud DNS. */
export interface GcpPoolTransforms {
  /** The member's VPC network (unless `network.gcp.network` is given). */
  network?: Transform<gcp.compute.NetworkArgs>;
  /** The member's subnetwork (unless `network.gcp.network` is given). */
  subnetwork?: Transform<gcp.compute.SubnetworkArgs>;
  /** The firewall rule that lets clients (and health checks) reach the pool's port. */
  firewall?: Transform<gcp.compute.FirewallArgs>;
  instanceTemplate?: Transform<gcp.compute.RegionInstanceTemplateArgs>;
  instanceGroupManager?: Transform<gcp.compute.RegionInstanceGroupManagerArgs>;
  autoscaler?: Transform<gcp.compute.RegionAutoscalerArgs>;
  healthCheck?: Transform<gcp.compute.RegionHealthCheckArgs>;
  backendService?: Transform<gcp.compute.RegionBackendServiceArgs>;
  forwardingRule?: Transform<gcp.compute.ForwardingRuleArgs>;
  /** The Cloud DNS weighted record set (when `dns.provider` is `gcp`). */
  dnsRecordSet?: Transform<gcp.dns.RecordSetArgs>;
  /** The global health check Cloud DNS probes the members with. */
  dnsHealthCheck?: Transform<gcp.compute.HealthCheckArgs>;
}

/** The children of one GCP member. */
export interface GcpPoolMember {
  region: string;
  /** Undefined when `network.gcp.network` is given. */
  network?: gcp.compute.Network;
  subnetwork?: gcp.compute.Subnetwork;
  firewalls: gcp.compute.Firewall[];
  /** The on-demand template, group and autoscaler, or the spot ones when the member runs only spot. */
  instanceTemplate: gcp.compute.RegionInstanceTemplate;
  instanceGroupManager: gcp.compute.RegionInstanceGroupManager;
  autoscaler: gcp.compute.RegionAutoscaler;
  /** The SPOT template, group and autoscaler, when the member has a spot share (may be the ones above). */
  spotInstanceTemplate?: gcp.compute.RegionInstanceTemplate;
  spotInstanceGroupManager?: gcp.compute.RegionInstanceGroupManager;
  spotAutoscaler?: gcp.compute.RegionAutoscaler;
  healthCheck: gcp.compute.RegionHealthCheck;
  backendService: gcp.compute.RegionBackendService;
  forwardingRule: gcp.compute.ForwardingRule;
}

/** Longest child-name suffix below plus the 8 characters Pulumi appends; GCP names stop at 63. */
const NAME_OVERHEAD = "-autoscaler".length + 8;
/** The same with a spot share, whose children end in `-spot`. */
const SPOT_NAME_OVERHEAD = "-autoscaler-spot".length + 8;

/** An on-demand (STANDARD) or spot (SPOT) instance group of a member. */
type Model = "standard" | "spot";

/**
 * What makes a template's instances Spot VMs: no automatic restart, no live migration, and a
 * preempted instance is deleted (the group recreates it when capacity returns; a stopped one
 * would keep billing its disk).
 */
const SPOT_SCHEDULING = {
  provisioningModel: "SPOT",
  preemptible: true,
  automaticRestart: false,
  onHostMaintenance: "TERMINATE",
  instanceTerminationAction: "DELETE",
} as const;

/**
 * The member's instance groups and their capacities: STANDARD for the on-demand part, SPOT for the
 * spot part (a managed instance group runs one provisioning model, so a base that must stay
 * on-demand gets a group of its own). A part that never runs is left out.
 */
function groupParts(member: MemberPlan): { model: Model; capacity: Capacity }[] {
  const parts = memberParts(member);
  return [
    ...(!member.spot || parts.onDemand.max > 0
      ? [{ model: "standard" as const, capacity: parts.onDemand }]
      : []),
    ...(member.spot && parts.spot.max > 0 ? [{ model: "spot" as const, capacity: parts.spot }] : []),
  ];
}
const GCP_NAME = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

/** A group's labels for the cost engine: machine type and capacity range (the autoscaler holds the size). */
function groupLabels(member: MemberPlan, capacity: Capacity): Record<string, string> {
  return normalizeTags("gcp", {
    [TAGS.instanceType]: member.instanceType,
    [TAGS.capacityMin]: String(capacity.min),
    [TAGS.capacityMax]: String(capacity.max),
  });
}

/** The member's groups as the engine prices them, holding `count` instances between them. */
function groupPricing(member: MemberPlan, count: number): PricedInput[] {
  const at = countsAt(member, count);
  return groupParts(member).map(({ model, capacity }) => ({
    type: "gcp:compute/regionInstanceGroupManager:RegionInstanceGroupManager",
    props: {
      region: member.region,
      targetSize: model === "spot" ? at.spot : at.onDemand,
      allInstancesConfig: { labels: groupLabels(member, capacity) },
      // The engine reads the provisioning model from the group's template.
      ...(model === "spot" ? { versions: [{ instanceTemplate: "template" }] } : {}),
    },
    ...(model === "spot"
      ? {
          references: {
            "versions.0.instanceTemplate": {
              type: "gcp:compute/regionInstanceTemplate:RegionInstanceTemplate",
              props: { machineType: member.instanceType, scheduling: SPOT_SCHEDULING },
            },
          },
        }
      : {}),
  }));
}

function build(ctx: MemberContext): { endpoint: MemberEndpoint; resources: GcpPoolMember } {
  const { parent, settings, member } = ctx;
  const t = settings.transform.gcp ?? {};
  const opts = childOptions(parent, settings.providers, "gcp");
  const region = member.region;
  const base = `${settings.name}-${member.key}`;
  const n = (suffix: string) => `${base}-${suffix}`;
  const labels = member.tags;
  const http = settings.protocol === "http";
  const { port, unit } = settings;
  const given = settings.network.gcp ?? {};
  // A network of the member's own: the project's `default` network comes with rules that open SSH and RDP.
  const ownNetwork = given.network
    ? undefined
    : child(
        gcp.compute.Network,
        n("net"),
        {
          autoCreateSubnetworks: false,
          routingMode: "REGIONAL",
          description: `${settings.name} (${member.key})`,
        },
        opts,
        t.network,
      );
  const ownSubnetwork = ownNetwork
    ? child(
        gcp.compute.Subnetwork,
        n("subnet"),
        { region, network: ownNetwork.id, ipCidrRange: "10.0.0.0/24", privateIpGoogleAccess: true },
        opts,
        t.subnetwork,
      )
    : undefined;
  const networkName = given.network ?? ownNetwork!.id;
  const subnetwork = given.subnetwork ?? ownSubnetwork?.id;

  // A passthrough load balancer keeps client addresses, so the port is open to all; this also admits Google's health checkers.
  const firewalls = [
    child(
      gcp.compute.Firewall,
      n("fw"),
      {
        network: networkName,
        direction: "INGRESS",
        allows: [{ protocol: "tcp", ports: [String(port)] }],
        sourceRanges: ["0.0.0.0/0"],
        targetTags: [base],
        description: `Clients and health checks to ${settings.name} (${member.key})`,
      },
      opts,
      t.firewall,
    ),
    ...gcpFirewallRules(settings.ingress).map((rule, i) =>
      child(
        gcp.compute.Firewall,
        n(`fw-${i}`),
        { network: networkName, direction: "INGRESS", targetTags: [base], ...rule },
        opts,
        t.firewall,
      ),
    ),
  ];

  const healthCheck = child(
    gcp.compute.RegionHealthCheck,
    n("hc"),
    {
      region,
      checkIntervalSec: settings.healthCheck.intervalSeconds,
      timeoutSec: 5,
      healthyThreshold: 2,
      unhealthyThreshold: 3,
      ...(http
        ? { httpHealthCheck: { port, requestPath: settings.healthCheck.path } }
        : { tcpHealthCheck: { port } }),
    },
    opts,
    t.healthCheck,
  );

  const catalogType = settings.catalog.instanceType("gcp", member.instanceType);
  const accelerator = catalogType?.accelerator;
  const groupOf = (model: Model, capacity: Capacity) => {
    const suffix = model === "spot" ? "-spot" : "";
    const instanceTemplate = child(
      gcp.compute.RegionInstanceTemplate,
      n(`tmpl${suffix}`),
      {
        region,
        // GPU entries of the catalog are a machine type plus attached accelerators.
        machineType: catalogType?.machineType ?? member.instanceType,
        disks: [
          {
            boot: true,
            autoDelete: true,
            sourceImage: gcpImage(unit.image, unit.arch),
            diskSizeGb: unit.diskGiB,
            diskType: unit.diskClass === "ssd" ? "pd-ssd" : "pd-balanced",
            labels,
          },
        ],
        networkInterfaces: [
          {
            network: networkName,
            ...(subnetwork ? { subnetwork } : {}),
            // An access config is a public address; without one the instance has none.
            ...(settings.publicIp ? { accessConfigs: [{ networkTier: "PREMIUM" }] } : {}),
          },
        ],
        // Where the script goes (user-data or startup-script) depends on what it is.
        metadata:
          settings.userData === undefined
            ? { "enable-oslogin": "TRUE" }
            : pulumi
                .output(settings.userData)
                .apply((script) => ({ "enable-oslogin": "TRUE", ...gcpUserDataMetadata(script) })),
        shieldedInstanceConfig: { enableSecureBoot: true, enableVtpm: true, enableIntegrityMonitoring: true },
        ...(accelerator
          ? {
              guestAccelerators: [{ type: accelerator.type, count: accelerator.count }],
              // Machines with GPUs cannot live-migrate.
              scheduling: { onHostMaintenance: "TERMINATE", automaticRestart: true },
            }
          : {}),
        ...(model === "spot" ? { scheduling: SPOT_SCHEDULING } : {}),
        labels,
        tags: [base],
      },
      opts,
      t.instanceTemplate,
    );

    const instanceGroupManager = child(
      gcp.compute.RegionInstanceGroupManager,
      n(`igm${suffix}`),
      {
        region,
        baseInstanceName:
          model === "spot"
            ? `${base.slice(0, 45).replace(/-+$/, "")}-spot`
            : base.slice(0, 50).replace(/-+$/, ""),
        versions: [{ name: "primary", instanceTemplate: instanceTemplate.selfLink }],
        // No targetSize: the autoscaler owns the size.
        namedPorts: [{ name: "traffic", port }],
        autoHealingPolicies: { healthCheck: healthCheck.id, initialDelaySec: settings.cooldownSeconds },
        // Regional groups surge by at least one instance per zone (four at most in any region).
        updatePolicy: {
          type: "PROACTIVE",
          minimalAction: "REPLACE",
          maxSurgeFixed: 4,
          maxUnavailableFixed: 0,
        },
        // Instances carry the cost-allocation labels and, for the cost engine, the group's type and range.
        allInstancesConfig: { labels: { ...labels, ...groupLabels(member, capacity) } },
        waitForInstances: false,
      },
      opts,
      t.instanceGroupManager,
    );

    const autoscaler = child(
      gcp.compute.RegionAutoscaler,
      n(`autoscaler${suffix}`),
      {
        region,
        target: instanceGroupManager.id,
        autoscalingPolicy: {
          minReplicas: capacity.min,
          maxReplicas: capacity.max,
          cooldownPeriod: settings.cooldownSeconds,
          mode: "ON",
          // Cloud Monitoring takes the target as a fraction.
          cpuUtilization: { target: settings.targetCpuUtilization },
        },
      },
      opts,
      t.autoscaler,
    );
    return { instanceTemplate, instanceGroupManager, autoscaler };
  };
  const groups = groupParts(member).map(({ model, capacity }) => ({ model, ...groupOf(model, capacity) }));
  const main = groups[0];
  const spot = groups.find((g) => g.model === "spot");

  const backendService = child(
    gcp.compute.RegionBackendService,
    n("bs"),
    {
      region,
      loadBalancingScheme: "EXTERNAL",
      protocol: "TCP",
      healthChecks: healthCheck.id,
      connectionDrainingTimeoutSec: 30,
      backends: groups.map((g) => ({
        group: g.instanceGroupManager.instanceGroup,
        balancingMode: "CONNECTION",
      })),
    },
    opts,
    t.backendService,
  );
  const forwardingRule = child(
    gcp.compute.ForwardingRule,
    n("fr"),
    {
      region,
      loadBalancingScheme: "EXTERNAL",
      ipProtocol: "TCP",
      portRange: String(port),
      backendService: backendService.id,
      networkTier: "PREMIUM",
      labels,
    },
    opts,
    t.forwardingRule,
  );

  return {
    endpoint: { address: forwardingRule.ipAddress, kind: "ip" },
    resources: {
      region,
      ...(ownNetwork ? { network: ownNetwork, subnetwork: ownSubnetwork } : {}),
      firewalls,
      instanceTemplate: main.instanceTemplate,
      instanceGroupManager: main.instanceGroupManager,
      autoscaler: main.autoscaler,
      ...(spot
        ? {
            spotInstanceTemplate: spot.instanceTemplate,
            spotInstanceGroupManager: spot.instanceGroupManager,
            spotAutoscaler: spot.autoscaler,
          }
        : {}),
      healthCheck,
      backendService,
      forwardingRule,
    },
  };
}

/** The pool's name is used as is in every GCP child's name, which GCP restricts to `[a-z]([-a-z0-9]*[a-z0-9])?` ≤ 63. */
function names(settings: PoolSettings, members: MemberPlan[]) {
  // A spot share adds a second group (or Deployment) with a longer suffix.
  const overhead = settings.capacity.spotPercent > 0 ? SPOT_NAME_OVERHEAD : NAME_OVERHEAD;
  const longest = members.reduce((k, m) => (m.key.length > k.length ? m.key : k), "");
  const issues: Issue[] = [];
  if (!GCP_NAME.test(settings.name) || settings.name.length + longest.length + 1 + overhead > 63)
    issues.push({
      path: "name",
      value: settings.name,
      problem: `${JSON.stringify(settings.name)} cannot name the pool's GCP resources`,
      expected: `use lowercase letters, digits and '-', starting with a letter, at most ${Math.max(1, 63 - overhead - longest.length - 1)} characters (GCP names stop at 63, and "-${longest}-autoscaler" plus Pulumi's suffix are appended; ${NAME_RULES["gcp:compute/instance:Instance"].source})`,
    });
  return { issues, normalized: [], claims: [] };
}

export const gcpPoolBackend: PoolBackend<GcpPoolMember> = {
  endpointKind: "ip",
  names,
  check(settings: PoolSettings, members: MemberPlan[]): Issue[] {
    const issues = regionalNetworkIssues(
      members,
      settings.network.gcp?.subnetwork,
      "network.gcp.subnetwork",
      "a subnetwork",
    );
    if (
      typeof settings.userData === "string" &&
      settings.userData.trimStart().startsWith("#cloud-config") &&
      !gcpImageRunsCloudInit(settings.unit.image)
    )
      issues.push({
        path: "userData",
        value: "#cloud-config …",
        problem: `is a cloud-init document, but GCP's ${settings.unit.image} images do not run cloud-init`,
        expected: "use a shell script (it runs as the startup script), or an Ubuntu image",
      });
    return issues;
  },
  pricing: (_settings, member, count) => ({
    groups: groupPricing(member, count),
    fixed: [{ type: "gcp:compute/forwardingRule:ForwardingRule", props: { region: member.region } }],
    notes: [
      "the instance group has no targetSize (its autoscaler sizes it), so pricing the raw resource counts its min",
    ],
  }),
  build,
};

/** The children of Cloud DNS weighted round robin. */
export interface CloudDnsResources {
  /** The record set: one weighted item per member, each health-checked. */
  recordSet: gcp.dns.RecordSet;
  /** The global health check that probes every member's address. */
  healthCheck: gcp.compute.HealthCheck;
}

/** Cloud DNS probes public endpoints from exactly three regions. */
const DNS_PROBE_REGIONS = ["us-east4", "europe-west1", "asia-southeast1"];

export const cloudDns: DnsBackend<CloudDnsResources> = {
  check(settings, members) {
    const issues: Issue[] = [];
    const dns = settings.dns!;
    if (!/^[a-z][-a-z0-9]{0,62}$/.test(dns.zone))
      issues.push({
        path: "dns.zone",
        value: dns.zone,
        expected: 'use the managed zone\'s name (e.g. "example-com"), not its DNS name',
      });
    const byName = members.filter((m) => m.kind === "hostname");
    if (byName.length > 0)
      issues.push({
        path: "dns.provider",
        value: "gcp",
        problem: `Cloud DNS weighted records hold IP addresses, but ${byName.map((m) => m.plan.key).join(", ")} ${byName.length === 1 ? "is" : "are"} reached by host name`,
        expected:
          'use dns.provider "aws" (Route 53 aliases AWS load balancers) or "azure" (Traffic Manager takes host names)',
      });
    for (const { plan } of members)
      if (plan.weight > 1000)
        issues.push({
          path: `placements[${plan.index}].weight`,
          value: plan.weight,
          expected: "Cloud DNS weights go up to 1000: scale the weights down",
        });
    return issues;
  },
  build(parent, settings, members) {
    const dns = settings.dns!;
    const t = settings.transform.gcp ?? {};
    const opts = childOptions(parent, settings.providers, "gcp");
    const http = settings.protocol === "http";
    const healthCheck = child(
      gcp.compute.HealthCheck,
      `${settings.name}-dns-hc`,
      {
        sourceRegions: DNS_PROBE_REGIONS,
        // Health checks with source regions run every 30 seconds at the most.
        checkIntervalSec: Math.max(30, settings.healthCheck.intervalSeconds),
        timeoutSec: 5,
        ...(http
          ? { httpHealthCheck: { port: settings.port, requestPath: settings.healthCheck.path } }
          : { tcpHealthCheck: { port: settings.port } }),
      },
      opts,
      t.dnsHealthCheck,
    );
    const recordSet = child(
      gcp.dns.RecordSet,
      `${settings.name}-dns`,
      {
        managedZone: dns.zone,
        name: `${dns.name}.`,
        type: "A",
        ttl: dns.ttl,
        routingPolicy: {
          healthCheck: healthCheck.id,
          wrrs: members.map(({ plan, endpoint }) => ({
            weight: plan.weight,
            healthCheckedTargets: { externalEndpoints: [endpoint.address] },
          })),
        },
      },
      opts,
      t.dnsRecordSet,
    );
    return { fqdn: pulumi.output(dns.name), resources: { recordSet, healthCheck } };
  },
};
