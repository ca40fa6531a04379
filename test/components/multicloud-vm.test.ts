import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { defaultCatalog } from "../../sdk/catalog/catalog";
import { priceResource } from "../../sdk/cost/price-resource";
import { place } from "../../sdk/placement/place";
import { readTag, TAGS } from "../../sdk/tags";
import type { CostReport } from "../../components/shared/cost-sink";
import { coveredByReport, registerCostSink } from "../../components/shared/cost-sink";
import { componentKit, Props } from "../helpers/components";
import { installMocks, invokes, ofType, Recorded, valueOf } from "../helpers/mocks";

type Vm = typeof import("../../components/multicloud-vm");
type Args = import("../../components/multicloud-vm").MultiCloudVmArgs;

const KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHq3vTtU9Vq0b7Rk me@laptop";
const catalog = defaultCatalog();
let recorded: Recorded[];
let M: Vm;

beforeAll(async () => {
  recorded = installMocks({});
  M = await import("../../components/multicloud-vm");
});

// Each test states the stack config it runs with; none leaks into the next.
beforeEach(() => pulumi.runtime.setAllConfig({}));

const kit = componentKit(
  () => recorded,
  (name: string, args: Args, opts?: pulumi.ComponentResourceOptions) => new M.MultiCloudVm(name, args, opts),
);
const { fails } = kit;

/** Builds a MultiCloudVm and returns it with the custom resources registered under its name. */
async function build(name: string, args: Args, opts?: pulumi.ComponentResourceOptions) {
  const { component, ...rest } = await kit.build(name, args, opts);
  return { vm: component, ...rest };
}

const types = (children: Recorded[]) => [...new Set(children.map((r) => r.type))].sort();

