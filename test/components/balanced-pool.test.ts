import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { defaultCatalog } from "../../sdk/catalog/catalog";
import { priceResource } from "../../sdk/cost/price-resource";
import { place } from "../../sdk/placement/place";
import { readTag, TAGS } from "../../sdk/tags";
import type { CostReport } from "../../components/shared/cost-sink";
import { registerCostSink } from "../../components/shared/cost-sink";
import { componentKit, Props } from "../helpers/components";
import { installMocks, ofType, Recorded, valueOf } from "../helpers/mocks";

type Pool = typeof import("../../components/balanced-pool");
type Args = import("../../components/balanced-pool").BalancedPoolArgs;

const catalog = defaultCatalog();
const UNIT = { vcpus: 2, memoryGiB: 8, diskGiB: 30 };
const THREE_CLOUDS: Args["placements"] = [
  { cloud: "aws", region: "us-east-1", weight: 2 },
  { cloud: "gcp", region: "europe-west1", weight: 1 },
  { cloud: "azure", region: "westeurope", weight: 1 },
];
let recorded: Recorded[];
let M: Pool;

beforeAll(async () => {
  recorded = installMocks({});
  M = await import("../../components/balanced-pool");
});

beforeEach(() => pulumi.runtime.setAllConfig({}));

const kit = componentKit(
  () => recorded,
  (name: string, args: Args, opts?: pulumi.ComponentResourceOptions) => new M.BalancedPool(name, args, opts),
);
const { fails } = kit;

/** Builds a BalancedPool and returns it with the custom resources registered under its name. */
async function build(name: string, args: Args, opts?: pulumi.ComponentResourceOptions) {
  const { component, ...rest } = await kit.build(name, args, opts);
  return { pool: component, ...rest };
}

/** The type placement picks for the unit in a cloud and region. */
const cheapest = (cloud: "aws" | "azure" | "gcp", region: string, unit = UNIT) =>
  place(unit, { cloud, region }, catalog).instanceType;

