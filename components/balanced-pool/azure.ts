import * as authorization from "@pulumi/azure-native/authorization";
import * as compute from "@pulumi/azure-native/compute";
import * as azureDns from "@pulumi/azure-native/dns";
import * as monitor from "@pulumi/azure-native/monitor";
import * as network from "@pulumi/azure-native/network";
import * as resources from "@pulumi/azure-native/resources";
import * as trafficmanager from "@pulumi/azure-native/trafficmanager";
import * as pulumi from "@pulumi/pulumi";
import type { Issue } from "../../sdk/errors";
import { checkChildNames } from "../../sdk/names";
import type { Capacity } from "../../sdk/placement/split";
import { normalizeTags, TAGS } from "../../sdk/tags";
import { azureImageReference } from "../shared/images";
import { azureSecurityRules } from "../shared/ingress";
import { throwawaySshPublicKey } from "../shared/ssh";
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
import { countsAt, memberParts } from "./spot";

/** Escape hatches for the Azure children of each member, and for Traffic Manager. */
export interface AzurePoolTransforms {
  resourceGroup?: Transform<resources.ResourceGroupArgs>;
  virtualNetwork?: Transform<network.VirtualNetworkArgs>;
  subnet?: Transform<network.SubnetArgs>;
  networkSecurityGroup?: Transform<network.NetworkSecurityGroupArgs>;
  publicIp?: Transform<network.PublicIPAddressArgs>;
  loadBalancer?: Transform<network.LoadBalancerArgs>;
  scaleSet?: Transform<compute.VirtualMachineScaleSetArgs>;
  autoscaleSetting?: Transform<monitor.AutoscaleSettingArgs>;
  /** The Traffic Manager profile (when `dns.provider` is `azure`). */
  trafficManagerProfile?: Transform<trafficmanager.ProfileArgs>;
  /** The CNAME to the Traffic Manager profile in the Azure DNS zone. */
  dnsRecord?: Transform<azureDns.RecordSetArgs>;
}

/** The children of one Azure member. */
export interface AzurePoolMember {
  region: string;
  /** Undefined when `network.azure.resourceGroupName` names an existing group. */
  resourceGroup?: resources.ResourceGroup;
  /** Undefined when `network.azure.subnetId` is given. */
  virtualNetwork?: network.VirtualNetwork;
  subnet?: network.Subnet;
  networkSecurityGroup: network.NetworkSecurityGroup;
  publicIp: network.PublicIPAddress;
  loadBalancer: network.LoadBalancer;
  /** The regular scale set, or the spot one when the member runs only spot instances. */
  scaleSet: compute.VirtualMachineScaleSet;
  autoscaleSetting: monitor.AutoscaleSetting;
  /** The Spot scale set, when the member has a spot share (may be `scaleSet` itself). */
  spotScaleSet?: compute.VirtualMachineScaleSet;
  spotAutoscaleSetting?: monitor.AutoscaleSetting;
}

/** The Spot scale set's computer name prefix: the regular one's first 7 characters and "sp" (or "sx"), never the same. */
function spotPrefix(prefix: string): string {
  const p = `${prefix.slice(0, 7)}sp`;
  return p === prefix ? `${prefix.slice(0, 7)}sx` : p;
}

/** A regular (pay-as-you-go) or Spot scale set of a member. */
type Priority = "regular" | "spot";

/**
 * What makes a scale set's VMs Spot: evicted VMs are deleted with their disks (the pool keeps no
 * state on them, and deallocated ones would still bill their disks), and the price cap is the
 * pay-as-you-go price (-1), so a VM is evicted for capacity only, never for price.
 */
const SPOT_PROFILE = {
  priority: "Spot",
  evictionPolicy: "Delete",
  billingProfile: { maxPrice: -1 },
} as const;

/**
 * The member's scale sets and their capacities: regular for the on-demand part, Spot for the spot
 * part (Uniform scale sets have no Spot Priority Mix, which needs Flexible orchestration, so a
 * share that must stay regular gets a scale set of its own). A part that never runs is left out.
 */
function scaleSetParts(member: MemberPlan): { priority: Priority; capacity: Capacity }[] {
  const parts = memberParts(member);
  return [
    ...(!member.spot || parts.onDemand.max > 0
      ? [{ priority: "regular" as const, capacity: parts.onDemand }]
      : []),
    ...(member.spot && parts.spot.max > 0 ? [{ priority: "spot" as const, capacity: parts.spot }] : []),
  ];
}