describe("AWS", () => {
  it("builds an IMDSv2 instance of the placed type in the placed region, encrypted gp3 root, only the requested ingress", async () => {
    const unit = { vcpus: 2, memoryGiB: 8, diskGiB: 40 };
    const { vm, children, one, all } = await build("aws-basic", {
      unit,
      placement: { cloud: "aws", region: "eu-central-1" },
      ingress: [
        { port: 443, cidrs: ["0.0.0.0/0", "::/0"] },
        { port: 22, cidrs: ["198.51.100.7/32"] },
      ],
      tags: { team: "core" },
    });
    const expected = place(unit, { cloud: "aws", region: "eu-central-1" }, catalog);
    expect(types(children)).toEqual([
      "aws:cloudwatch/metricAlarm:MetricAlarm",
      "aws:ec2/instance:Instance",
      "aws:ec2/securityGroup:SecurityGroup",
      "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule",
      "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
    ]);
    const instance = one("aws:ec2/instance:Instance");
    expect(instance.instanceType).toBe(expected.instanceType);
    expect(vm.placement.instanceType).toBe(expected.instanceType);
    const spec = catalog.instanceType("aws", instance.instanceType)!;
    expect(spec.vcpus).toBeGreaterThanOrEqual(2);
    expect(spec.memoryGiB).toBeGreaterThanOrEqual(8);
    // Every child is pinned to the placed region (v7 per-resource region).
    for (const c of children) expect((c.inputs as Props).region, c.name).toBe("eu-central-1");
    expect(instance.metadataOptions).toMatchObject({ httpTokens: "required", httpEndpoint: "enabled" });
    expect(instance.rootBlockDevice).toMatchObject({ encrypted: true, volumeType: "gp3", volumeSize: 40 });
    expect(instance.associatePublicIpAddress).toBe(false);
    expect(instance.keyName).toBeUndefined();
    expect(instance.vpcSecurityGroupIds).toEqual(["aws-basic-sg-id"]);
    // One rule per port and source range; IPv6 ranges go to cidrIpv6.
    const rules = all("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule");
    expect(
      rules.map((r) => `${r.ipProtocol}/${r.fromPort}-${r.toPort}/${r.cidrIpv4 ?? r.cidrIpv6}`).sort(),
    ).toEqual(["tcp/22-22/198.51.100.7/32", "tcp/443-443/0.0.0.0/0", "tcp/443-443/::/0"]);
    expect(rules.every((r) => r.securityGroupId === "aws-basic-sg-id")).toBe(true);
    expect(one("aws:ec2/securityGroup:SecurityGroup").vpcId).toBeUndefined(); // the default VPC
    expect(await valueOf(vm.region)).toBe("eu-central-1");
    expect(await valueOf(vm.privateIp)).toBe("10.0.0.10");
    expect(vm.publicIp).toBeUndefined();
    expect(vm.aws?.instance).toBeInstanceOf(aws.ec2.Instance);
    expect(vm.azure).toBeUndefined();
  });

  it("tags every child with the cost-allocation tags, the user's and the declared utilization", async () => {
    const { children, one } = await build("aws-tags", {
      unit: { vcpus: 1, memoryGiB: 2 },
      placement: { cloud: "aws", region: "us-east-1" },
      expectedUtilization: 0.35,
      tags: { "cost-center": "R&D 42" },
    });
    for (const c of children) {
      const tags = (c.inputs as Props).tags ?? (c.inputs as Props).rootBlockDevice?.tags;
      expect(tags, c.name).toMatchObject({
        [TAGS.component]: "MultiCloudVm/aws-tags",
        [TAGS.unit]: "1vcpu-2gib-x86_64",
        [TAGS.expectedUtilization]: "0.35",
        "cost-center": "R&D 42",
      });
    }
    expect(one("aws:ec2/instance:Instance").rootBlockDevice.tags[TAGS.component]).toBe(
      "MultiCloudVm/aws-tags",
    );
  });

  it("looks the AMI up by family and arch from the publisher's account, once per region, family and arch", async () => {
    const before = invokes.length;
    for (const [i, arch] of (["arm64", "arm64", "x86_64"] as const).entries())
      await build(`aws-ami-${i}`, {
        unit: { vcpus: 2, memoryGiB: 4, arch, image: "ubuntu-22.04" },
        placement: { cloud: "aws", region: "us-west-2" },
      });
    const amis = invokes.slice(before).filter((c) => c.token === "aws:ec2/getAmi:getAmi");
    expect(amis).toHaveLength(2);
    const arm = amis.find((c) => JSON.stringify(c.inputs).includes("arm64"))!.inputs as Props;
    expect(arm.owners).toEqual(["099720109477"]);
    expect(arm.region).toBe("us-west-2");
    expect(arm.mostRecent).toBe(true);
    const filter = (name: string) => arm.filters.find((f: Props) => f.name === name).values;
    expect(filter("name")).toEqual(["ubuntu/images/hvm-ssd*/ubuntu-jammy-22.04-arm64-server-*"]);
    expect(filter("architecture")).toEqual(["arm64"]);
    const { one } = await build("aws-debian", {
      unit: { vcpus: 2, memoryGiB: 4, image: "debian-12" },
      placement: { cloud: "aws", region: "us-west-2" },
    });
    const debian = invokes.filter((c) => JSON.stringify(c.inputs).includes("debian-12")).pop()!
      .inputs as Props;
    expect(debian.owners).toEqual(["136693071363"]);
    expect(one("aws:ec2/instance:Instance").ami).toBe("ami-0abc1234");
  });

  it("places a GPU unit on a GPU type of the catalog, and keeps burstable types at their list price", async () => {
    const gpu = await build("aws-gpu", {
      unit: { vcpus: 4, memoryGiB: 16, gpu: { count: 1, model: "T4" } },
      placement: { cloud: "aws", region: "us-east-1" },
    });
    const type = catalog.instanceType("aws", gpu.one("aws:ec2/instance:Instance").instanceType)!;
    expect(type.gpuModel).toBe("T4");
    expect(type.gpuCount).toBeGreaterThanOrEqual(1);

    const small = await build("aws-burst", {
      unit: { vcpus: 2, memoryGiB: 4 },
      placement: { cloud: "aws", region: "us-east-1", allowBurstable: true },
    });
    const burst = small.one("aws:ec2/instance:Instance");
    expect(catalog.instanceType("aws", burst.instanceType)!.category).toBe("burstable");
    expect(burst.creditSpecification).toEqual({ cpuCredits: "standard" });
    expect(gpu.one("aws:ec2/instance:Instance").creditSpecification).toBeUndefined();
  });

  it("with an SSH key, a public IP and a given network: key pair, public address, the VPC and subnet", async () => {
    const { vm, one } = await build("aws-net", {
      unit: { vcpus: 2, memoryGiB: 4 },
      placement: { cloud: "aws", region: "eu-west-1" },
      publicIp: true,
      sshPublicKey: KEY,
      network: { aws: { vpcId: "vpc-0given", subnetIds: ["subnet-0a", "subnet-0b"] } },
      userData: "#cloud-config\npackages: [nginx]\n",
    });
    const instance = one("aws:ec2/instance:Instance");
    expect(one("aws:ec2/keyPair:KeyPair")).toMatchObject({ publicKey: KEY, region: "eu-west-1" });
    expect(instance.keyName).toBe("autonamed-key");
    expect(instance.associatePublicIpAddress).toBe(true);
    expect(instance.subnetId).toBe("subnet-0a");
    expect(instance.userData).toBe("#cloud-config\npackages: [nginx]\n");
    expect(one("aws:ec2/securityGroup:SecurityGroup").vpcId).toBe("vpc-0given");
    // The instance's own public address, which the mocked EC2 gives only when asked for one.
    expect(await valueOf(vm.publicIp!)).toBe("203.0.113.5");
  });

  it("raises a CPU alarm pair on the instance at the thresholds asked, or none with monitoring: false", async () => {
    const { all } = await build("aws-alarms", {
      unit: { vcpus: 2, memoryGiB: 4 },
      placement: { cloud: "aws", region: "us-east-1" },
      monitoring: { cpuHighPercent: 90 },
    });
    const alarms = all("aws:cloudwatch/metricAlarm:MetricAlarm");
    const high = alarms.find((a) => a.comparisonOperator === "GreaterThanThreshold")!;
    const low = alarms.find((a) => a.comparisonOperator === "LessThanThreshold")!;
    expect(high).toMatchObject({ metricName: "CPUUtilization", namespace: "AWS/EC2", threshold: 90 });
    expect(high.period * high.evaluationPeriods).toBe(900);
    expect(low).toMatchObject({ threshold: 10 });
    expect(low.period * low.evaluationPeriods).toBe(86400);
    for (const a of alarms) expect(a.dimensions).toEqual({ InstanceId: "aws-alarms-vm-id" });

    const quiet = await build("aws-quiet", {
      unit: { vcpus: 2, memoryGiB: 4 },
      placement: { cloud: "aws", region: "us-east-1" },
      monitoring: false,
    });
    expect(quiet.all("aws:cloudwatch/metricAlarm:MetricAlarm")).toEqual([]);
  });
});

