// A deterministic stack of raw resources of the four targets, shaped as the engine sends them to
// an analyzer (inputs, provider, parent), for the policy benchmark.
const TYPES = [
  (i) => [
    "aws:ec2/instance:Instance",
    {
      instanceType: ["m6i.large", "c6i.xlarge", "t3.medium", "r6i.large"][i % 4],
      rootBlockDevice: { volumeSize: 30, encrypted: true, volumeType: "gp3" },
      metadataOptions: { httpTokens: "required" },
      tags: {
        "lepton:component": `MultiCloudVm/vm-${i}`,
        owner: "team-a",
        "lepton:expected-utilization": String(0.1 + (i % 8) / 10),
      },
    },
    "aws",
  ],
  (_i) => [
    "aws:ec2/securityGroup:SecurityGroup",
    {
      ingress: [{ protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] }],
      tags: { owner: "team-a" },
    },
    "aws",
  ],
  (i) => [
    "aws:ebs/volume:Volume",
    {
      size: 100 + (i % 5) * 50,
      encrypted: i % 7 !== 0,
      availabilityZone: "us-east-1a",
      tags: { owner: "team-b" },
    },
    "aws",
  ],
  (_i) => [
    "aws:autoscaling/group:Group",
    {
      minSize: 2,
      maxSize: 10,
      desiredCapacity: 3,
      tags: [{ key: "lepton:instance-type", value: "m6i.large", propagateAtLaunch: true }],
    },
    "aws",
  ],
  (i) => [
    "azure-native:compute:VirtualMachine",
    {
      location: ["westeurope", "eastus"][i % 2],
      hardwareProfile: { vmSize: "Standard_D2s_v5" },
      storageProfile: { osDisk: { diskSizeGB: 64, managedDisk: { storageAccountType: "Premium_LRS" } } },
      tags: { owner: "team-c" },
    },
    "azure-native",
  ],
  (i) => [
    "gcp:compute/instance:Instance",
    {
      machineType: ["e2-standard-2", "n2-standard-4"][i % 2],
      zone: "europe-west1-b",
      bootDisk: { initializeParams: { size: 50, type: "pd-balanced" } },
      labels: { owner: "team-d" },
      networkInterfaces: [{ network: "default" }],
    },
    "gcp",
  ],
  (_i) => [
    "gcp:storage/bucket:Bucket",
    { location: "EU", storageClass: "STANDARD", labels: { owner: "team-d", "lepton_expected-gb": "500" } },
    "gcp",
  ],
  (i) => [
    "kubernetes:apps/v1:Deployment",
    {
      metadata: { labels: { owner: "team-e" } },
      spec: {
        replicas: 1 + (i % 3),
        template: {
          spec: { containers: [{ name: "app", resources: { requests: { cpu: "500m", memory: "1Gi" } } }] },
        },
      },
    },
    "kubernetes",
  ],
];

export function recordedResources(count) {
  const stack = "urn:pulumi:bench::bench::";
  const out = [];
  for (let i = 0; i < count; i++) {
    const [type, inputs, pkg] = TYPES[i % TYPES.length](i);
    const name = `r${i}`;
    out.push({
      urn: `${stack}${type}::${name}`,
      type,
      name,
      inputs,
      provider: {
        urn: `${stack}pulumi:providers:${pkg}::default`,
        type: `pulumi:providers:${pkg}`,
        name: "default",
        inputs: pkg === "aws" ? { region: "us-east-1" } : pkg === "gcp" ? { region: "europe-west1" } : {},
      },
      custom: true,
    });
  }
  return out;
}