const ADMIN_USER = "azureuser";

const diskSku = (settings: PoolSettings) =>
  settings.unit.diskClass === "ssd" ? "Premium_LRS" : "StandardSSD_LRS";

/** A scale set's tags: the member's, plus the type and capacity range the cost engine reads. */
function scaleSetTags(member: MemberPlan, capacity: Capacity): Record<string, string> {
  return {
    ...member.tags,
    ...normalizeTags("azure", {
      [TAGS.instanceType]: member.instanceType,
      [TAGS.capacityMin]: String(capacity.min),
      [TAGS.capacityMax]: String(capacity.max),
    }),
  };
}

/** The member's scale sets as the engine prices them, holding `count` instances between them. */
function scaleSetPricing(settings: PoolSettings, member: MemberPlan, count: number): PricedInput[] {
  const at = countsAt(member, count);
  return scaleSetParts(member).map(({ priority, capacity }) => ({
    type: "azure-native:compute:VirtualMachineScaleSet",
    props: {
      location: member.region,
      sku: { name: member.instanceType, capacity: priority === "spot" ? at.spot : at.onDemand },
      virtualMachineProfile: {
        ...(priority === "spot" ? SPOT_PROFILE : {}),
        storageProfile: {
          osDisk: {
            diskSizeGB: settings.unit.diskGiB,
            managedDisk: { storageAccountType: diskSku(settings) },
          },
        },
      },
      tags: scaleSetTags(member, capacity),
    },
  }));
}

/** ISO 8601 duration of whole seconds (Azure Monitor's format). */
const isoSeconds = (s: number) => `PT${s}S`;