describe("Azure", () => {
  it("builds a key-only VM of the placed size with a managed disk, Trusted Launch, a private network and an NSG of the requested rules", async () => {
    const unit = { vcpus: 2, memoryGiB: 8, diskGiB: 64, diskClass: "ssd" as const };
    const { vm, children, one, all } = await build("az-basic", {
      unit,
      placement: { cloud: "azure", region: "westeurope" },
      ingress: [
        { port: 443, cidrs: ["0.0.0.0/0"] },
        { port: 22, cidrs: ["198.51.100.7/32"] },
      ],
      sshPublicKey: KEY,
      userData: "#!/bin/sh\necho hi\n",
    });
    expect(types(children)).toEqual([
      "azure-native:compute:VirtualMachine",
      "azure-native:monitor:MetricAlert",
      "azure-native:network:NetworkInterface",
      "azure-native:network:NetworkSecurityGroup",
      "azure-native:network:Subnet",
      "azure-native:network:VirtualNetwork",
      "azure-native:resources:ResourceGroup",
    ]);
    const machine = one("azure-native:compute:VirtualMachine");
    expect(machine.hardwareProfile.vmSize).toBe(
      place(unit, { cloud: "azure", region: "westeurope" }, catalog).instanceType,
    );
    for (const c of children.filter((r) => !r.type.endsWith(":Subnet") && !r.type.endsWith(":MetricAlert")))
      expect((c.inputs as Props).location, c.name).toBe("westeurope");
    expect(machine.osProfile.adminPassword).toBeUndefined();
    expect(machine.osProfile.linuxConfiguration).toMatchObject({
      disablePasswordAuthentication: true,
      ssh: { publicKeys: [{ keyData: KEY, path: "/home/lepton/.ssh/authorized_keys" }] },
    });
    expect(Buffer.from(machine.osProfile.customData, "base64").toString()).toBe("#!/bin/sh\necho hi\n");
    expect(machine.storageProfile.osDisk).toMatchObject({
      createOption: "FromImage",
      diskSizeGB: 64,
      managedDisk: { storageAccountType: "Premium_LRS" },
    });
    expect(machine.storageProfile.imageReference).toMatchObject({
      publisher: "Canonical",
      offer: "ubuntu-24_04-lts",
      sku: "server",
    });
    expect(machine.securityProfile).toMatchObject({
      securityType: "TrustedLaunch",
      uefiSettings: { secureBootEnabled: true, vTpmEnabled: true },
    });
    const rules = one("azure-native:network:NetworkSecurityGroup").securityRules as Props[];
    expect(
      rules.map(
        (r) =>
          `${r.access} ${r.direction} ${r.protocol} ${r.destinationPortRange} ${r.sourceAddressPrefixes}`,
      ),
    ).toEqual(["Allow Inbound Tcp 443 0.0.0.0/0", "Allow Inbound Tcp 22 198.51.100.7/32"]);
    expect(one("azure-native:network:Subnet").defaultOutboundAccess).toBe(false);
    const nic = one("azure-native:network:NetworkInterface");
    expect(nic.networkSecurityGroup).toEqual({ id: "az-basic-nsg-id" });
    expect(nic.ipConfigurations[0].publicIPAddress).toBeUndefined();
    const alerts = all("azure-native:monitor:MetricAlert");
    expect(
      alerts
        .map(
          (a) =>
            `${a.criteria.allOf[0].operator} ${a.criteria.allOf[0].threshold} ${a.evaluationFrequency}/${a.windowSize}`,
        )
        .sort(),
    ).toEqual(["GreaterThan 80 PT5M/PT15M", "LessThan 10 PT1H/P1D"]);
    for (const a of alerts) {
      expect(a.scopes).toEqual(["az-basic-vm-id"]);
      expect(a.criteria.allOf[0]).toMatchObject({
        metricName: "Percentage CPU",
        metricNamespace: "Microsoft.Compute/virtualMachines",
      });
    }
    expect(await valueOf(vm.privateIp)).toBe("10.0.0.4");
  });

  it("without an SSH key, installs one whose private half nobody holds (Azure requires a key)", async () => {
    const { one } = await build("az-nokey", {
      unit: { vcpus: 2, memoryGiB: 8 },
      placement: { cloud: "azure", region: "westeurope" },
    });
    const linux = one("azure-native:compute:VirtualMachine").osProfile.linuxConfiguration;
    expect(linux.disablePasswordAuthentication).toBe(true);
    expect(linux.ssh.publicKeys).toHaveLength(1);
    expect(linux.ssh.publicKeys[0].keyData).toMatch(/^ssh-ed25519 [A-Za-z0-9+/]+=* lepton-no-login$/);
  });

  it("adds a Standard static public IP when asked, uses a given group and subnet, and skips Trusted Launch on Arm", async () => {
    const subnetId =
      "/subscriptions/s/resourceGroups/net/providers/Microsoft.Network/virtualNetworks/v/subnets/apps";
    const { vm, children, one } = await build("az-arm", {
      unit: { vcpus: 2, memoryGiB: 8, arch: "arm64", image: "debian-12" },
      placement: { cloud: "azure", region: "northeurope" },
      sshPublicKey: KEY,
      publicIp: true,
      network: { azure: { resourceGroupName: "apps-rg", subnetId } },
    });
    expect(ofType(children, "azure-native:resources:ResourceGroup")).toEqual([]);
    expect(ofType(children, "azure-native:network:VirtualNetwork")).toEqual([]);
    const ip = one("azure-native:network:PublicIPAddress");
    expect(ip).toMatchObject({
      sku: { name: "Standard" },
      publicIPAllocationMethod: "Static",
      resourceGroupName: "apps-rg",
    });
    const nic = one("azure-native:network:NetworkInterface");
    expect(nic.ipConfigurations[0]).toMatchObject({
      subnet: { id: subnetId },
      publicIPAddress: { id: "az-arm-ip-id" },
    });
    const machine = one("azure-native:compute:VirtualMachine");
    expect(catalog.instanceType("azure", machine.hardwareProfile.vmSize)!.arch).toBe("arm64");
    expect(machine.securityProfile).toBeUndefined();
    expect(machine.storageProfile.imageReference).toMatchObject({
      publisher: "Debian",
      offer: "debian-12",
      sku: "12-arm64",
    });
    expect(await valueOf(vm.publicIp!)).toBe("203.0.113.20");
  });
});