describe("AWS member", () => {
  it("chains launch template → group → target tracking → ALB, target group and listener, in the member's region", async () => {
    const { pool, one, all } = await build("web-aws", {
      unit: UNIT,
      placements: [{ cloud: "aws", region: "eu-west-1", weight: 1 }],
      scaling: { min: 2, desired: 3, max: 6, targetCpuUtilization: 0.55, cooldownSeconds: 240 },
      healthCheck: { path: "/healthz", intervalSeconds: 15 },
      userData: "#!/bin/sh\necho hi\n",
    });
    const type = cheapest("aws", "eu-west-1");
    const lt = one("aws:ec2/launchTemplate:LaunchTemplate");
    expect(lt.instanceType).toBe(type);
    expect(lt.region).toBe("eu-west-1");
    expect(lt.metadataOptions).toMatchObject({ httpTokens: "required", httpEndpoint: "enabled" });
    expect(lt.blockDeviceMappings).toEqual([
      {
        deviceName: "/dev/sda1",
        ebs: { volumeSize: 30, volumeType: "gp3", encrypted: "true", deleteOnTermination: "true" },
      },
    ]);
    expect(lt.networkInterfaces).toBeUndefined();
    expect(Buffer.from(lt.userData, "base64").toString()).toBe("#!/bin/sh\necho hi\n");

    const asg = one("aws:autoscaling/group:Group");
    expect(asg).toMatchObject({ region: "eu-west-1", minSize: 2, maxSize: 6, desiredCapacity: 3 });
    expect(asg.healthCheckType).toBe("ELB");
    expect(asg.defaultInstanceWarmup).toBe(240);
    expect(asg.vpcZoneIdentifiers).toEqual(["subnet-a", "subnet-b", "subnet-c"]);
    expect(readTag(asg, TAGS.instanceType)).toBe(type);

    const policy = one("aws:autoscaling/policy:Policy");
    expect(policy.policyType).toBe("TargetTrackingScaling");
    expect(policy.targetTrackingConfiguration).toEqual({
      predefinedMetricSpecification: { predefinedMetricType: "ASGAverageCPUUtilization" },
      targetValue: 55,
    });

    const lb = one("aws:lb/loadBalancer:LoadBalancer");
    expect(lb).toMatchObject({ loadBalancerType: "application", internal: false, region: "eu-west-1" });
    const tg = one("aws:lb/targetGroup:TargetGroup");
    expect(tg).toMatchObject({ port: 80, protocol: "HTTP", vpcId: "vpc-0default" });
    expect(tg.healthCheck).toMatchObject({ path: "/healthz", interval: 15, protocol: "HTTP" });
    expect(one("aws:lb/listener:Listener")).toMatchObject({ port: 80, protocol: "HTTP" });
    for (const r of [lt, asg, policy, lb, tg]) expect(r.region).toBe("eu-west-1");

    // Only the load balancer faces the internet; the instances take the port from its security group only.
    const ingress = all("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule");
    expect(ingress.filter((r) => r.cidrIpv4 === "0.0.0.0/0")).toHaveLength(1);
    expect(ingress.filter((r) => r.referencedSecurityGroupId)).toHaveLength(1);
    expect(ingress.every((r) => r.fromPort === 80 && r.toPort === 80)).toBe(true);

    expect(pool.plan).toMatchObject([
      { cloud: "aws", region: "eu-west-1", instanceType: type, min: 2, max: 6 },
    ]);
    expect(await valueOf(pool.endpoints)).toEqual([
      "web-aws-aws-eu-west-1-lb-1234567890.eu-west-1.elb.amazonaws.com",
    ]);
  });

  it("uses an NLB and TCP health checks for protocol tcp, and a public address only when asked", async () => {
    const { one } = await build("tcp-aws", {
      unit: { ...UNIT, image: "debian-12" },
      placements: [{ cloud: "aws", region: "us-east-1", weight: 1 }],
      scaling: { min: 1, max: 2 },
      protocol: "tcp",
      port: 5432,
      publicIp: true,
    });
    expect(one("aws:lb/loadBalancer:LoadBalancer").loadBalancerType).toBe("network");
    const tg = one("aws:lb/targetGroup:TargetGroup");
    expect(tg).toMatchObject({ port: 5432, protocol: "TCP" });
    expect(tg.healthCheck.protocol).toBe("TCP");
    expect(tg.healthCheck.path).toBeUndefined();
    const lt = one("aws:ec2/launchTemplate:LaunchTemplate");
    // Debian's AMIs boot from /dev/xvda: the encrypted volume must replace that one.
    expect(lt.blockDeviceMappings[0].deviceName).toBe("/dev/xvda");
    expect(lt.vpcSecurityGroupIds).toBeUndefined();
    expect(lt.networkInterfaces).toEqual([
      {
        deviceIndex: 0,
        associatePublicIpAddress: "true",
        deleteOnTermination: "true",
        securityGroups: [expect.any(String)],
      },
    ]);
  });

  it("adds the user's ingress rules and refuses SSH from anywhere", async () => {
    const { all } = await build("ssh-aws", {
      unit: UNIT,
      placements: [{ cloud: "aws", region: "us-east-1", weight: 1 }],
      scaling: { min: 1, max: 2 },
      ingress: [{ port: 22, cidrs: ["198.51.100.7/32"] }],
    });
    const ssh = all("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule").filter(
      (r) => r.fromPort === 22,
    );
    expect(ssh).toEqual([
      expect.objectContaining({ cidrIpv4: "198.51.100.7/32", toPort: 22, ipProtocol: "tcp" }),
    ]);
    await fails(
      "ssh-open",
      {
        unit: UNIT,
        placements: [{ cloud: "aws", weight: 1 }],
        scaling: { min: 1, max: 2 },
        ingress: [{ port: 22, cidrs: ["0.0.0.0/0"] }],
      },
      /ingress\[0\]\.cidrs: opens SSH \(port 22\) to the whole internet/,
    );
  });
});