function build(ctx: MemberContext): { endpoint: MemberEndpoint; resources: AzurePoolMember } {
  const { parent, settings, member } = ctx;
  const t = settings.transform.azure ?? {};
  const opts = childOptions(parent, settings.providers, "azure");
  const location = member.region;
  const n = (suffix: string) => `${settings.name}-${member.key}-${suffix}`;
  const tags = member.tags;
  const http = settings.protocol === "http";
  const { port, unit } = settings;
  const given = settings.network.azure ?? {};

  const resourceGroup = given.resourceGroupName
    ? undefined
    : child(resources.ResourceGroup, n("rg"), { location, tags }, opts, t.resourceGroup);
  const resourceGroupName = given.resourceGroupName ?? resourceGroup!.name;

  let virtualNetwork: network.VirtualNetwork | undefined;
  let subnet: network.Subnet | undefined;
  if (!given.subnetId) {
    virtualNetwork = child(
      network.VirtualNetwork,
      n("vnet"),
      { resourceGroupName, location, addressSpace: { addressPrefixes: ["10.0.0.0/16"] }, tags },
      opts,
      t.virtualNetwork,
    );
    subnet = child(
      network.Subnet,
      n("subnet"),
      { resourceGroupName, virtualNetworkName: virtualNetwork.name, addressPrefix: "10.0.0.0/24" },
      opts,
      t.subnet,
    );
  }
  const subnetId = given.subnetId ?? subnet!.id;

  // The load balancer passes client addresses through, so the pool's port is opened to the
  // internet; the load balancer's probes come from AzureLoadBalancer, allowed by Azure's default rules.
  const networkSecurityGroup = child(
    network.NetworkSecurityGroup,
    n("nsg"),
    {
      resourceGroupName,
      location,
      securityRules: [
        {
          name: "pool-port",
          priority: 100,
          direction: "Inbound",
          access: "Allow",
          protocol: "Tcp",
          sourceAddressPrefix: "Internet",
          sourcePortRange: "*",
          destinationAddressPrefix: "*",
          destinationPortRange: String(port),
        },
        ...azureSecurityRules(settings.ingress, 200),
      ],
      tags,
    },
    opts,
    t.networkSecurityGroup,
  );

  const publicIp = child(
    network.PublicIPAddress,
    n("ip"),
    {
      resourceGroupName,
      location,
      sku: { name: "Standard", tier: "Regional" },
      publicIPAllocationMethod: "Static",
      publicIPAddressVersion: "IPv4",
      tags,
    },
    opts,
    t.publicIp,
  );

  // Parts of a load balancer refer to each other by ID, so its name is fixed to build them.
  const lbName = n("lb");
  const subscriptionId = authorization.getClientConfigOutput(opts).subscriptionId;
  const lbId = pulumi.interpolate`/subscriptions/${subscriptionId}/resourceGroups/${resourceGroupName}/providers/Microsoft.Network/loadBalancers/${lbName}`;
  const frontendId = pulumi.interpolate`${lbId}/frontendIPConfigurations/frontend`;
  const poolId = pulumi.interpolate`${lbId}/backendAddressPools/pool`;
  const probeId = pulumi.interpolate`${lbId}/probes/health`;
  const loadBalancer = child(
    network.LoadBalancer,
    lbName,
    {
      resourceGroupName,
      location,
      loadBalancerName: lbName,
      sku: { name: "Standard", tier: "Regional" },
      frontendIPConfigurations: [{ name: "frontend", publicIPAddress: { id: publicIp.id } }],
      backendAddressPools: [{ name: "pool" }],
      probes: [
        {
          name: "health",
          protocol: http ? "Http" : "Tcp",
          port,
          ...(http ? { requestPath: settings.healthCheck.path } : {}),
          intervalInSeconds: settings.healthCheck.intervalSeconds,
          probeThreshold: 2,
        },
      ],
      loadBalancingRules: [
        {
          name: "pool-port",
          protocol: "Tcp",
          frontendPort: port,
          backendPort: port,
          frontendIPConfiguration: { id: frontendId },
          backendAddressPool: { id: poolId },
          probe: { id: probeId },
          // Outbound traffic goes through the outbound rule below instead.
          disableOutboundSnat: true,
          enableTcpReset: true,
          idleTimeoutInMinutes: 4,
        },
      ],
      // Instances have no public IP; this gives them outbound access (packages, updates) through the frontend.
      outboundRules: [
        {
          name: "outbound",
          protocol: "All",
          frontendIPConfigurations: [{ id: frontendId }],
          backendAddressPool: { id: poolId },
          enableTcpReset: true,
        },
      ],
      tags,
    },
    opts,
    t.loadBalancer,
  );

  // Trusted Launch (secure boot, vTPM) needs generation 2 x86 images and sizes; GPU sizes vary.
  const trustedLaunch = unit.arch === "x86_64" && !unit.gpu;
  const prefix = member.key.replace(/[^a-zA-Z0-9-]/g, "").slice(0, 9);
  const scaleSetWithAutoscale = (priority: Priority, capacity: Capacity) => {
    const suffix = priority === "spot" ? "-spot" : "";
    const scaleSet = child(
      compute.VirtualMachineScaleSet,
      n(`vmss${suffix}`),
      {
        resourceGroupName,
        location,
        orchestrationMode: "Uniform",
        sku: { name: member.instanceType, tier: "Standard", capacity: capacity.desired },
        overprovision: false,
        upgradePolicy: {
          mode: compute.UpgradeMode.Rolling,
          rollingUpgradePolicy: {
            maxBatchInstancePercent: 20,
            maxUnhealthyInstancePercent: 20,
            maxUnhealthyUpgradedInstancePercent: 20,
            pauseTimeBetweenBatches: "PT0S",
          },
        },
        automaticRepairsPolicy: {
          enabled: true,
          gracePeriod: isoSeconds(Math.max(settings.cooldownSeconds, 600)),
        },
        virtualMachineProfile: {
          ...(priority === "spot" ? SPOT_PROFILE : {}),
          osProfile: {
            // Host names of the two scale sets must not collide: the Spot set's prefix differs.
            computerNamePrefix: priority === "spot" ? spotPrefix(prefix) : prefix,
            adminUsername: ADMIN_USER,
            ...(settings.userData !== undefined
              ? { customData: pulumi.output(settings.userData).apply(base64UserData) }
              : {}),
            linuxConfiguration: {
              disablePasswordAuthentication: true,
              ssh: {
                publicKeys: [
                  { path: `/home/${ADMIN_USER}/.ssh/authorized_keys`, keyData: throwawaySshPublicKey() },
                ],
              },
            },
          },
          storageProfile: {
            imageReference: azureImageReference(unit.image, unit.arch),
            osDisk: {
              createOption: "FromImage",
              caching: compute.CachingTypes.ReadWrite,
              diskSizeGB: unit.diskGiB,
              managedDisk: { storageAccountType: diskSku(settings) },
            },
          },
          networkProfile: {
            healthProbe: { id: probeId },
            networkInterfaceConfigurations: [
              {
                name: "nic",
                primary: true,
                networkSecurityGroup: { id: networkSecurityGroup.id },
                ipConfigurations: [
                  {
                    name: "ipconfig",
                    primary: true,
                    subnet: { id: subnetId },
                    loadBalancerBackendAddressPools: [{ id: poolId }],
                    ...(settings.publicIp
                      ? {
                          publicIPAddressConfiguration: {
                            name: "public",
                            sku: { name: "Standard", tier: "Regional" },
                          },
                        }
                      : {}),
                  },
                ],
              },
            ],
          },
          ...(trustedLaunch
            ? {
                securityProfile: {
                  securityType: "TrustedLaunch",
                  uefiSettings: { secureBootEnabled: true, vTpmEnabled: true },
                },
              }
            : {}),
        },
        tags: scaleSetTags(member, capacity),
      },
      {
        ...opts,
        dependsOn: [loadBalancer],
        // The autoscale setting owns the running size; the throwaway key changes on every run.
        ignoreChanges: ["sku.capacity", "virtualMachineProfile.osProfile.linuxConfiguration.ssh"],
      },
      t.scaleSet,
    );

    const cpuRule = (above: boolean) => ({
      metricTrigger: {
        metricName: "Percentage CPU",
        metricResourceUri: scaleSet.id,
        timeGrain: "PT1M",
        statistic: monitor.MetricStatisticType.Average,
        timeWindow: "PT5M",
        timeAggregation: monitor.TimeAggregationType.Average,
        operator: above
          ? monitor.ComparisonOperationType.GreaterThan
          : monitor.ComparisonOperationType.LessThan,
        // Out above the target; in below half of it, so one instance fewer does not push the rest back over.
        threshold: Math.round(settings.targetCpuUtilization * (above ? 100 : 50)),
      },
      scaleAction: {
        direction: above ? monitor.ScaleDirection.Increase : monitor.ScaleDirection.Decrease,
        type: monitor.ScaleType.ChangeCount,
        value: "1",
        cooldown: isoSeconds(settings.cooldownSeconds),
      },
    });
    const autoscaleSetting = child(
      monitor.AutoscaleSetting,
      n(`autoscale${suffix}`),
      {
        resourceGroupName,
        location,
        enabled: true,
        targetResourceUri: scaleSet.id,
        profiles: [
          {
            name: "cpu",
            capacity: {
              minimum: String(capacity.min),
              maximum: String(capacity.max),
              default: String(capacity.desired),
            },
            rules: [cpuRule(true), cpuRule(false)],
          },
        ],
        tags,
      },
      opts,
      t.autoscaleSetting,
    );
    return { scaleSet, autoscaleSetting };
  };
  const sets = scaleSetParts(member).map(({ priority, capacity }) => ({
    priority,
    ...scaleSetWithAutoscale(priority, capacity),
  }));
  const main = sets[0];
  const spotSet = sets.find((x) => x.priority === "spot");

  return {
    endpoint: { address: publicIp.ipAddress.apply((ip) => ip ?? ""), kind: "ip" },
    resources: {
      region: location,
      ...(resourceGroup ? { resourceGroup } : {}),
      ...(virtualNetwork ? { virtualNetwork, subnet } : {}),
      networkSecurityGroup,
      publicIp,
      loadBalancer,
      scaleSet: main.scaleSet,
      autoscaleSetting: main.autoscaleSetting,
      ...(spotSet ? { spotScaleSet: spotSet.scaleSet, spotAutoscaleSetting: spotSet.autoscaleSetting } : {}),
    },
  };
}