describe("GCP", () => {
  it("builds a Shielded VM in zone b of the placed region on a private network, firewall rules targeted at it, normalized labels", async () => {
    const unit = { vcpus: 4, memoryGiB: 16 };
    const { vm, children, one, all } = await build("gcp-basic", {
      unit,
      placement: { cloud: "gcp", region: "europe-west4" },
      ingress: [{ port: 443, cidrs: ["0.0.0.0/0", "::/0"] }],
      sshPublicKey: KEY,
      adminUsername: "ops",
      tags: { "Cost Center": "R&D/42", Owner: "Team.Core" },
    });
    expect(types(children)).toEqual([
      "gcp:compute/firewall:Firewall",
      "gcp:compute/instance:Instance",
      "gcp:compute/network:Network",
      "gcp:compute/subnetwork:Subnetwork",
      "gcp:monitoring/alertPolicy:AlertPolicy",
    ]);
    const instance = one("gcp:compute/instance:Instance");
    expect(instance.machineType).toBe(
      place(unit, { cloud: "gcp", region: "europe-west4" }, catalog).instanceType,
    );
    expect(instance.zone).toBe("europe-west4-b");
    expect(one("gcp:compute/subnetwork:Subnetwork")).toMatchObject({
      region: "europe-west4",
      network: "gcp-basic-net-id",
    });
    expect(one("gcp:compute/network:Network").autoCreateSubnetworks).toBe(false);
    expect(instance.shieldedInstanceConfig).toEqual({
      enableSecureBoot: true,
      enableVtpm: true,
      enableIntegrityMonitoring: true,
    });
    expect(instance.bootDisk.initializeParams).toMatchObject({
      image: "projects/ubuntu-os-cloud/global/images/family/ubuntu-2404-lts-amd64",
      size: 20,
      type: "pd-balanced",
    });
    expect(instance.networkInterfaces).toEqual([
      { network: "gcp-basic-net-id", subnetwork: "gcp-basic-subnet-id" },
    ]);
    expect(instance.guestAccelerators).toBeUndefined();
    expect(instance.metadata).toEqual({ "ssh-keys": `ops:${KEY}`, "block-project-ssh-keys": "true" });
    // GCP labels: lowercase, [a-z0-9_-], at most 63 characters, keys starting with a letter.
    for (const [k, v] of Object.entries(instance.labels as Record<string, string>)) {
      expect(k).toMatch(/^[a-z][a-z0-9_-]{0,62}$/);
      expect(v).toMatch(/^[a-z0-9_-]{0,63}$/);
    }
    expect(instance.labels).toMatchObject({
      lepton_component: "multicloudvm_gcp-basic",
      cost_center: "r_d_42",
      owner: "team_core",
    });
    expect(readTag(instance, TAGS.unit)).toBe("4vcpu-16gib-x86_64");
    // IPv4 and IPv6 sources need a rule each; both target only this instance's tag.
    const firewalls = all("gcp:compute/firewall:Firewall");
    expect(firewalls.map((f) => f.sourceRanges).sort()).toEqual([["0.0.0.0/0"], ["::/0"]]);
    for (const f of firewalls) {
      expect(f).toMatchObject({
        direction: "INGRESS",
        network: "gcp-basic-net-id",
        allows: [{ protocol: "tcp", ports: ["443"] }],
      });
      expect(f.targetTags).toEqual(instance.tags);
    }
    const policies = all("gcp:monitoring/alertPolicy:AlertPolicy");
    const conditions = policies.map((p) => p.conditions[0].conditionThreshold);
    expect(conditions.map((c) => `${c.comparison} ${c.thresholdValue}`).sort()).toEqual([
      "COMPARISON_GT 0.8",
      "COMPARISON_LT 0.1",
    ]);
    for (const c of conditions)
      expect(c.filter).toContain('resource.labels.instance_id = "4242424242424242"');
    expect(await valueOf(vm.privateIp)).toBe("10.0.0.10");
  });

  it("attaches the accelerator of a composite GPU type and stops for host maintenance; L4 machines carry their GPU", async () => {
    const t4 = await build("gcp-t4", {
      unit: { vcpus: 4, memoryGiB: 15, gpu: { count: 1, model: "T4" } },
      placement: { cloud: "gcp", region: "us-central1" },
    });
    const instance = t4.one("gcp:compute/instance:Instance");
    const composite = catalog.instanceType("gcp", t4.vm.placement.instanceType)!;
    expect(composite.accelerator).toEqual({ type: "nvidia-tesla-t4", count: 1 });
    expect(instance.machineType).toBe(composite.machineType);
    expect(instance.guestAccelerators).toEqual([{ type: "nvidia-tesla-t4", count: 1 }]);
    expect(instance.scheduling).toMatchObject({ onHostMaintenance: "TERMINATE" });

    const l4 = await build("gcp-l4", {
      unit: { vcpus: 4, memoryGiB: 16, gpu: { count: 1, model: "L4" } },
      placement: { cloud: "gcp", region: "us-central1" },
    });
    const g2 = l4.one("gcp:compute/instance:Instance");
    expect(g2.machineType).toMatch(/^g2-/);
    expect(g2.guestAccelerators).toBeUndefined();
    expect(g2.scheduling).toMatchObject({ onHostMaintenance: "TERMINATE" });
  });

  it("gives an external IP only when asked, runs shell scripts as the startup script, honours a given network and zone", async () => {
    const { vm, children, one } = await build("gcp-pub", {
      unit: { vcpus: 2, memoryGiB: 8, image: "debian-12", arch: "arm64" },
      placement: { cloud: "gcp", region: "europe-west4" },
      publicIp: true,
      userData: "#!/bin/bash\napt-get update\n",
      network: { gcp: { network: "shared-vpc", subnetwork: "apps" } },
      gcp: { zone: "europe-west4-a" },
    });
    expect(ofType(children, "gcp:compute/network:Network")).toEqual([]);
    const instance = one("gcp:compute/instance:Instance");
    expect(instance.zone).toBe("europe-west4-a");
    expect(instance.networkInterfaces[0]).toMatchObject({
      network: "shared-vpc",
      subnetwork: "apps",
      accessConfigs: [{}],
    });
    expect(instance.metadata["startup-script"]).toBe("#!/bin/bash\napt-get update\n");
    expect(instance.bootDisk.initializeParams.image).toBe(
      "projects/debian-cloud/global/images/family/debian-12-arm64",
    );
    expect(catalog.instanceType("gcp", instance.machineType)!.arch).toBe("arm64");
    expect(await valueOf(vm.publicIp!)).toBe("203.0.113.10");
  });
});