describe("Azure member", () => {
  it("chains scale set → load balancer (frontend, pool, probe, rule) → autoscale setting, with an NSG", async () => {
    const { one } = await build("web-az", {
      unit: UNIT,
      placements: [{ cloud: "azure", region: "westeurope", weight: 1 }],
      scaling: { min: 2, desired: 2, max: 5, targetCpuUtilization: 0.7, cooldownSeconds: 600 },
      healthCheck: { path: "/ready" },
      tags: { team: "web" },
    });
    const type = cheapest("azure", "westeurope");
    const vmss = one("azure-native:compute:VirtualMachineScaleSet");
    expect(vmss.location).toBe("westeurope");
    expect(vmss.sku).toEqual({ name: type, tier: "Standard", capacity: 2 });
    expect(readTag(vmss, TAGS.capacityMin)).toBe("2");
    expect(readTag(vmss, TAGS.capacityMax)).toBe("5");
    expect(vmss.tags.team).toBe("web");
    const os = vmss.virtualMachineProfile.osProfile;
    expect(os.linuxConfiguration.disablePasswordAuthentication).toBe(true);
    expect(os.linuxConfiguration.ssh.publicKeys[0].keyData).toMatch(/^ssh-ed25519 /);
    expect(vmss.virtualMachineProfile.storageProfile.osDisk).toMatchObject({
      diskSizeGB: 30,
      managedDisk: { storageAccountType: "StandardSSD_LRS" },
    });
    const nic = vmss.virtualMachineProfile.networkProfile.networkInterfaceConfigurations[0];
    expect(nic.ipConfigurations[0].publicIPAddressConfiguration).toBeUndefined();
    expect(nic.ipConfigurations[0].loadBalancerBackendAddressPools[0].id).toMatch(
      /\/loadBalancers\/web-az-azure-westeurope-lb\/backendAddressPools\/pool$/,
    );

    const lb = one("azure-native:network:LoadBalancer");
    expect(lb.sku.name).toBe("Standard");
    expect(lb.frontendIPConfigurations).toHaveLength(1);
    expect(lb.probes).toEqual([
      expect.objectContaining({ protocol: "Http", port: 80, requestPath: "/ready", intervalInSeconds: 30 }),
    ]);
    expect(lb.loadBalancingRules[0]).toMatchObject({ frontendPort: 80, backendPort: 80, protocol: "Tcp" });
    expect(lb.loadBalancingRules[0].probe.id).toMatch(
      /^\/subscriptions\/0{8}-0{4}-0{4}-0{4}-0{12}\/resourceGroups\/.+\/probes\/health$/,
    );

    const autoscale = one("azure-native:monitor:AutoscaleSetting");
    const profile = autoscale.profiles[0];
    expect(profile.capacity).toEqual({ minimum: "2", maximum: "5", default: "2" });
    const [out, inn] = profile.rules;
    expect(out.metricTrigger).toMatchObject({
      metricName: "Percentage CPU",
      operator: "GreaterThan",
      threshold: 70,
    });
    expect(out.scaleAction).toMatchObject({ direction: "Increase", cooldown: "PT600S" });
    expect(inn.metricTrigger).toMatchObject({ operator: "LessThan", threshold: 35 });
    expect(inn.scaleAction.direction).toBe("Decrease");

    const nsg = one("azure-native:network:NetworkSecurityGroup");
    expect(nsg.securityRules).toEqual([
      expect.objectContaining({ access: "Allow", direction: "Inbound", destinationPortRange: "80" }),
    ]);
  });
});

describe("public addresses", () => {
  it("are given to Azure and GCP instances only with publicIp", async () => {
    const { one } = await build("pub", {
      unit: UNIT,
      placements: [
        { cloud: "azure", region: "westeurope", weight: 1 },
        { cloud: "gcp", region: "europe-west1", weight: 1 },
      ],
      scaling: { min: 2, max: 4 },
      publicIp: true,
    });
    const vmss = one("azure-native:compute:VirtualMachineScaleSet");
    const ipConfig =
      vmss.virtualMachineProfile.networkProfile.networkInterfaceConfigurations[0].ipConfigurations[0];
    expect(ipConfig.publicIPAddressConfiguration).toEqual({
      name: "public",
      sku: { name: "Standard", tier: "Regional" },
    });
    const tmpl = one("gcp:compute/regionInstanceTemplate:RegionInstanceTemplate");
    expect(tmpl.networkInterfaces[0].accessConfigs).toEqual([{ networkTier: "PREMIUM" }]);
  });
});

