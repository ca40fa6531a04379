import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HarnessResource, PolicyPackSession, startPolicyPack } from "../../analyzer/harness";
import { ensureBuilt, exempt, of, PACK_DIR, provider, res, ROOT, UNKNOWN } from "./helpers";

/** What a case expects from its rule: a violation at the rule's level, nothing, or an advisory "could not check". */
type Expect = "violation" | "pass" | "note";
interface Case {
  rule: string;
  label: string;
  r: HarnessResource;
  expect: Expect;
  match?: RegExp;
}

const AWS = { provider: provider("aws", { region: "us-east-1" }, "default_7_0_0") };
const AZURE = { provider: provider("azure-native", { location: "eastus" }, "default_3_0_0") };
const GCP = { provider: provider("gcp", { region: "us-central1", project: "p" }, "default_9_0_0") };
const pod = (cpu: string, memory: string, extra: Record<string, unknown> = {}) => ({
  metadata: { labels: { owner: "a", "cost-center": "b" } },
  spec: {
    replicas: 2,
    template: {
      spec: {
        containers: [{ name: "app", image: "nginx", resources: { requests: { cpu, memory } } }],
        ...extra,
      },
    },
  },
});
const tagged = { owner: "a", "cost-center": "b" };

const CASES: Case[] = [
  // max-instance-hourly-price (limit $0.5/h)
  {
    rule: "max-instance-hourly-price",
    label: "aws instance under",
    expect: "pass",
    r: res("aws:ec2/instance:Instance", "aws-small", { instanceType: "m6i.large", tags: tagged }, AWS),
  },
  {
    rule: "max-instance-hourly-price",
    label: "aws instance over",
    expect: "violation",
    match: /m6i\.4xlarge.*above the \$0\.5\/h limit/,
    r: res("aws:ec2/instance:Instance", "aws-big", { instanceType: "m6i.4xlarge" }, AWS),
  },
  {
    rule: "max-instance-hourly-price",
    label: "aws group member over",
    expect: "violation",
    match: /one instance costs/,
    r: res(
      "aws:autoscaling/group:Group",
      "aws-asg",
      {
        minSize: 2,
        maxSize: 4,
        tags: [{ key: "lepton:instance-type", value: "m6i.4xlarge", propagateAtLaunch: true }],
      },
      AWS,
    ),
  },
  {
    rule: "max-instance-hourly-price",
    label: "aws launch template over",
    expect: "violation",
    r: res("aws:ec2/launchTemplate:LaunchTemplate", "aws-lt", { instanceType: "r6i.4xlarge" }, AWS),
  },
  {
    rule: "max-instance-hourly-price",
    label: "azure vm over",
    expect: "violation",
    r: res(
      "azure-native:compute:VirtualMachine",
      "az-big",
      { hardwareProfile: { vmSize: "Standard_D16s_v5" } },
      AZURE,
    ),
  },
  {
    rule: "max-instance-hourly-price",
    label: "azure scale set under",
    expect: "pass",
    r: res(
      "azure-native:compute:VirtualMachineScaleSet",
      "az-vmss",
      { sku: { name: "Standard_D2s_v5", capacity: 3 } },
      AZURE,
    ),
  },
  {
    rule: "max-instance-hourly-price",
    label: "gcp instance over",
    expect: "violation",
    r: res(
      "gcp:compute/instance:Instance",
      "gcp-big",
      { machineType: "n2-standard-16", zone: "us-central1-a" },
      GCP,
    ),
  },
  {
    rule: "max-instance-hourly-price",
    label: "gcp instance under",
    expect: "pass",
    r: res(
      "gcp:compute/instance:Instance",
      "gcp-small",
      { machineType: "e2-standard-2", zone: "us-central1-a" },
      GCP,
    ),
  },
  {
    rule: "max-instance-hourly-price",
    label: "k8s pod over",
    expect: "violation",
    match: /one replica costs.*lower the pod's cpu\/memory requests/,
    r: res("kubernetes:apps/v1:Deployment", "k8s-big", pod("16", "64Gi")),
  },
  {
    rule: "max-instance-hourly-price",
    label: "k8s pod under",
    expect: "pass",
    r: res("kubernetes:apps/v1:Deployment", "k8s-small", pod("500m", "1Gi")),
  },
  {
    rule: "max-instance-hourly-price",
    label: "unknown type",
    expect: "note",
    match: /instanceType is unknown during preview/,
    r: res("aws:ec2/instance:Instance", "aws-unk", { instanceType: UNKNOWN }, AWS),
  },

  // allowed-regions
  {
    rule: "allowed-regions",
    label: "aws zone outside",
    expect: "violation",
    match: /"ap-south-1".*us-east-1/,
    r: res(
      "aws:ec2/instance:Instance",
      "aws-mumbai",
      { instanceType: "m6i.large", availabilityZone: "ap-south-1a" },
      AWS,
    ),
  },
  {
    rule: "allowed-regions",
    label: "aws provider outside",
    expect: "violation",
    r: res("pulumi:providers:aws", "aws-prov", { region: "ap-south-1" }),
  },
  {
    rule: "allowed-regions",
    label: "aws default provider outside",
    expect: "violation",
    match: /default provider/,
    r: res(
      "aws:s3/bucketV2:BucketV2",
      "aws-bucket",
      {},
      { provider: provider("aws", { region: "sa-east-1" }, "default") },
    ),
  },
  {
    rule: "allowed-regions",
    label: "aws explicit provider judged on its own",
    expect: "pass",
    r: res(
      "aws:s3/bucketV2:BucketV2",
      "aws-bucket2",
      {},
      { provider: provider("aws", { region: "sa-east-1" }) },
    ),
  },
  {
    rule: "allowed-regions",
    label: "aws inside",
    expect: "pass",
    r: res("aws:ec2/instance:Instance", "aws-virginia", { instanceType: "m6i.large" }, AWS),
  },
  {
    rule: "allowed-regions",
    label: "azure outside",
    expect: "violation",
    r: res("azure-native:compute:Disk", "az-japan", { location: "Japan East", diskSizeGB: 10 }, AZURE),
  },
  {
    rule: "allowed-regions",
    label: "azure inside (display name)",
    expect: "pass",
    r: res("azure-native:compute:Disk", "az-eastus", { location: "East US", diskSizeGB: 10 }, AZURE),
  },
  {
    rule: "allowed-regions",
    label: "azure provider outside",
    expect: "violation",
    r: res("pulumi:providers:azure-native", "az-prov", { location: "australiaeast" }),
  },
  {
    rule: "allowed-regions",
    label: "gcp zone outside",
    expect: "violation",
    r: res(
      "gcp:compute/instance:Instance",
      "gcp-taiwan",
      { machineType: "e2-standard-2", zone: "asia-east1-b" },
      GCP,
    ),
  },
  {
    rule: "allowed-regions",
    label: "gcp multi-region bucket",
    expect: "pass",
    r: res("gcp:storage/bucket:Bucket", "gcp-eu", { location: "EU" }, GCP),
  },
  {
    rule: "allowed-regions",
    label: "unknown zone",
    expect: "note",
    r: res("aws:ebs/volume:Volume", "aws-vol-unk", { availabilityZone: UNKNOWN, size: 10 }, AWS),
  },

  // allowed-instance-families
  {
    rule: "allowed-instance-families",
    label: "aws old family",
    expect: "violation",
    match: /family m5.*use m6i\.xlarge.*costs the same/,
    r: res("aws:ec2/instance:Instance", "aws-m5", { instanceType: "m5.xlarge" }, AWS),
  },
  {
    rule: "allowed-instance-families",
    label: "aws small old type",
    expect: "violation",
    // The cheapest allowed type at least as large (2 vCPU, 4 GiB), not a much bigger one.
    match: /family t2.*use c6i\.large \(family c6i, 2 vCPU, 4 GiB/,
    r: res("aws:ec2/instance:Instance", "aws-t2", { instanceType: "t2.micro" }, AWS),
  },
  {
    rule: "allowed-instance-families",
    label: "aws allowed family",
    expect: "pass",
    r: res("aws:ec2/instance:Instance", "aws-m6i", { instanceType: "m6i.xlarge" }, AWS),
  },
  {
    rule: "allowed-instance-families",
    label: "aws group override",
    expect: "violation",
    r: res(
      "aws:autoscaling/group:Group",
      "aws-mixed",
      {
        minSize: 1,
        maxSize: 2,
        mixedInstancesPolicy: {
          launchTemplate: { overrides: [{ instanceType: "m6i.large" }, { instanceType: "r6i.large" }] },
        },
      },
      AWS,
    ),
  },
  {
    rule: "allowed-instance-families",
    label: "azure family",
    expect: "violation",
    match: /Es_v5/,
    r: res(
      "azure-native:compute:VirtualMachine",
      "az-e4",
      { hardwareProfile: { vmSize: "Standard_E4s_v5" } },
      AZURE,
    ),
  },
  {
    rule: "allowed-instance-families",
    label: "gcp family",
    expect: "violation",
    r: res(
      "gcp:compute/instanceTemplate:InstanceTemplate",
      "gcp-n2d",
      { machineType: "n2d-standard-4" },
      GCP,
    ),
  },
  {
    rule: "allowed-instance-families",
    label: "k8s node selector",
    expect: "violation",
    match: /aws type r6i\.large/,
    r: res(
      "kubernetes:apps/v1:Deployment",
      "k8s-r6i",
      pod("1", "1Gi", { nodeSelector: { "node.kubernetes.io/instance-type": "r6i.large" } }),
    ),
  },
  {
    rule: "allowed-instance-families",
    label: "unknown type",
    expect: "note",
    r: res("azure-native:compute:VirtualMachine", "az-unk", { hardwareProfile: { vmSize: UNKNOWN } }, AZURE),
  },

  // cost-allocation-tags
  {
    rule: "cost-allocation-tags",
    label: "aws untagged",
    expect: "violation",
    match: /missing cost-allocation tags owner, cost-center.*remediate/,
    r: res("aws:ec2/instance:Instance", "aws-untagged", { instanceType: "m6i.large" }, AWS),
  },
  {
    rule: "cost-allocation-tags",
    label: "aws tagged",
    expect: "pass",
    r: res(
      "aws:ebs/volume:Volume",
      "aws-tagged",
      { size: 10, availabilityZone: "us-east-1a", tags: tagged },
      AWS,
    ),
  },
  {
    rule: "cost-allocation-tags",
    label: "azure untagged",
    expect: "violation",
    r: res(
      "azure-native:compute:Disk",
      "az-disk",
      { location: "eastus", diskSizeGB: 32, tags: { owner: "a" } },
      AZURE,
    ),
  },
  // Types the engine knows are not billed: a tag on them allocates no cost, so none is required.
  {
    rule: "cost-allocation-tags",
    label: "azure network (not billed)",
    expect: "pass",
    r: res(
      "azure-native:network:VirtualNetwork",
      "az-vnet",
      { location: "eastus", tags: { owner: "a" } },
      AZURE,
    ),
  },
  {
    rule: "cost-allocation-tags",
    label: "aws IAM role (not billed)",
    expect: "pass",
    r: res("aws:iam/role:Role", "aws-role", { assumeRolePolicy: "{}", tags: {} }, AWS),
  },
  {
    rule: "cost-allocation-tags",
    label: "k8s ClusterIP Service (not billed)",
    expect: "pass",
    r: res("kubernetes:core/v1:Service", "k8s-svc", { metadata: { name: "x" }, spec: { type: "ClusterIP" } }),
  },
  {
    rule: "cost-allocation-tags",
    label: "gcp labels",
    expect: "violation",
    match: /labels cost-center/,
    r: res(
      "gcp:compute/disk:Disk",
      "gcp-disk",
      { size: 10, zone: "us-central1-a", labels: { owner: "a" } },
      GCP,
    ),
  },
  {
    rule: "cost-allocation-tags",
    label: "gcp normalized spelling",
    expect: "pass",
    r: res(
      "gcp:storage/bucket:Bucket",
      "gcp-bucket",
      { location: "US", labels: { owner: "a", "cost-center": "b" } },
      GCP,
    ),
  },
  {
    rule: "cost-allocation-tags",
    label: "k8s labels",
    expect: "violation",
    r: res("kubernetes:core/v1:Service", "k8s-lb", {
      metadata: { name: "x" },
      spec: { type: "LoadBalancer", ports: [{ port: 443 }] },
    }),
  },
  {
    rule: "cost-allocation-tags",
    label: "k8s config map (not billed)",
    expect: "pass",
    r: res("kubernetes:core/v1:ConfigMap", "k8s-cm", { metadata: { name: "x" }, data: {} }),
  },
  {
    rule: "cost-allocation-tags",
    label: "resource without tags field",
    expect: "pass",
    r: res("aws:ec2/routeTableAssociation:RouteTableAssociation", "aws-rta", {}, AWS),
  },
  {
    rule: "cost-allocation-tags",
    label: "unknown tags",
    expect: "note",
    r: res("aws:ec2/instance:Instance", "aws-tags-unk", { instanceType: "m6i.large", tags: UNKNOWN }, AWS),
  },

  // rightsize-underutilized
  {
    rule: "rightsize-underutilized",
    label: "aws expected-utilization tag",
    expect: "violation",
    match: /m6i\.4xlarge.*10 % CPU.*tag lepton:expected-utilization.*saves/,
    r: res(
      "aws:ec2/instance:Instance",
      "aws-idle",
      { instanceType: "m6i.4xlarge", tags: { "lepton:expected-utilization": "0.1" } },
      AWS,
    ),
  },
  {
    rule: "rightsize-underutilized",
    label: "aws busy",
    expect: "pass",
    r: res(
      "aws:ec2/instance:Instance",
      "aws-busy",
      { instanceType: "m6i.4xlarge", tags: { "lepton:expected-utilization": "0.7" } },
      AWS,
    ),
  },
  {
    rule: "rightsize-underutilized",
    label: "azure observed by name",
    expect: "violation",
    match: /observed p95/,
    r: res(
      "azure-native:compute:VirtualMachine",
      "az-vm-idle",
      { hardwareProfile: { vmSize: "Standard_D16s_v5" } },
      AZURE,
    ),
  },
  {
    rule: "rightsize-underutilized",
    label: "gcp observed by tag (label spelling)",
    expect: "violation",
    r: res(
      "gcp:compute/instance:Instance",
      "gcp-batch",
      { machineType: "n2-standard-16", zone: "us-central1-a", labels: { lepton_unit: "batch" } },
      GCP,
    ),
  },
  {
    rule: "rightsize-underutilized",
    label: "k8s workload",
    expect: "violation",
    match: /request app: cpu/,
    r: res("kubernetes:apps/v1:Deployment", "k8s-idle", {
      ...pod("4", "8Gi"),
      metadata: { labels: { "lepton/expected-utilization": "12" } },
    }),
  },
  {
    rule: "rightsize-underutilized",
    label: "component declared",
    expect: "violation",
    match: /declare unit \{ vcpus/,
    r: res(
      "lepton-multicloud:index:MultiCloudVm",
      "vm-idle",
      {
        unit: { vcpus: 16, memoryGiB: 64 },
        placement: { cloud: "aws", region: "us-east-1" },
        expectedUtilization: 0.1,
      },
      { custom: false },
    ),
  },
  {
    rule: "rightsize-underutilized",
    label: "component's child left to the component",
    expect: "pass",
    r: res(
      "aws:ec2/instance:Instance",
      "vm-idle-instance",
      {
        instanceType: "m6i.4xlarge",
        tags: { "lepton:component": "MultiCloudVm/vm-idle", "lepton:expected-utilization": "0.1" },
      },
      AWS,
    ),
  },
  {
    rule: "rightsize-underutilized",
    label: "unknown utilization",
    expect: "note",
    r: res(
      "lepton-multicloud:index:BalancedPool",
      "pool-unk",
      { unit: { vcpus: 4, memoryGiB: 8 }, expectedUtilization: UNKNOWN },
      { custom: false },
    ),
  },

  // autoscaling-target-range
  {
    rule: "autoscaling-target-range",
    label: "aws target tracking too high",
    expect: "violation",
    match: /90 %.*above 80 %/,
    r: res(
      "aws:autoscaling/policy:Policy",
      "aws-tt",
      {
        policyType: "TargetTrackingScaling",
        targetTrackingConfiguration: {
          targetValue: 90,
          predefinedMetricSpecification: { predefinedMetricType: "ASGAverageCPUUtilization" },
        },
      },
      AWS,
    ),
  },
  {
    rule: "autoscaling-target-range",
    label: "aws target tracking ok",
    expect: "pass",
    r: res(
      "aws:autoscaling/policy:Policy",
      "aws-tt-ok",
      {
        policyType: "TargetTrackingScaling",
        targetTrackingConfiguration: {
          targetValue: 60,
          predefinedMetricSpecification: { predefinedMetricType: "ASGAverageCPUUtilization" },
        },
      },
      AWS,
    ),
  },
  {
    rule: "autoscaling-target-range",
    label: "aws group peak over ceiling",
    expect: "violation",
    match: /at maximum capacity.*lower its maximum/,
    r: res(
      "aws:autoscaling/group:Group",
      "aws-peak",
      { minSize: 1, maxSize: 10, tags: [{ key: "lepton:instance-type", value: "m6i.4xlarge" }] },
      AWS,
    ),
  },
  {
    rule: "autoscaling-target-range",
    label: "gcp autoscaler too low",
    expect: "violation",
    match: /20 %.*below 40 %/,
    r: res(
      "gcp:compute/autoscaler:Autoscaler",
      "gcp-as",
      { autoscalingPolicy: { minReplicas: 1, maxReplicas: 5, cpuUtilization: { target: 0.2 } } },
      GCP,
    ),
  },
  {
    rule: "autoscaling-target-range",
    label: "azure scale-out threshold",
    expect: "violation",
    r: res(
      "azure-native:monitor:AutoscaleSetting",
      "az-as",
      {
        profiles: [
          {
            capacity: { minimum: "1", maximum: "4", default: "1" },
            rules: [
              {
                metricTrigger: { metricName: "Percentage CPU", operator: "GreaterThan", threshold: 95 },
                scaleAction: { direction: "Increase" },
              },
            ],
          },
        ],
      },
      AZURE,
    ),
  },
  {
    rule: "autoscaling-target-range",
    label: "k8s hpa v2 too low",
    expect: "violation",
    r: res("kubernetes:autoscaling/v2:HorizontalPodAutoscaler", "k8s-hpa", {
      spec: {
        minReplicas: 1,
        maxReplicas: 5,
        metrics: [
          {
            type: "Resource",
            resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 30 } },
          },
        ],
      },
    }),
  },
  {
    rule: "autoscaling-target-range",
    label: "k8s hpa v1 ok",
    expect: "pass",
    r: res("kubernetes:autoscaling/v1:HorizontalPodAutoscaler", "k8s-hpa1", {
      spec: { maxReplicas: 5, targetCPUUtilizationPercentage: 50 },
    }),
  },
  {
    rule: "autoscaling-target-range",
    label: "unknown target",
    expect: "note",
    r: res("kubernetes:autoscaling/v1:HorizontalPodAutoscaler", "k8s-hpa-unk", {
      spec: { maxReplicas: 5, targetCPUUtilizationPercentage: UNKNOWN },
    }),
  },

  // cheaper-region-available (min 10 %)
  {
    rule: "cheaper-region-available",
    label: "aws tokyo vs mumbai",
    expect: "violation",
    match: /ap-south-1 \(asia\), 21 % less/,
    r: res(
      "aws:ec2/instance:Instance",
      "aws-tokyo",
      { instanceType: "c6i.2xlarge", availabilityZone: "ap-northeast-1a" },
      AWS,
    ),
  },
  {
    rule: "cheaper-region-available",
    label: "aws cheapest already",
    expect: "pass",
    r: res("aws:ec2/instance:Instance", "aws-ohio", { instanceType: "m6i.large", region: "us-east-2" }, AWS),
  },
  {
    rule: "cheaper-region-available",
    label: "aws ireland on-demand already cheapest in eu",
    expect: "pass",
    r: res(
      "aws:ec2/instance:Instance",
      "aws-dublin",
      { instanceType: "m6i.large", region: "eu-west-1" },
      AWS,
    ),
  },
  {
    // The same machine on spot: Ireland's spot price is not the cheapest in the EU (snapshot figures).
    rule: "cheaper-region-available",
    label: "aws ireland spot compares spot prices",
    expect: "violation",
    match: /costs \$0\.0563\/h on spot in eu-west-1; .*spot prices change over time/,
    r: res(
      "aws:ec2/instance:Instance",
      "aws-dublin-spot",
      { instanceType: "m6i.large", region: "eu-west-1", instanceMarketOptions: { marketType: "spot" } },
      AWS,
    ),
  },
  {
    rule: "cheaper-region-available",
    label: "azure westus",
    expect: "violation",
    r: res(
      "azure-native:compute:VirtualMachine",
      "az-westus",
      { location: "westus", hardwareProfile: { vmSize: "Standard_D2s_v5" } },
      AZURE,
    ),
  },
  {
    rule: "cheaper-region-available",
    label: "gcp frankfurt",
    expect: "violation",
    r: res(
      "gcp:compute/instance:Instance",
      "gcp-fra",
      { machineType: "n2-standard-8", zone: "europe-west3-a" },
      GCP,
    ),
  },
  {
    rule: "cheaper-region-available",
    label: "unknown zone",
    expect: "note",
    r: res("gcp:compute/instance:Instance", "gcp-unk", { machineType: UNKNOWN, zone: "europe-west3-a" }, GCP),
  },

  // encrypted-disks (requireCustomerManagedKeys on)
  {
    rule: "encrypted-disks",
    label: "aws root not encrypted",
    expect: "violation",
    match: /rootBlockDevice\.encrypted is not set/,
    r: res("aws:ec2/instance:Instance", "aws-plain", { instanceType: "m6i.large" }, AWS),
  },
  {
    rule: "encrypted-disks",
    label: "aws encrypted",
    expect: "pass",
    r: res(
      "aws:ec2/instance:Instance",
      "aws-enc",
      {
        instanceType: "m6i.large",
        rootBlockDevice: { encrypted: true },
        ebsBlockDevices: [{ deviceName: "/dev/sdf", encrypted: true }],
      },
      AWS,
    ),
  },
  {
    rule: "encrypted-disks",
    label: "aws volume",
    expect: "violation",
    r: res(
      "aws:ebs/volume:Volume",
      "aws-vol",
      { size: 10, availabilityZone: "us-east-1a", encrypted: false },
      AWS,
    ),
  },
  {
    rule: "encrypted-disks",
    label: "aws launch template",
    expect: "violation",
    r: res(
      "aws:ec2/launchTemplate:LaunchTemplate",
      "aws-lt-disk",
      { blockDeviceMappings: [{ deviceName: "/dev/xvda", ebs: { volumeSize: 20 } }] },
      AWS,
    ),
  },
  {
    rule: "encrypted-disks",
    label: "azure platform key",
    expect: "violation",
    match: /customer-managed key/,
    r: res("azure-native:compute:Disk", "az-disk", { diskSizeGB: 10 }, AZURE),
  },
  {
    rule: "encrypted-disks",
    label: "azure customer key",
    expect: "pass",
    r: res(
      "azure-native:compute:Disk",
      "az-disk-cmk",
      { diskSizeGB: 10, encryption: { diskEncryptionSetId: "/subscriptions/x/des" } },
      AZURE,
    ),
  },
  {
    rule: "encrypted-disks",
    label: "gcp disk",
    expect: "violation",
    r: res("gcp:compute/disk:Disk", "gcp-disk2", { size: 10, zone: "us-central1-a" }, GCP),
  },
  {
    rule: "encrypted-disks",
    label: "k8s ebs storage class",
    expect: "violation",
    r: res("kubernetes:storage.k8s.io/v1:StorageClass", "k8s-sc", {
      provisioner: "ebs.csi.aws.com",
      parameters: { type: "gp3" },
    }),
  },
  {
    rule: "encrypted-disks",
    label: "k8s encrypted storage class",
    expect: "pass",
    r: res("kubernetes:storage.k8s.io/v1:StorageClass", "k8s-sc-enc", {
      provisioner: "ebs.csi.aws.com",
      parameters: { encrypted: "true" },
    }),
  },
  {
    rule: "encrypted-disks",
    label: "unknown",
    expect: "note",
    r: res("aws:ebs/volume:Volume", "aws-vol-u", { size: 10, encrypted: UNKNOWN }, AWS),
  },

  // no-public-admin-ports
  {
    rule: "no-public-admin-ports",
    label: "aws ssh open",
    expect: "violation",
    match: /SSH 22 to 0\.0\.0\.0\/0/,
    r: res(
      "aws:ec2/securityGroup:SecurityGroup",
      "aws-sg",
      { ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }] },
      AWS,
    ),
  },
  {
    rule: "no-public-admin-ports",
    label: "aws ssh from office",
    expect: "pass",
    r: res(
      "aws:ec2/securityGroup:SecurityGroup",
      "aws-sg-ok",
      {
        ingress: [
          { protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["10.0.0.0/8"] },
          { protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] },
        ],
      },
      AWS,
    ),
  },
  {
    rule: "no-public-admin-ports",
    label: "aws ingress rule all traffic ipv6",
    expect: "violation",
    r: res(
      "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
      "aws-rule",
      { ipProtocol: "-1", cidrIpv6: "::/0" },
      AWS,
    ),
  },
  {
    rule: "no-public-admin-ports",
    label: "azure rdp",
    expect: "violation",
    match: /RDP 3389/,
    r: res(
      "azure-native:network:NetworkSecurityGroup",
      "az-nsg",
      {
        securityRules: [
          {
            name: "rdp",
            direction: "Inbound",
            access: "Allow",
            protocol: "Tcp",
            sourceAddressPrefix: "Internet",
            destinationPortRange: "3389",
            priority: 100,
          },
        ],
      },
      AZURE,
    ),
  },
  {
    rule: "no-public-admin-ports",
    label: "gcp ssh range",
    expect: "violation",
    r: res(
      "gcp:compute/firewall:Firewall",
      "gcp-fw",
      { network: "default", sourceRanges: ["0.0.0.0/0"], allows: [{ protocol: "tcp", ports: ["20-25"] }] },
      GCP,
    ),
  },
  {
    rule: "no-public-admin-ports",
    label: "gcp https only",
    expect: "pass",
    r: res(
      "gcp:compute/firewall:Firewall",
      "gcp-fw-ok",
      { network: "default", sourceRanges: ["0.0.0.0/0"], allows: [{ protocol: "tcp", ports: ["443"] }] },
      GCP,
    ),
  },
  {
    rule: "no-public-admin-ports",
    label: "k8s lb ssh",
    expect: "violation",
    r: res("kubernetes:core/v1:Service", "k8s-ssh", {
      metadata: { labels: tagged },
      spec: { type: "LoadBalancer", ports: [{ port: 22 }] },
    }),
  },
  {
    rule: "no-public-admin-ports",
    label: "unknown rules",
    expect: "note",
    r: res("aws:ec2/securityGroup:SecurityGroup", "aws-sg-unk", { ingress: UNKNOWN }, AWS),
  },

  // imdsv2-required
  {
    rule: "imdsv2-required",
    label: "aws instance v1",
    expect: "violation",
    match: /httpTokens: "required"/,
    r: res(
      "aws:ec2/instance:Instance",
      "aws-imds1",
      { instanceType: "m6i.large", metadataOptions: { httpTokens: "optional" } },
      AWS,
    ),
  },
  {
    rule: "imdsv2-required",
    label: "aws instance v2",
    expect: "pass",
    r: res(
      "aws:ec2/instance:Instance",
      "aws-imds2",
      { instanceType: "m6i.large", metadataOptions: { httpTokens: "required" } },
      AWS,
    ),
  },
  {
    rule: "imdsv2-required",
    label: "aws launch template unset",
    expect: "violation",
    r: res("aws:ec2/launchTemplate:LaunchTemplate", "aws-lt-imds", { instanceType: "m6i.large" }, AWS),
  },
  {
    rule: "imdsv2-required",
    label: "not aws",
    expect: "pass",
    r: res(
      "gcp:compute/instance:Instance",
      "gcp-imds",
      { machineType: "e2-standard-2", zone: "us-central1-a" },
      GCP,
    ),
  },
  {
    rule: "imdsv2-required",
    label: "unknown",
    expect: "note",
    r: res(
      "aws:ec2/instance:Instance",
      "aws-imds-u",
      { instanceType: "m6i.large", metadataOptions: UNKNOWN },
      AWS,
    ),
  },

  // no-public-ip
  {
    rule: "no-public-ip",
    label: "aws instance",
    expect: "violation",
    r: res(
      "aws:ec2/instance:Instance",
      "aws-pub",
      { instanceType: "m6i.large", associatePublicIpAddress: true },
      AWS,
    ),
  },
  {
    rule: "no-public-ip",
    label: "aws private",
    expect: "pass",
    r: res(
      "aws:ec2/instance:Instance",
      "aws-priv",
      { instanceType: "m6i.large", associatePublicIpAddress: false },
      AWS,
    ),
  },
  {
    rule: "no-public-ip",
    label: "azure public ip",
    expect: "violation",
    match: /saving \$3\.65\/month/,
    r: res("azure-native:network:PublicIPAddress", "az-pip", { location: "westeurope" }, AZURE),
  },
  {
    rule: "no-public-ip",
    label: "gcp access config",
    expect: "violation",
    r: res(
      "gcp:compute/instance:Instance",
      "gcp-pub",
      {
        machineType: "e2-standard-2",
        zone: "us-central1-a",
        networkInterfaces: [{ network: "default", accessConfigs: [{}] }],
      },
      GCP,
    ),
  },
  {
    rule: "no-public-ip",
    label: "k8s public lb",
    expect: "violation",
    r: res("kubernetes:core/v1:Service", "k8s-lb", {
      spec: { type: "LoadBalancer", ports: [{ port: 443 }] },
    }),
  },
  {
    rule: "no-public-ip",
    label: "k8s internal lb",
    expect: "pass",
    r: res("kubernetes:core/v1:Service", "k8s-lb-int", {
      metadata: { annotations: { "networking.gke.io/load-balancer-type": "Internal" } },
      spec: { type: "LoadBalancer", ports: [{ port: 443 }] },
    }),
  },
  {
    rule: "no-public-ip",
    label: "unknown",
    expect: "note",
    r: res(
      "gcp:compute/instance:Instance",
      "gcp-pub-u",
      {
        machineType: "e2-standard-2",
        zone: "us-central1-a",
        networkInterfaces: [{ network: "default", accessConfigs: UNKNOWN }],
      },
      GCP,
    ),
  },

  // spot-for-stateless-pools (defaults: 30 % minimum discount, 50 % suggested on spot)
  {
    rule: "spot-for-stateless-pools",
    label: "on-demand BalancedPool",
    expect: "violation",
    // m6i.large us-east-1: $0.096/h on-demand, $0.037/h spot; 2 of 4 on spot save 2 × 0.059 × 730.
    match: /spot costs 61 % less .*capacity: \{ spotPercent: 50 \}.*save \$86\.14\/month/,
    r: res(
      "lepton-multicloud:index:BalancedPool",
      "pool-od",
      {
        unit: { vcpus: 2, memoryGiB: 8 },
        capacity: { spotPercent: 0, onDemandBase: 0, min: 2, desired: 4, max: 8 },
        placed: [{ cloud: "aws", region: "us-east-1", instanceType: "m6i.large", desired: 4 }],
      },
      { custom: false },
    ),
  },
  {
    rule: "spot-for-stateless-pools",
    label: "aws group on-demand",
    expect: "violation",
    match: /mixedInstancesPolicy .*onDemandPercentageAboveBaseCapacity: 50.*save \$86\.14\/month/,
    r: res(
      "aws:autoscaling/group:Group",
      "asg-od",
      {
        minSize: 2,
        maxSize: 8,
        desiredCapacity: 4,
        tags: [{ key: "lepton:instance-type", value: "m6i.large", propagateAtLaunch: false }],
      },
      AWS,
    ),
  },
  {
    rule: "spot-for-stateless-pools",
    label: "azure scale set on-demand",
    expect: "violation",
    match: /second scale set with virtualMachineProfile.priority "Spot"/,
    r: res(
      "azure-native:compute:VirtualMachineScaleSet",
      "vmss-od",
      { location: "eastus", sku: { name: "Standard_D2s_v5", capacity: 4 } },
      AZURE,
    ),
  },
  {
    rule: "spot-for-stateless-pools",
    label: "BalancedPool with a spot share",
    expect: "pass",
    r: res(
      "lepton-multicloud:index:BalancedPool",
      "pool-spot",
      {
        unit: { vcpus: 2, memoryGiB: 8 },
        capacity: { spotPercent: 50, onDemandBase: 0, min: 2, desired: 4, max: 8 },
        placed: [{ cloud: "aws", region: "us-east-1", instanceType: "m6i.large", desired: 4 }],
      },
      { custom: false },
    ),
  },
  {
    rule: "spot-for-stateless-pools",
    label: "aws group with a spot share",
    expect: "pass",
    r: res(
      "aws:autoscaling/group:Group",
      "asg-mixed",
      {
        minSize: 2,
        maxSize: 8,
        desiredCapacity: 4,
        mixedInstancesPolicy: {
          instancesDistribution: { onDemandBaseCapacity: 2, onDemandPercentageAboveBaseCapacity: 50 },
          launchTemplate: { overrides: [{ instanceType: "m6i.large" }] },
        },
      },
      AWS,
    ),
  },
  {
    rule: "spot-for-stateless-pools",
    label: "a BalancedPool's group left to the pool",
    expect: "pass",
    r: res(
      "aws:autoscaling/group:Group",
      "pool-od-asg",
      {
        minSize: 2,
        maxSize: 8,
        desiredCapacity: 4,
        tags: [
          { key: "lepton:instance-type", value: "m6i.large", propagateAtLaunch: false },
          { key: "lepton:component", value: "BalancedPool/pool-od", propagateAtLaunch: false },
        ],
      },
      AWS,
    ),
  },
  {
    rule: "spot-for-stateless-pools",
    label: "no spot price in the region",
    expect: "pass",
    r: res(
      "azure-native:compute:VirtualMachineScaleSet",
      "vmss-weu",
      { location: "westeurope", sku: { name: "Standard_D2s_v5", capacity: 4 } },
      AZURE,
    ),
  },
  {
    rule: "spot-for-stateless-pools",
    label: "unknown capacity",
    expect: "note",
    r: res(
      "lepton-multicloud:index:BalancedPool",
      "pool-unk-spot",
      { unit: { vcpus: 2, memoryGiB: 8 }, capacity: UNKNOWN, placed: [] },
      { custom: false },
    ),
  },
  {
    rule: "spot-for-stateless-pools",
    label: "gcp group: the template decides",
    expect: "note",
    match: /provisioning model is in its instance template/,
    r: res(
      "gcp:compute/regionInstanceGroupManager:RegionInstanceGroupManager",
      "mig-od",
      {
        region: "us-central1",
        targetSize: 4,
        versions: [{ instanceTemplate: UNKNOWN }],
        allInstancesConfig: { labels: { "lepton_instance-type": "n2-standard-2" } },
      },
      GCP,
    ),
  },

  // no-spot-for-stateful
  {
    rule: "no-spot-for-stateful",
    label: "MultiCloudVm on spot",
    expect: "violation",
    // m6i.large us-east-1: (0.096 − 0.037) × 730.
    match:
      /keeps its state on its disk, but runs on spot.*capacity: "onDemand" \(on-demand costs \$43\.07\/month more/,
    r: res(
      "lepton-multicloud:index:MultiCloudVm",
      "vm-spot",
      {
        unit: { vcpus: 2, memoryGiB: 8 },
        capacity: "spot",
        spot: { acknowledgeInterruptions: true },
        placed: { cloud: "aws", region: "us-east-1", instanceType: "m6i.large" },
      },
      { custom: false },
    ),
  },
  {
    rule: "no-spot-for-stateful",
    label: "aws spot instance with an EBS data volume",
    expect: "violation",
    match: /runs on spot with 1 data volume attached \(ebsBlockDevices\)/,
    r: res(
      "aws:ec2/instance:Instance",
      "ec2-spot-data",
      {
        instanceType: "m6i.large",
        instanceMarketOptions: { marketType: "spot" },
        ebsBlockDevices: [{ deviceName: "/dev/sdf", volumeSize: 100, encrypted: true }],
      },
      AWS,
    ),
  },
  {
    rule: "no-spot-for-stateful",
    label: "azure spot vm with a data disk",
    expect: "violation",
    match: /storageProfile\.dataDisks/,
    r: res(
      "azure-native:compute:VirtualMachine",
      "az-spot-data",
      {
        location: "eastus",
        priority: "Spot",
        hardwareProfile: { vmSize: "Standard_D2s_v5" },
        storageProfile: { dataDisks: [{ lun: 0, createOption: "Empty", diskSizeGB: 100 }] },
      },
      AZURE,
    ),
  },
  {
    rule: "no-spot-for-stateful",
    label: "gcp spot instance with an attached disk",
    expect: "violation",
    match: /attachedDisks/,
    r: res(
      "gcp:compute/instance:Instance",
      "gce-spot-data",
      {
        zone: "us-central1-a",
        machineType: "n2-standard-2",
        scheduling: { provisioningModel: "SPOT", preemptible: true, automaticRestart: false },
        attachedDisks: [{ source: "data-disk" }],
      },
      GCP,
    ),
  },
  {
    rule: "no-spot-for-stateful",
    label: "spot instance without data volumes",
    expect: "pass",
    r: res(
      "aws:ec2/instance:Instance",
      "ec2-spot",
      { instanceType: "m6i.large", instanceMarketOptions: { marketType: "spot" } },
      AWS,
    ),
  },
  {
    rule: "no-spot-for-stateful",
    label: "on-demand instance with data volumes",
    expect: "pass",
    r: res(
      "aws:ec2/instance:Instance",
      "ec2-od-data",
      { instanceType: "m6i.large", ebsBlockDevices: [{ deviceName: "/dev/sdf", volumeSize: 100 }] },
      AWS,
    ),
  },
  {
    rule: "no-spot-for-stateful",
    label: "MultiCloudVm on-demand",
    expect: "pass",
    r: res(
      "lepton-multicloud:index:MultiCloudVm",
      "vm-od",
      {
        unit: { vcpus: 2, memoryGiB: 8 },
        placed: { cloud: "aws", region: "us-east-1", instanceType: "m6i.large" },
      },
      { custom: false },
    ),
  },
  {
    rule: "no-spot-for-stateful",
    label: "unknown market options",
    expect: "note",
    r: res(
      "aws:ec2/instance:Instance",
      "ec2-unk-market",
      { instanceType: "m6i.large", instanceMarketOptions: UNKNOWN, ebsBlockDevices: [] },
      AWS,
    ),
  },
];