describe("names on the strict targets", () => {
  it("derives GCP and Kubernetes names GCP and Kubernetes accept from any component name", async () => {
    await build("Web_Server.1", {
      unit: { vcpus: 1, memoryGiB: 2 },
      placement: { cloud: "gcp", region: "us-east1" },
    });
    await build("9Lives", { unit: { vcpus: 1, memoryGiB: 2 }, placement: { cloud: "kubernetes" } });
    const names = recorded
      .filter((r) => r.custom && /^(web-server-1|vm-9lives)-/.test(r.name))
      .map((r) => r.name)
      .sort();
    expect(names).toEqual([
      "vm-9lives-ingress",
      "vm-9lives-vm",
      "web-server-1-cpu-high",
      "web-server-1-cpu-low",
      "web-server-1-net",
      "web-server-1-subnet",
      "web-server-1-vm",
    ]);
  });
});

describe("Kubernetes", () => {
  it("builds a one-replica StatefulSet whose requests equal limits equal the unit, with its disk, arch selector, policy and Service", async () => {
    const { vm, children, one } = await build("k8s-basic", {
      unit: { vcpus: 2, memoryGiB: 4, diskGiB: 30, arch: "arm64" },
      placement: { cloud: "kubernetes" },
      ingress: [{ port: 8080, cidrs: ["10.0.0.0/8"] }],
      kubernetes: { namespace: "apps", storageClass: "fast" },
      tags: { "team:name": "Core Eng" },
    });
    expect(types(children)).toEqual([
      "kubernetes:apps/v1:StatefulSet",
      "kubernetes:core/v1:Service",
      "kubernetes:networking.k8s.io/v1:NetworkPolicy",
    ]);
    const set = one("kubernetes:apps/v1:StatefulSet");
    expect(set.metadata.namespace).toBe("apps");
    expect(set.spec.replicas).toBe(1);
    const pod = set.spec.template.spec;
    const container = pod.containers[0];
    expect(container.resources.requests).toEqual({ cpu: "2", memory: "4Gi" });
    expect(container.resources.limits).toEqual(container.resources.requests);
    expect(container.image).toBe("ubuntu:24.04");
    expect(container.securityContext).toMatchObject({
      allowPrivilegeEscalation: false,
      capabilities: { drop: ["ALL"] },
    });
    expect(pod.securityContext).toMatchObject({
      runAsNonRoot: true,
      seccompProfile: { type: "RuntimeDefault" },
    });
    expect(pod.nodeSelector).toEqual({ "kubernetes.io/arch": "arm64" });
    expect(set.spec.volumeClaimTemplates[0].spec).toMatchObject({
      storageClassName: "fast",
      accessModes: ["ReadWriteOnce"],
      resources: { requests: { storage: "30Gi" } },
    });
    // Labels normalized for Kubernetes (prefix/name, values [A-Za-z0-9._-]).
    expect(set.metadata.labels).toMatchObject({
      "lepton/component": "MultiCloudVm-k8s-basic",
      "lepton/unit": "2vcpu-4gib-arm64",
      "team/name": "Core-Eng",
    });
    const policy = one("kubernetes:networking.k8s.io/v1:NetworkPolicy");
    expect(policy.spec.podSelector.matchLabels).toEqual(set.spec.selector.matchLabels);
    expect(policy.spec.ingress).toEqual([
      { from: [{ ipBlock: { cidr: "10.0.0.0/8" } }], ports: [{ protocol: "TCP", port: 8080 }] },
    ]);
    const service = one("kubernetes:core/v1:Service");
    expect(service.spec).toMatchObject({
      type: "ClusterIP",
      selector: set.spec.selector.matchLabels,
      ports: [{ port: 8080, targetPort: 8080 }],
    });
    expect(await valueOf(vm.privateIp)).toBe("10.96.0.20");
    expect(await valueOf(vm.region)).toBe("cluster");
  });

  it("asks for GPUs as nvidia.com/gpu limits, denies all ingress without rules, exposes a LoadBalancer only when asked", async () => {
    const gpu = await build("k8s-gpu", {
      unit: { vcpus: 4, memoryGiB: 16, gpu: { count: 1, model: "T4" } },
      placement: { cloud: "kubernetes" },
      kubernetes: { image: "nvcr.io/nvidia/cuda:12.4.1-runtime-ubuntu22.04" },
    });
    const pod = gpu.one("kubernetes:apps/v1:StatefulSet").spec.template.spec;
    expect(pod.containers[0].resources.limits["nvidia.com/gpu"]).toBe("1");
    expect(pod.containers[0].command).toBeUndefined(); // a given image keeps its entrypoint
    expect(pod.tolerations).toEqual([{ key: "nvidia.com/gpu", operator: "Exists", effect: "NoSchedule" }]);
    expect(ofType(gpu.children, "kubernetes:core/v1:Service")).toEqual([]);
    expect(gpu.one("kubernetes:networking.k8s.io/v1:NetworkPolicy").spec.ingress).toEqual([]);
    expect(gpu.vm.kubernetes?.service).toBeUndefined();

    const pub = await build("k8s-pub", {
      unit: { vcpus: 1, memoryGiB: 2 },
      placement: { cloud: "kubernetes" },
      publicIp: true,
      ingress: [{ port: 443, cidrs: ["203.0.113.0/24"] }],
    });
    expect(pub.one("kubernetes:core/v1:Service").spec).toMatchObject({
      type: "LoadBalancer",
      externalTrafficPolicy: "Local",
      loadBalancerSourceRanges: ["203.0.113.0/24"],
    });
  });

  it("prices the pod with the cluster's own profile when given", async () => {
    const { vm } = await build("k8s-profile", {
      unit: { vcpus: 2, memoryGiB: 8 },
      placement: { cloud: "kubernetes" },
      kubernetes: { profile: { vcpuHourUsd: 0.05, memoryGiBHourUsd: 0.005 } },
    });
    expect(vm.placement.hourlyUsd).toBeCloseTo(2 * 0.05 + 8 * 0.005, 6);
    expect(await valueOf(vm.monthlyUsd)).toBeCloseTo((2 * 0.05 + 8 * 0.005) * 730, 2);
  });
});