describe("GCP member", () => {
  it("chains template → regional group → autoscaler → health check, backend service and forwarding rule", async () => {
    const { one, all } = await build("web-gcp", {
      unit: UNIT,
      placements: [{ cloud: "gcp", region: "europe-west1", weight: 1 }],
      scaling: { min: 1, desired: 2, max: 4, targetCpuUtilization: 0.65 },
      healthCheck: { path: "/healthz", intervalSeconds: 10 },
      tags: { "Cost Centre": "Web Team" },
      userData: "#!/bin/sh\necho hi\n",
    });
    const type = cheapest("gcp", "europe-west1");
    const tmpl = one("gcp:compute/regionInstanceTemplate:RegionInstanceTemplate");
    expect(tmpl.region).toBe("europe-west1");
    expect(tmpl.machineType).toBe(type);
    expect(tmpl.networkInterfaces[0].accessConfigs).toBeUndefined();
    expect(tmpl.shieldedInstanceConfig).toEqual({
      enableSecureBoot: true,
      enableVtpm: true,
      enableIntegrityMonitoring: true,
    });
    expect(tmpl.disks[0]).toMatchObject({ boot: true, diskSizeGb: 30, diskType: "pd-balanced" });
    expect(tmpl.metadata["startup-script"]).toBe("#!/bin/sh\necho hi\n");
    // Labels are normalized to GCP's rules: lowercase keys and values, no spaces or colons.
    expect(tmpl.labels.cost_centre).toBe("web_team");
    expect(tmpl.labels.lepton_unit).toBe("2vcpu-8gib-x86_64");

    const igm = one("gcp:compute/regionInstanceGroupManager:RegionInstanceGroupManager");
    expect(igm.targetSize).toBeUndefined();
    expect(igm.region).toBe("europe-west1");
    expect(readTag(igm, TAGS.instanceType)).toBe(type);
    expect(readTag(igm, TAGS.capacityMin)).toBe("1");
    expect(readTag(igm, TAGS.capacityMax)).toBe("4");

    const autoscaler = one("gcp:compute/regionAutoscaler:RegionAutoscaler");
    expect(autoscaler.autoscalingPolicy).toMatchObject({
      minReplicas: 1,
      maxReplicas: 4,
      cpuUtilization: { target: 0.65 },
    });
    const hc = one("gcp:compute/regionHealthCheck:RegionHealthCheck");
    expect(hc).toMatchObject({
      checkIntervalSec: 10,
      httpHealthCheck: { port: 80, requestPath: "/healthz" },
    });
    expect(one("gcp:compute/regionBackendService:RegionBackendService")).toMatchObject({
      loadBalancingScheme: "EXTERNAL",
      protocol: "TCP",
    });
    expect(one("gcp:compute/forwardingRule:ForwardingRule")).toMatchObject({
      portRange: "80",
      region: "europe-west1",
    });
    // A network of its own, and only the pool's port open.
    expect(one("gcp:compute/network:Network").autoCreateSubnetworks).toBe(false);
    expect(all("gcp:compute/firewall:Firewall").map((f) => f.allows)).toEqual([
      [{ protocol: "tcp", ports: ["80"] }],
    ]);
  });

  it("refuses names GCP cannot take, and cloud-config on Debian", async () => {
    await fails(
      "Web_Pool",
      { unit: UNIT, placements: [{ cloud: "gcp", weight: 1 }], scaling: { min: 1, max: 2 } },
      /name: "Web_Pool" cannot name the pool's GCP resources/,
    );
    await fails(
      "debian-pool",
      {
        unit: { ...UNIT, image: "debian-12" },
        placements: [{ cloud: "gcp", weight: 1 }],
        scaling: { min: 1, max: 2 },
        userData: "#cloud-config\npackages: [nginx]\n",
      },
      /userData: is a cloud-init document, but GCP's debian-12 images do not run cloud-init/,
    );
  });
});

describe("Kubernetes member", () => {
  it("chains Deployment → HorizontalPodAutoscaler → LoadBalancer Service → PodDisruptionBudget", async () => {
    const { one, pool } = await build("web-k8s", {
      unit: UNIT,
      placements: [{ cloud: "kubernetes", weight: 1 }],
      scaling: { min: 2, max: 10, targetCpuUtilization: 0.75 },
      kubernetes: { image: "nginx:1.27", namespace: "web" },
    });
    const dep = one("kubernetes:apps/v1:Deployment");
    expect(dep.metadata.namespace).toBe("web");
    expect(dep.spec.replicas).toBeUndefined();
    const container = dep.spec.template.spec.containers[0];
    expect(container.image).toBe("nginx:1.27");
    expect(container.resources.requests).toEqual({ cpu: "2", memory: "8Gi" });
    expect(container.readinessProbe.httpGet).toEqual({ path: "/", port: 80 });
    expect(dep.spec.selector.matchLabels).toEqual({
      "app.kubernetes.io/name": "balanced-pool",
      "app.kubernetes.io/instance": "web-k8s-kubernetes",
    });
    expect(dep.spec.template.metadata.labels).toMatchObject(dep.spec.selector.matchLabels);
    expect(dep.metadata.labels["lepton/unit"]).toBe("2vcpu-8gib-x86_64");

    const hpa = one("kubernetes:autoscaling/v2:HorizontalPodAutoscaler");
    expect(hpa.spec).toMatchObject({ minReplicas: 2, maxReplicas: 10 });
    expect(hpa.spec.scaleTargetRef).toMatchObject({ kind: "Deployment", apiVersion: "apps/v1" });
    expect(hpa.spec.metrics).toEqual([
      {
        type: "Resource",
        resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 75 } },
      },
    ]);
    const svc = one("kubernetes:core/v1:Service");
    expect(svc.spec).toMatchObject({
      type: "LoadBalancer",
      ports: [{ port: 80, targetPort: 80, protocol: "TCP", name: "traffic" }],
    });
    expect(one("kubernetes:policy/v1:PodDisruptionBudget").spec.maxUnavailable).toBe(1);
    expect(pool.plan[0]).toMatchObject({ cloud: "kubernetes", region: "cluster", instanceType: "pod" });
    expect(await valueOf(pool.endpoints)).toEqual(["203.0.113.40"]);
  });

  it("refuses a min of 0 (an HPA keeps one pod) and cloud-config as a container command", async () => {
    await fails(
      "k8s-zero",
      { unit: UNIT, placements: [{ cloud: "kubernetes", weight: 1 }], scaling: { min: 0, max: 3 } },
      /scaling\.min: 0 leaves the Kubernetes member "kubernetes" no pod at min, but a HorizontalPodAutoscaler keeps at least 1/,
    );
    await fails(
      "k8s-cc",
      {
        unit: UNIT,
        placements: [{ cloud: "kubernetes", weight: 1 }],
        scaling: { min: 1, max: 3 },
        userData: "#cloud-config\n",
      },
      /userData: is a cloud-init document, which a container cannot run/,
    );
  });
});