/** Checks the members' children's names; the load balancer's is fixed (see `build`), the rest autonamed. */
function names(settings: PoolSettings, members: MemberPlan[]) {
  const pool = settings.name;
  const given = settings.network.azure ?? {};
  const issues = members.flatMap((m) => {
    const n = (suffix: string) => `${pool}-${m.key}-${suffix}`;
    return checkChildNames(pool, [
      ...(given.resourceGroupName ? [] : [{ type: "azure-native:resources:ResourceGroup", name: n("rg") }]),
      ...(given.subnetId
        ? []
        : [
            { type: "azure-native:network:VirtualNetwork", name: n("vnet") },
            { type: "azure-native:network:Subnet", name: n("subnet") },
          ]),
      { type: "azure-native:network:NetworkSecurityGroup", name: n("nsg") },
      { type: "azure-native:network:PublicIPAddress", name: n("ip") },
      { type: "azure-native:network:LoadBalancer", name: n("lb"), explicit: true },
      { type: "azure-native:compute:VirtualMachineScaleSet", name: n("vmss") },
      { type: "azure-native:monitor:AutoscaleSetting", name: n("autoscale") },
    ]);
  });
  // Azure names ignore case: two pools whose names differ only in case would share a load balancer name.
  return {
    issues,
    normalized: [],
    claims: [{ space: "BalancedPool/azure/resource names", normalized: pool.toLowerCase() }],
  };
}