describe("placement defaults", () => {
  it("places on the cheapest offer over the three clouds when nothing is pinned or configured", async () => {
    const unit = { vcpus: 2, memoryGiB: 4 };
    const { vm, children } = await build("free-choice", { unit, sshPublicKey: KEY });
    const expected = place(unit, { clouds: ["aws", "azure", "gcp"] }, catalog);
    expect([vm.placement.cloud, vm.placement.region, vm.placement.instanceType]).toEqual([
      expected.cloud,
      expected.region,
      expected.instanceType,
    ]);
    const prefix = { aws: "aws:", azure: "azure-native:", gcp: "gcp:" }[expected.cloud as "aws"];
    expect(children.length).toBeGreaterThan(0);
    expect(children.every((c) => c.type.startsWith(prefix))).toBe(true);
    expect(await valueOf(vm.hourlyUsd)).toBe(expected.hourlyUsd);
  });

  it("keeps to the clouds of lepton-multicloud:clouds and the region the provider is configured for", async () => {
    pulumi.runtime.setAllConfig({ "lepton-multicloud:clouds": "aws", "aws:region": "eu-west-2" });
    const { vm, one } = await build("configured", { unit: { vcpus: 2, memoryGiB: 4 } });
    expect(vm.placement.cloud).toBe("aws");
    expect(one("aws:ec2/instance:Instance").region).toBe("eu-west-2");
  });

  it("places in the geography asked", async () => {
    const { vm } = await build("in-europe", {
      unit: { vcpus: 4, memoryGiB: 16 },
      placement: { geography: "eu" },
      sshPublicKey: KEY,
    });
    expect(vm.placement.geography).toBe("eu");
    expect(catalog.region(vm.placement.cloud as "aws", vm.placement.region)!.geography).toBe("eu");
  });
});