describe("a pool over three clouds", () => {
  it("splits min, desired and max by weight, each summing to the pool's, and places each member", async () => {
    const { pool } = await build("global", {
      unit: UNIT,
      placements: THREE_CLOUDS,
      scaling: { min: 4, desired: 6, max: 12 },
    });
    expect(pool.plan.map((m) => [m.cloud, m.region, m.instanceType, m.min, m.desired, m.max])).toEqual([
      ["aws", "us-east-1", cheapest("aws", "us-east-1"), 2, 3, 6],
      ["gcp", "europe-west1", cheapest("gcp", "europe-west1"), 1, 2, 3],
      ["azure", "westeurope", cheapest("azure", "westeurope"), 1, 1, 3],
    ]);
    const asg = ofType(recorded, "aws:autoscaling/group:Group").find((r) =>
      r.name.startsWith("global-"),
    )!.inputs;
    const gcpAs = ofType(recorded, "gcp:compute/regionAutoscaler:RegionAutoscaler").find((r) =>
      r.name.startsWith("global-"),
    )!.inputs as Props;
    const azAs = ofType(recorded, "azure-native:monitor:AutoscaleSetting").find((r) =>
      r.name.startsWith("global-"),
    )!.inputs as Props;
    const mins = [
      asg.minSize,
      gcpAs.autoscalingPolicy.minReplicas,
      Number(azAs.profiles[0].capacity.minimum),
    ];
    const maxs = [
      asg.maxSize,
      gcpAs.autoscalingPolicy.maxReplicas,
      Number(azAs.profiles[0].capacity.maximum),
    ];
    expect(mins.reduce((a, b) => a + b)).toBe(4);
    expect(maxs.reduce((a, b) => a + b)).toBe(12);
    // The autoscalers carry the same 60 % target, each in its own units.
    const policy = ofType(recorded, "aws:autoscaling/policy:Policy").find((r) =>
      r.name.startsWith("global-"),
    )!.inputs as Props;
    expect(policy.targetTrackingConfiguration.targetValue).toBe(60);
    expect(gcpAs.autoscalingPolicy.cpuUtilization.target).toBe(0.6);
    expect(azAs.profiles[0].rules[0].metricTrigger.threshold).toBe(60);

    const members = await valueOf(pool.members);
    expect(members.map((m) => m.endpoint)).toEqual([
      expect.stringMatching(/\.us-east-1\.elb\.amazonaws\.com$/),
      "203.0.113.30",
      "203.0.113.20",
    ]);
  });

  it("prices its children with the cost engine to the same figures as its own, at the same capacity", async () => {
    // min = desired: a group managed by an autoscaler carries no size of its own, so raw pricing uses its min.
    const scaling = { min: 4, desired: 4, max: 12 };
    const { pool, children } = await build("priced", { unit: UNIT, placements: THREE_CLOUDS, scaling });
    const ctx = { catalog };
    const prices = children.map((r) => ({ r, price: priceResource(r.type, r.inputs, ctx) }));
    const priced = prices.filter((p) => p.price.priced);
    const monthly = (p: (typeof prices)[number]) => (p.price.priced ? p.price.monthlyUsd : 0);
    const total = priced.reduce((s, p) => s + monthly(p), 0);
    expect(total).toBeCloseTo(pool.cost.monthlyUsd.desired, 1);
    // The range the engine reads from each group's capacity tags or sizes matches the pool's.
    const groups = priced.filter((p) => p.price.priced && p.price.range);
    expect(groups).toHaveLength(3);
    const fixed = total - groups.reduce((s, p) => s + monthly(p), 0);
    const range = (k: "minMonthlyUsd" | "maxMonthlyUsd") =>
      groups.reduce((s, p) => s + (p.price.priced ? p.price.range![k] : 0), 0) + fixed;
    expect(range("minMonthlyUsd")).toBeCloseTo(pool.cost.monthlyUsd.min, 1);
    expect(range("maxMonthlyUsd")).toBeCloseTo(pool.cost.monthlyUsd.max, 1);
    // Each group is priced as the instance type placement chose.
    expect(groups.map((g) => (g.price.priced ? g.price.instanceType : "")).sort()).toEqual(
      pool.plan.map((m) => m.instanceType).sort(),
    );
    // What the engine cannot price is said, not counted as 0; the Azure Standard load balancer is priced by its rules.
    expect(pool.cost.notes.join("\n")).not.toMatch(/LoadBalancer not included/);
    expect(await valueOf(pool.monthlyUsd)).toEqual(pool.cost.monthlyUsd);
    // The policy pack reads the component's own inputs: the resolved expected utilization and capacity.
    const component = recorded.find(
      (r) => r.type === "lepton-multicloud:index:BalancedPool" && r.name === "priced",
    )!;
    expect(component.inputs).toMatchObject({
      expectedUtilization: 0.6,
      capacity: { min: 4, desired: 4, max: 12 },
    });
    expect(pool.cost.monthlyUsd.max).toBeGreaterThan(pool.cost.monthlyUsd.desired);
  });

  it("reports each member's cost to a budget above it, with the budget's tags on every child", async () => {
    const reports: CostReport[] = [];
    const budget = new pulumi.ComponentResource("test:index:Budget", "budget-above", {});
    registerCostSink(budget, { report: (r) => reports.push(r), costTags: { "lepton:owner": "Team Web" } });
    const { pool, all } = await build(
      "budgeted",
      { unit: UNIT, placements: THREE_CLOUDS, scaling: { min: 4, max: 8 } },
      { parent: budget },
    );
    expect(reports.map((r) => [r.cloud, r.region, r.count, r.instanceType])).toEqual(
      pool.plan.map((m) => [m.cloud, m.region, m.desired, m.instanceType]),
    );
    expect(reports.reduce((s, r) => s + r.monthlyUsd, 0)).toBeCloseTo(pool.cost.monthlyUsd.desired, 2);
    expect(reports.reduce((s, r) => s + (r.maxMonthlyUsd ?? 0), 0)).toBeCloseTo(pool.cost.monthlyUsd.max, 2);
    expect(all("aws:ec2/launchTemplate:LaunchTemplate")[0].tags["lepton:owner"]).toBe("Team Web");
    expect(all("gcp:compute/regionInstanceTemplate:RegionInstanceTemplate")[0].labels.lepton_owner).toBe(
      "team_web",
    );
    expect(all("azure-native:compute:VirtualMachineScaleSet")[0].tags["lepton:owner"]).toBe("Team Web");
  });

  it("lets placement choose the count cheapest regions with spread", async () => {
    const { pool } = await build("spread", {
      unit: UNIT,
      spread: { geography: "eu", count: 2 },
      scaling: { min: 2, max: 4 },
    });
    const [first, second] = pool.plan;
    expect(first.region).not.toBe(second.region);
    for (const m of pool.plan) expect(catalog.region(m.cloud as "aws", m.region)?.geography).toBe("eu");
    // The first is the cheapest anywhere in Europe; the second the cheapest once that region is taken.
    const best = place(UNIT, { geography: "eu" }, catalog);
    expect([first.cloud, first.region, first.instanceType]).toEqual([
      best.cloud,
      best.region,
      best.instanceType,
    ]);
    const euRegions = catalog.regions().filter((r) => r.geography === "eu" && r.name !== best.region);
    const next = place(UNIT, { regions: euRegions.map((r) => r.name) }, catalog);
    expect([second.cloud, second.region, second.instanceType]).toEqual([
      next.cloud,
      next.region,
      next.instanceType,
    ]);
    expect(pool.plan.map((m) => [m.weight, m.min, m.max])).toEqual([
      [1, 1, 2],
      [1, 1, 2],
    ]);
  });
});