export const azurePoolBackend: PoolBackend<AzurePoolMember> = {
  endpointKind: "ip",
  names,
  check(settings, members) {
    const issues: Issue[] = regionalNetworkIssues(
      members,
      settings.network.azure?.subnetId,
      "network.azure.subnetId",
      "a subnet",
    );
    return issues;
  },
  pricing: (settings, member, count) => ({
    groups: scaleSetPricing(settings, member, count),
    fixed: [
      // The Standard load balancer's billed parts as build() makes them: one load-balancing and one outbound rule.
      {
        type: "azure-native:network:LoadBalancer",
        props: {
          location: member.region,
          sku: { name: "Standard", tier: "Regional" },
          loadBalancingRules: [{ name: "pool-port" }],
          outboundRules: [{ name: "outbound" }],
        },
      },
      { type: "azure-native:network:PublicIPAddress", props: { location: member.region } },
    ],
  }),
  build,
};

/** The children of Traffic Manager weighted DNS. */
export interface TrafficManagerResources {
  /** One weighted external endpoint per member, health-monitored by Traffic Manager. */
  profile: trafficmanager.Profile;
  /** The CNAME from `dns.name` to the profile. */
  record: azureDns.RecordSet;
}

export const trafficManagerDns: DnsBackend<TrafficManagerResources> = {
  check(settings, members) {
    const dns = settings.dns!;
    const issues: Issue[] = [];
    if (!dns.resourceGroupName)
      issues.push({
        path: "dns.resourceGroupName",
        value: undefined,
        expected:
          "name the resource group of the Azure DNS zone (the Traffic Manager profile goes there too)",
      });
    if (!dns.name.endsWith(`.${dns.zone}`))
      issues.push({
        path: "dns.name",
        value: dns.name,
        expected: `use a name inside the zone, e.g. "www.${dns.zone}" (a CNAME cannot sit at the zone apex)`,
      });
    for (const { plan } of members)
      if (!Number.isInteger(plan.weight) || plan.weight > 1000)
        issues.push({
          path: `placements[${plan.index}].weight`,
          value: plan.weight,
          expected:
            "Traffic Manager weights are whole numbers from 1 to 1000: scale the weights to whole numbers",
        });
    return issues;
  },
  build(parent, settings, members) {
    const dns = settings.dns!;
    const t = settings.transform.azure ?? {};
    const opts = childOptions(parent, settings.providers, "azure");
    const http = settings.protocol === "http";
    // Traffic Manager probes every 30 seconds, or every 10 at extra cost.
    const fast = settings.healthCheck.intervalSeconds < 30;
    const profile = child(
      trafficmanager.Profile,
      `${settings.name}-tm`,
      {
        resourceGroupName: dns.resourceGroupName!,
        location: "global",
        profileStatus: "Enabled",
        trafficRoutingMethod: "Weighted",
        dnsConfig: { relativeName: dns.name.replace(/\./g, "-").toLowerCase(), ttl: dns.ttl },
        monitorConfig: {
          protocol: http ? "HTTP" : "TCP",
          port: settings.port,
          ...(http ? { path: settings.healthCheck.path } : {}),
          intervalInSeconds: fast ? 10 : 30,
          timeoutInSeconds: fast ? 5 : 10,
          toleratedNumberOfFailures: 3,
        },
        endpoints: members.map(({ plan, endpoint }) => ({
          name: plan.key,
          type: "Microsoft.Network/trafficManagerProfiles/externalEndpoints",
          target: endpoint.address,
          weight: plan.weight,
          endpointStatus: "Enabled",
        })),
        tags: settings.tagsFor("azure"),
      },
      opts,
      t.trafficManagerProfile,
    );
    const record = child(
      azureDns.RecordSet,
      `${settings.name}-dns`,
      {
        resourceGroupName: dns.resourceGroupName!,
        zoneName: dns.zone,
        relativeRecordSetName: dns.name.slice(0, -(dns.zone.length + 1)),
        recordType: "CNAME",
        ttl: dns.ttl,
        cnameRecord: { cname: profile.dnsConfig.apply((c) => c?.fqdn ?? "") },
      },
      opts,
      t.dnsRecord,
    );
    return { fqdn: pulumi.output(dns.name), resources: { profile, record } };
  },
};