describe("the engine prices the raw children as the component reported them", () => {
  const cases: [string, Args, string][] = [
    [
      "price-aws",
      { unit: { vcpus: 2, memoryGiB: 8, diskGiB: 50 }, placement: { cloud: "aws", region: "us-east-1" } },
      "aws:ec2/instance:Instance",
    ],
    [
      "price-azure",
      {
        unit: { vcpus: 2, memoryGiB: 8, diskClass: "ssd" },
        placement: { cloud: "azure", region: "eastus" },
        sshPublicKey: KEY,
      },
      "azure-native:compute:VirtualMachine",
    ],
    [
      "price-gcp",
      {
        unit: { vcpus: 4, memoryGiB: 15, gpu: { count: 1, model: "T4" } },
        placement: { cloud: "gcp", region: "us-central1" },
      },
      "gcp:compute/instance:Instance",
    ],
    [
      "price-k8s",
      { unit: { vcpus: 3, memoryGiB: 6 }, placement: { cloud: "kubernetes" } },
      "kubernetes:apps/v1:StatefulSet",
    ],
  ];
  it.each(cases)("%s", async (name, args, type) => {
    const { vm, one } = await build(name, args);
    const price = priceResource(type, one(type), { catalog });
    expect(price.priced, JSON.stringify(price)).toBe(true);
    if (price.priced) expect(price.hourlyUsd).toBeCloseTo(vm.placement.hourlyUsd, 5);
  });
});

describe("what the engine and the policy pack see", () => {
  it("prices an Azure VM with a public IP as the sum the engine gives its billed children", async () => {
    const { vm, children } = await build("price-azure-ip", {
      unit: { vcpus: 2, memoryGiB: 8 },
      placement: { cloud: "azure", region: "westeurope" },
      publicIp: true,
      sshPublicKey: KEY,
    });
    // The component's price is the machine's (instance, disk, IP): its CPU alerts are billed apart.
    const engine = children
      .filter((r) => r.type !== "azure-native:monitor:MetricAlert")
      .map((r) => priceResource(r.type, r.inputs as Props, { catalog }))
      .reduce((sum, p) => sum + (p.priced ? p.hourlyUsd : 0), 0);
    const hourly = await valueOf(vm.hourlyUsd);
    expect(hourly).toBeGreaterThan(vm.placement.hourlyUsd);
    expect(hourly).toBeCloseTo(engine, 5);
  });

  it("registers its plain arguments and where it landed, for the rules", async () => {
    await build("inputs-vm", {
      unit: { vcpus: 4, memoryGiB: 16 },
      placement: { cloud: "gcp", region: "europe-west4" },
      expectedUtilization: 0.15,
    });
    const component = recorded.find((r) => r.name === "inputs-vm" && !r.custom)!;
    expect(component.inputs).toMatchObject({
      unit: { vcpus: 4, memoryGiB: 16 },
      placement: { cloud: "gcp", region: "europe-west4" },
      expectedUtilization: 0.15,
      placed: { cloud: "gcp", region: "europe-west4" },
    });
  });
});

describe("providers, transforms and budgets", () => {
  it("passes the explicit provider to every child", async () => {
    const provider = new aws.Provider("vm-provider", { region: "us-east-1" });
    const { children } = await build("with-provider", {
      unit: { vcpus: 2, memoryGiB: 4 },
      placement: { cloud: "aws", region: "us-east-1" },
      providers: { aws: provider },
      ingress: [{ port: 80, cidrs: ["10.0.0.0/8"] }],
    });
    expect(children.length).toBe(6);
    for (const c of children) expect(c.provider, c.name).toContain("::vm-provider::");
  });

  it("applies per-child transforms, as objects merged over the args or as functions", async () => {
    const { one, all } = await build("transformed", {
      unit: { vcpus: 2, memoryGiB: 4 },
      placement: { cloud: "aws", region: "us-east-1" },
      transform: {
        aws: {
          instance: { monitoring: true },
          alarm: (args) => {
            args.alarmActions = ["arn:aws:sns:us-east-1:123456789012:ops"];
          },
        },
      },
    });
    expect(one("aws:ec2/instance:Instance").monitoring).toBe(true);
    for (const a of all("aws:cloudwatch/metricAlarm:MetricAlarm"))
      expect(a.alarmActions).toEqual(["arn:aws:sns:us-east-1:123456789012:ops"]);
  });

  it("reports its cost to the budget above it and carries the budget's tags", async () => {
    const reports: CostReport[] = [];
    const budget = new pulumi.ComponentResource("test:index:Budget", "budget-1");
    registerCostSink(budget, { report: (r) => reports.push(r), costTags: { "lepton:owner": "team-a" } });
    const { vm, one } = await build(
      "budgeted",
      { unit: { vcpus: 2, memoryGiB: 4 }, placement: { cloud: "gcp", region: "us-east1" } },
      { parent: budget },
    );
    expect(reports).toEqual([
      expect.objectContaining({
        componentType: "lepton-multicloud:index:MultiCloudVm",
        name: "budgeted",
        cloud: "gcp",
        region: "us-east1",
        monthlyUsd: vm.placement.monthlyUsd,
        instanceType: vm.placement.instanceType,
        count: 1,
      }),
    ]);
    expect(coveredByReport(vm)).toBe(true);
    expect(one("gcp:compute/instance:Instance").labels.lepton_owner).toBe("team-a");
  });
});