describe("weighted DNS", () => {
  it("Route 53: one weighted record per member, AWS as a health-evaluated alias, the others health-checked", async () => {
    const { all } = await build("r53", {
      unit: UNIT,
      placements: THREE_CLOUDS,
      scaling: { min: 4, max: 8 },
      healthCheck: { path: "/healthz", intervalSeconds: 10 },
      dns: { provider: "aws", zone: "example.com", name: "www.example.com", ttl: 30 },
    });
    const records = all("aws:route53/record:Record");
    expect(records.map((r) => [r.setIdentifier, r.weightedRoutingPolicies[0].weight])).toEqual([
      ["aws-us-east-1", 2],
      ["gcp-europe-west1", 1],
      ["azure-westeurope", 1],
    ]);
    for (const r of records)
      expect(r).toMatchObject({ name: "www.example.com", type: "A", zoneId: "Z0LOOKEDUP" });
    expect(records[0].aliases).toEqual([
      {
        name: expect.stringMatching(/elb\.amazonaws\.com$/),
        zoneId: "Z35SXDOTRQ7X7K",
        evaluateTargetHealth: true,
      },
    ]);
    expect(records.slice(1).map((r) => [r.records, r.ttl])).toEqual([
      [["203.0.113.30"], 30],
      [["203.0.113.20"], 30],
    ]);
    const checks = all("aws:route53/healthCheck:HealthCheck");
    expect(checks.map((c) => [c.ipAddress, c.type, c.resourcePath, c.requestInterval])).toEqual([
      ["203.0.113.30", "HTTP", "/healthz", 10],
      ["203.0.113.20", "HTTP", "/healthz", 10],
    ]);
    expect(records.slice(1).every((r) => r.healthCheckId)).toBe(true);
  });

  it("Traffic Manager: weighted external endpoints, monitored on the health check path, and a CNAME", async () => {
    const { one, pool } = await build("tm", {
      unit: UNIT,
      placements: THREE_CLOUDS,
      scaling: { min: 4, max: 8 },
      dns: { provider: "azure", zone: "example.com", name: "www.example.com", resourceGroupName: "dns-rg" },
    });
    const profile = one("azure-native:trafficmanager:Profile");
    expect(profile.trafficRoutingMethod).toBe("Weighted");
    expect(profile.monitorConfig).toMatchObject({
      protocol: "HTTP",
      path: "/",
      port: 80,
      intervalInSeconds: 30,
    });
    expect(profile.endpoints.map((e: Props) => [e.name, e.weight, e.target])).toEqual([
      ["aws-us-east-1", 2, expect.stringMatching(/elb\.amazonaws\.com$/)],
      ["gcp-europe-west1", 1, "203.0.113.30"],
      ["azure-westeurope", 1, "203.0.113.20"],
    ]);
    const record = one("azure-native:dns:RecordSet");
    expect(record).toMatchObject({
      zoneName: "example.com",
      relativeRecordSetName: "www",
      recordType: "CNAME",
      resourceGroupName: "dns-rg",
      cnameRecord: { cname: "www-example-com.trafficmanager.net" },
    });
    expect(await valueOf(pool.dnsName)).toBe("www.example.com");
  });

  it("Cloud DNS: weighted round robin with health-checked external endpoints", async () => {
    const { one } = await build("cdns", {
      unit: UNIT,
      placements: [
        { cloud: "gcp", region: "europe-west1", weight: 3 },
        { cloud: "azure", region: "westeurope", weight: 1 },
      ],
      scaling: { min: 4, max: 8 },
      dns: { provider: "gcp", zone: "example-com", name: "www.example.com" },
    });
    const rs = one("gcp:dns/recordSet:RecordSet");
    expect(rs).toMatchObject({ managedZone: "example-com", name: "www.example.com.", type: "A", ttl: 60 });
    expect(rs.routingPolicy.wrrs).toEqual([
      { weight: 3, healthCheckedTargets: { externalEndpoints: ["203.0.113.30"] } },
      { weight: 1, healthCheckedTargets: { externalEndpoints: ["203.0.113.20"] } },
    ]);
    const hc = one("gcp:compute/healthCheck:HealthCheck");
    expect(hc.sourceRegions).toHaveLength(3);
    expect(hc.checkIntervalSec).toBe(30);
    expect(hc.httpHealthCheck).toEqual({ port: 80, requestPath: "/" });
  });

  it("refuses what a DNS provider cannot serve", async () => {
    await fails(
      "dns-nozone",
      {
        unit: UNIT,
        placements: THREE_CLOUDS,
        scaling: { min: 4, max: 8 },
        dns: { provider: "aws", name: "www.example.com" } as Args["dns"],
      },
      /dns\.zone: is required; use the Route 53 hosted zone id/,
    );
    await fails(
      "dns-gcp-alb",
      {
        unit: UNIT,
        placements: THREE_CLOUDS,
        scaling: { min: 4, max: 8 },
        dns: { provider: "gcp", zone: "example-com", name: "www.example.com" },
      },
      /dns\.provider: Cloud DNS weighted records hold IP addresses, but aws-us-east-1 is reached by host name/,
    );
    await fails(
      "dns-azure",
      {
        unit: UNIT,
        placements: [{ cloud: "azure", region: "westeurope", weight: 1.5 }],
        scaling: { min: 1, max: 2 },
        dns: { provider: "azure", zone: "example.com", name: "example.com" },
      },
      /3 problems[\s\S]*dns\.resourceGroupName: is required[\s\S]*dns\.name: "example\.com" is not valid[\s\S]*placements\[0\]\.weight: 1\.5/,
    );
  });
});