let pack: PolicyPackSession;
let levels: Map<string, string>;

beforeAll(async () => {
  ensureBuilt();
  pack = await startPolicyPack(PACK_DIR, {
    config: {
      "max-instance-hourly-price": { maxHourlyUsd: 0.5 },
      "allowed-regions": {
        allowedRegions: ["us-east-1", "us-east-2", "eastus", "westeurope", "us-central1", "europe-west1"],
      },
      "allowed-instance-families": {
        allowedFamilies: { aws: ["m6i", "m7i", "c6i"], azure: ["Ds_v5"], gcp: ["n2", "e2"] },
      },
      "cost-allocation-tags": {
        enforcementLevel: "remediate",
        defaults: { owner: "platform", "cost-center": "cc-42" },
      },
      "rightsize-underutilized": {
        observedUtilizationFile: join(ROOT, "test/fixtures/observed-utilization.json"),
      },
      "autoscaling-target-range": { maxCapacityMonthlyUsd: 1000 },
      "cheaper-region-available": { minSavingPercent: 10 },
      "encrypted-disks": { requireCustomerManagedKeys: true },
    },
  });
  levels = new Map(pack.info.policies.map((p) => [p.name, p.enforcementLevel]));
});
afterAll(() => pack?.close());

describe.each([...new Set(CASES.map((c) => c.rule))])("%s", (rule) => {
  const cases = CASES.filter((c) => c.rule === rule);
  it.each(cases.map((c) => [c.label, c] as const))("%s", async (_label, c) => {
    const mine = of(await pack.analyze(c.r), rule);
    if (c.expect === "pass") {
      expect(mine).toEqual([]);
      return;
    }
    expect(mine).toHaveLength(1);
    const v = mine[0];
    const level = rule === "cost-allocation-tags" ? "mandatory" : levels.get(rule);
    if (c.expect === "note") {
      expect(v.enforcementLevel).toBe("advisory");
      expect(v.message).toMatch(/could not/);
    } else {
      expect(v.enforcementLevel).toBe(level);
      expect(v.message).toContain(c.r.name);
    }
    if (c.match) expect(v.message).toMatch(c.match);
  });

  const violating = cases.filter((c) => c.expect === "violation");
  it.each(violating.map((c) => [c.label, c] as const))("exempted: %s", async (_label, c) => {
    const all = await pack.analyze(exempt(c.r, rule, "ticket-123"));
    expect(of(all, rule)).toEqual([]);
    const reported = of(all, "policy-exemptions");
    expect(reported).toHaveLength(1);
    expect(reported[0].enforcementLevel).toBe("advisory");
    expect(reported[0].message).toMatch(new RegExp(`exempt from ${rule}: ticket-123`));
  });
});

it("covers all four targets and every resource rule", () => {
  const targets = new Set(
    CASES.map((c) => c.r.type.split(":")[c.r.type.startsWith("pulumi:providers:") ? 2 : 0]),
  );
  expect([...targets].sort()).toEqual(["aws", "azure-native", "gcp", "kubernetes", "lepton-multicloud"]);
  const resourceRules = pack.info.policies
    .map((p) => p.name)
    .filter((n) => !["monthly-budget", "policy-exemptions"].includes(n));
  expect([...new Set(CASES.map((c) => c.rule))].sort()).toEqual(resourceRules.sort());
  for (const rule of resourceRules)
    for (const e of ["violation", "pass", "note"] as const)
      expect(
        CASES.some((c) => c.rule === rule && c.expect === e),
        `${rule} has a ${e} case`,
      ).toBe(true);
});