describe("errors come before any child, naming the field, the value and the fix", () => {
  it("an invalid unit", async () => {
    await fails(
      "bad-unit",
      { unit: { vcpus: -1, memoryGiB: 4 } },
      /unit\.vcpus: -1 is not valid; use a number greater than 0/,
    );
  });

  it("an Output where placement needs a plain value", async () => {
    await fails(
      "bad-output",
      { unit: { vcpus: pulumi.output(2) as unknown as number, memoryGiB: 4 } },
      /unit\.vcpus: an Output or Promise is not valid here/,
    );
  });

  it("a misspelled field, with a suggestion", async () => {
    await fails(
      "bad-field",
      { unit: { vcpus: 1, memoryGiB: 2 }, publicIP: true } as Args,
      /publicIP: is not a known field; did you mean "publicIp"\?/,
    );
  });

  it("every problem at once", async () => {
    const e = await fails(
      "bad-many",
      {
        unit: { vcpus: 0, memoryGiB: 4 },
        ingress: [{ port: 70000, cidrs: ["10.0.0.0/8"] }],
        expectedUtilization: 1.5,
      },
      /3 problems/,
    );
    expect(e.message).toMatch(/ingress\[0\]\.port: 70000/);
    expect(e.message).toMatch(
      /expectedUtilization: 1\.5 is not valid; use a number at least 0 and at most 1/,
    );
    expect(e.message).toMatch(/unit\.vcpus: 0/);
  });

  it("a region not in the catalog", async () => {
    await fails(
      "bad-region",
      { unit: { vcpus: 1, memoryGiB: 2 }, placement: { cloud: "aws", region: "eu-west-9" } },
      /placement\.region: "eu-west-9" is not valid; not a known aws region in the catalog; did you mean/,
    );
  });

  it("an impossible placement", async () => {
    await fails(
      "bad-price",
      { unit: { vcpus: 2, memoryGiB: 4 }, placement: { maxHourlyUsd: 0.001 } },
      /placement\.maxHourlyUsd.*raise maxHourlyUsd/,
    );
  });

  it("a pinned type that does not satisfy the unit", async () => {
    await fails(
      "bad-pin",
      {
        unit: { vcpus: 8, memoryGiB: 32 },
        placement: { cloud: "aws", region: "us-east-1", instanceType: "m6i.large" },
      },
      /pinned instance type "m6i\.large".*unit\.vcpus/,
    );
  });

  it("a GPU asked on a target without it", async () => {
    await fails(
      "bad-gpu",
      {
        unit: { vcpus: 4, memoryGiB: 16, gpu: { count: 1, model: "L4" } },
        placement: { cloud: "azure" },
        sshPublicKey: KEY,
      },
      /unit\.gpu excluded every remaining candidate/,
    );
    await fails(
      "bad-gpu-arm",
      { unit: { vcpus: 4, memoryGiB: 16, arch: "arm64", gpu: { count: 1 } } },
      /unit\.arch: "arm64" is not valid; GPU machines in the catalog are x86_64/,
    );
  });

  it("SSH open to the internet, unless explicitly allowed", async () => {
    await fails(
      "bad-ssh",
      { unit: { vcpus: 1, memoryGiB: 2 }, ingress: [{ port: 22, cidrs: ["0.0.0.0/0"] }] },
      /ingress\[0\]\.cidrs: opens SSH \(port 22\) to the whole internet \(0\.0\.0\.0\/0\); .*allowPublicAdmin: true/,
    );
    await fails(
      "bad-rdp",
      { unit: { vcpus: 1, memoryGiB: 2 }, ingress: [{ port: 3000, toPort: 4000, cidrs: ["::/0"] }] },
      /opens RDP \(port 3389\)/,
    );
    const { all } = await build("lab-ssh", {
      unit: { vcpus: 1, memoryGiB: 2 },
      placement: { cloud: "aws", region: "us-east-1" },
      ingress: [{ port: 22, cidrs: ["0.0.0.0/0"], allowPublicAdmin: true }],
    });
    expect(
      all("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule").map(
        (r) => `${r.fromPort} ${r.cidrIpv4}`,
      ),
    ).toEqual(["22 0.0.0.0/0"]);
  });

  it("what a target cannot do: scripts on Kubernetes, cloud-config on GCP Debian, a zone elsewhere", async () => {
    await fails(
      "bad-k8s",
      { unit: { vcpus: 1, memoryGiB: 2 }, placement: { cloud: "kubernetes" }, userData: "#!/bin/sh" },
      /userData: is not available on Kubernetes; build the setup into kubernetes\.image/,
    );
    await fails(
      "bad-debian",
      {
        unit: { vcpus: 1, memoryGiB: 2, image: "debian-12" },
        placement: { cloud: "gcp", region: "us-east1" },
        userData: "#cloud-config\nruncmd: [ls]\n",
      },
      /userData: .*no cloud-init; pass a shell script/,
    );
    await fails(
      "bad-zone",
      {
        unit: { vcpus: 1, memoryGiB: 2 },
        placement: { cloud: "gcp", region: "us-east1" },
        gcp: { zone: "europe-west4-a" },
      },
      /gcp\.zone: "europe-west4-a" is not in the placed region us-east1; pin placement\.region to europe-west4/,
    );
  });

  it("a given network with a region placement was free to choose", async () => {
    await fails(
      "bad-network",
      {
        unit: { vcpus: 1, memoryGiB: 2 },
        placement: { cloud: "aws" },
        network: { aws: { vpcId: "vpc-1", subnetIds: ["subnet-1"] } },
      },
      /network\.aws: .*placement chose aws region .* freely; pin placement\.region/,
    );
  });

  it("a bad SSH key or admin name", async () => {
    await fails(
      "bad-key",
      { unit: { vcpus: 1, memoryGiB: 2 }, sshPublicKey: "-----BEGIN OPENSSH PRIVATE KEY-----" },
      /sshPublicKey: .*not the private key/,
    );
    await fails(
      "bad-admin",
      { unit: { vcpus: 1, memoryGiB: 2 }, adminUsername: "admin" },
      /adminUsername: "admin" is not valid; use another name/,
    );
  });
});