describe("errors before any child", () => {
  const base: Args = { unit: UNIT, placements: THREE_CLOUDS, scaling: { min: 4, max: 8 } };

  it("names each bad field, its value and the fix, all at once", async () => {
    const error = await fails(
      "bad",
      {
        ...base,
        placements: [
          { cloud: "aws", weight: 0 },
          { cloud: "gcp", weight: -1 },
        ],
        scaling: { min: 5, desired: 3, max: 4, targetCpuUtilization: 1.5 },
      },
      /problems/,
    );
    expect(error.message).toContain("placements[0].weight: 0 is not valid; use a number greater than 0");
    expect(error.message).toContain("placements[1].weight: -1 is not valid");
    expect(error.message).toContain("scaling.min: 5 is not valid; use a min no larger than max (4)");
    expect(error.message).toContain("scaling.desired: 3 is not valid; use a desired of at least min (5)");
    expect(error.message).toContain(
      "scaling.targetCpuUtilization: 1.5 is not valid; use a number greater than 0 and at most 1",
    );
  });

  it("refuses desired above max and a target utilization of 0", async () => {
    await fails(
      "hi",
      { ...base, scaling: { min: 1, desired: 9, max: 8 } },
      /scaling\.desired: 9 .*at most max \(8\)/,
    );
    await fails(
      "zero",
      { ...base, scaling: { min: 1, max: 8, targetCpuUtilization: 0 } },
      /targetCpuUtilization: 0 is not valid/,
    );
  });

  it("refuses a member whose share of min rounds to zero, and says which min would do", async () => {
    await fails(
      "tiny",
      {
        unit: UNIT,
        placements: [
          { cloud: "aws", region: "us-east-1", weight: 10 },
          { cloud: "gcp", region: "europe-west1", weight: 1 },
        ],
        scaling: { min: 3, max: 30 },
      },
      /placements\[1\]\.weight: gives member 1 \(gcp europe-west1\) 0 of the pool's min 3 instances; raise scaling\.min to at least 6 \(the smallest that gives every member one\)/,
    );
  });

  it("refuses unknown fields with a did-you-mean, both placements and spread, and plain-value violations", async () => {
    await fails(
      "typo",
      { ...base, scalling: {} } as unknown as Args,
      /scalling: is not a known field; did you mean "scaling"\?/,
    );
    await fails(
      "both",
      { ...base, spread: { count: 2 } },
      /spread: .*give either placements or spread, not both/,
    );
    await fails(
      "output",
      { ...base, port: pulumi.output(80) as unknown as number },
      /args\.port: an Output or Promise is not valid here/,
    );
    const gcpEu = catalog.regions("gcp").filter((r) => r.geography === "eu").length;
    await fails(
      "too-spread",
      {
        unit: UNIT,
        spread: { clouds: ["gcp"], geography: "eu", count: gcpEu + 1 },
        scaling: { min: 1, max: 20 },
      },
      new RegExp(
        `spread\\.count: ${gcpEu + 1} is not valid; only ${gcpEu} region\\(s\\) of gcp in eu can host the unit`,
      ),
    );
    await fails(
      "region",
      { ...base, placements: [{ cloud: "aws", region: "us-east-9", weight: 1 }] },
      /placements\[0\]\.region: "us-east-9" is not valid; not a known aws region/,
    );
  });
});

describe("escape hatches and providers", () => {
  it("applies per-child transforms and passes explicit providers to the children of their cloud", async () => {
    const provider = new aws.Provider("pool-aws", { region: "us-west-2" });
    const { one } = await build("hatch", {
      unit: UNIT,
      placements: [
        { cloud: "aws", region: "us-east-1", weight: 1 },
        { cloud: "azure", region: "westeurope", weight: 1 },
      ],
      scaling: { min: 2, max: 4 },
      providers: { aws: provider },
      transform: {
        // A transform may hold Outputs: it is passed to the child, not read by placement.
        aws: { loadBalancer: { idleTimeout: 120, ipAddressType: pulumi.output("ipv4") } },
        azure: {
          scaleSet: (args) => {
            args.zones = ["1", "2", "3"];
          },
        },
      },
    });
    expect(one("aws:lb/loadBalancer:LoadBalancer")).toMatchObject({
      idleTimeout: 120,
      ipAddressType: "ipv4",
    });
    expect(one("azure-native:compute:VirtualMachineScaleSet").zones).toEqual(["1", "2", "3"]);
    const lb = recorded.find((r) => r.name === "hatch-aws-us-east-1-lb")!;
    expect(lb.provider).toMatch(/pulumi:providers:aws::pool-aws::/);
    // The member's own region wins over the explicit provider's.
    expect(lb.inputs.region).toBe("us-east-1");
    const vmss = recorded.find((r) => r.name === "hatch-azure-westeurope-vmss")!;
    expect(vmss.provider ?? "").not.toMatch(/pool-aws/);
  });
});
