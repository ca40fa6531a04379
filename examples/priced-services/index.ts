// Plain provider resources of the billable types real programs use most, on AWS, Azure, GCP and
// Kubernetes: managed databases, NAT, managed Kubernetes clusters and node pools, functions, tables,
// queues, caches, load balancers. No Lepton components. `lepton-mc plan examples/priced-services`
// prices what the cost engine knows and names what it does not; `npm run bench` measures the share
// it prices (bench/coverage.mjs). Usage-based parts (requests, GB stored …) take their quantities
// from a usage file: `lepton-mc usage init examples/priced-services` writes one to fill in.
import * as aws from "@pulumi/aws";
import * as containerservice from "@pulumi/azure-native/containerservice";
import * as resources from "@pulumi/azure-native/resources";
import * as sql from "@pulumi/azure-native/sql";
import * as web from "@pulumi/azure-native/web";
import * as gcp from "@pulumi/gcp";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";

const config = new pulumi.Config();
const tags = { owner: "payments", "cost-center": "cc-402" };

// ---- AWS: a VPC with a NAT gateway, Postgres on RDS, an EKS cluster, serverless API pieces.
const vpc = new aws.ec2.Vpc("payments", { cidrBlock: "10.40.0.0/16", enableDnsHostnames: true, tags });
const subnets = ["us-east-1a", "us-east-1b"].map(
  (availabilityZone, i) =>
    new aws.ec2.Subnet(`private-${i}`, {
      vpcId: vpc.id,
      cidrBlock: `10.40.${i}.0/24`,
      availabilityZone,
      tags,
    }),
);
const publicSubnet = new aws.ec2.Subnet("public", {
  vpcId: vpc.id,
  cidrBlock: "10.40.100.0/24",
  availabilityZone: "us-east-1a",
  tags,
});
const natIp = new aws.ec2.Eip("nat", { domain: "vpc", tags });
new aws.ec2.NatGateway("egress", { allocationId: natIp.id, subnetId: publicSubnet.id, tags });

const dbSubnets = new aws.rds.SubnetGroup("payments-db", { subnetIds: subnets.map((s) => s.id), tags });
new aws.rds.Instance("payments-db", {
  engine: "postgres",
  engineVersion: "16.4",
  instanceClass: "db.m6g.large",
  allocatedStorage: 100,
  storageType: "gp3",
  storageEncrypted: true,
  multiAz: true,
  username: "payments",
  manageMasterUserPassword: true,
  dbSubnetGroupName: dbSubnets.name,
  skipFinalSnapshot: true,
  tags,
});

new aws.elasticache.Cluster("sessions", {
  engine: "redis",
  nodeType: "cache.t4g.medium",
  numCacheNodes: 1,
  tags,
});

const assume = (service: string) =>
  JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: { Service: service }, Action: "sts:AssumeRole" }],
  });
const clusterRole = new aws.iam.Role("eks-cluster", { assumeRolePolicy: assume("eks.amazonaws.com"), tags });
const nodeRole = new aws.iam.Role("eks-nodes", { assumeRolePolicy: assume("ec2.amazonaws.com"), tags });
const eks = new aws.eks.Cluster("payments", {
  roleArn: clusterRole.arn,
  vpcConfig: {
    subnetIds: subnets.map((s) => s.id),
    endpointPublicAccess: false,
    endpointPrivateAccess: true,
  },
  tags,
});
new aws.eks.NodeGroup("payments-general", {
  clusterName: eks.name,
  nodeRoleArn: nodeRole.arn,
  subnetIds: subnets.map((s) => s.id),
  instanceTypes: ["m5.large"],
  diskSize: 50,
  scalingConfig: { desiredSize: 3, minSize: 2, maxSize: 6 },
  tags,
});

const lambdaRole = new aws.iam.Role("api-handler", {
  assumeRolePolicy: assume("lambda.amazonaws.com"),
  tags,
});
new aws.lambda.Function("api-handler", {
  role: lambdaRole.arn,
  runtime: "nodejs20.x",
  handler: "index.handler",
  memorySize: 512,
  timeout: 10,
  code: new pulumi.asset.AssetArchive({
    "index.js": new pulumi.asset.StringAsset("exports.handler = async () => ({ statusCode: 200 });"),
  }),
  tags,
});
new aws.dynamodb.Table("orders", {
  attributes: [{ name: "id", type: "S" }],
  hashKey: "id",
  billingMode: "PAY_PER_REQUEST",
  tags,
});
new aws.dynamodb.Table("ledger", {
  attributes: [{ name: "id", type: "S" }],
  hashKey: "id",
  billingMode: "PROVISIONED",
  readCapacity: 20,
  writeCapacity: 10,
  tags,
});
new aws.sqs.Queue("payment-events", { messageRetentionSeconds: 345600, tags });
new aws.cloudwatch.LogGroup("api-handler", { retentionInDays: 30, tags });
new aws.s3.Bucket("receipts", { tags });

// ---- Azure: AKS, an App Service plan with a web app, Azure SQL.
const group = new resources.ResourceGroup("payments", { tags });
new containerservice.ManagedCluster("payments", {
  resourceGroupName: group.name,
  dnsPrefix: "payments",
  identity: { type: "SystemAssigned" },
  agentPoolProfiles: [
    {
      name: "system",
      mode: "System",
      count: 3,
      vmSize: "Standard_D4s_v5",
      osDiskSizeGB: 128,
      osType: "Linux",
    },
  ],
  tags,
});
const plan = new web.AppServicePlan("portal", {
  resourceGroupName: group.name,
  kind: "linux",
  reserved: true,
  sku: { name: "P1v3", tier: "PremiumV3", capacity: 1 },
  tags,
});
new web.WebApp("portal", {
  resourceGroupName: group.name,
  serverFarmId: plan.id,
  httpsOnly: true,
  siteConfig: { linuxFxVersion: "NODE|20-lts" },
  tags,
});
const sqlServer = new sql.Server("payments", {
  resourceGroupName: group.name,
  version: "12.0",
  minimalTlsVersion: "1.2",
  // Entra ID authentication only: no SQL password to keep anywhere.
  administrators: {
    administratorType: "ActiveDirectory",
    azureADOnlyAuthentication: true,
    principalType: "Group",
    login: config.get("sqlAdminGroup") ?? "payments-dba",
    sid: config.get("sqlAdminGroupId") ?? "00000000-0000-0000-0000-000000000000",
  },
  tags,
});
new sql.Database("reporting", {
  resourceGroupName: group.name,
  serverName: sqlServer.name,
  sku: { name: "GP_Gen5_2", tier: "GeneralPurpose" },
  tags,
});

// ---- GCP: Cloud SQL, GKE with its own node pool, Cloud Run, Cloud NAT, Pub/Sub.
const labels = { owner: "payments", "cost-center": "cc-402" };
new gcp.sql.DatabaseInstance("analytics", {
  region: "us-central1",
  databaseVersion: "POSTGRES_16",
  deletionProtection: false,
  settings: {
    tier: "db-custom-2-7680",
    availabilityType: "ZONAL",
    diskSize: 50,
    diskType: "PD_SSD",
    userLabels: labels,
  },
});
const gke = new gcp.container.Cluster("analytics", {
  location: "us-central1",
  removeDefaultNodePool: true,
  initialNodeCount: 1,
  deletionProtection: false,
  resourceLabels: labels,
});
new gcp.container.NodePool("analytics-general", {
  cluster: gke.name,
  location: "us-central1",
  nodeCount: 1,
  nodeConfig: { machineType: "e2-standard-4", diskSizeGb: 50, labels },
});
new gcp.cloudrunv2.Service("reports", {
  location: "us-central1",
  deletionProtection: false,
  labels,
  template: {
    containers: [
      {
        image: "us-docker.pkg.dev/cloudrun/container/hello",
        resources: { limits: { cpu: "1", memory: "512Mi" } },
      },
    ],
    scaling: { minInstanceCount: 0, maxInstanceCount: 10 },
  },
});
const network = new gcp.compute.Network("analytics", { autoCreateSubnetworks: true });
const router = new gcp.compute.Router("analytics", { region: "us-central1", network: network.id });
new gcp.compute.RouterNat("analytics", {
  router: router.name,
  region: "us-central1",
  natIpAllocateOption: "AUTO_ONLY",
  sourceSubnetworkIpRangesToNat: "ALL_SUBNETWORKS_ALL_IP_RANGES",
});
new gcp.pubsub.Topic("report-requests", { labels });
new gcp.storage.Bucket("report-archive", {
  location: "US",
  storageClass: "STANDARD",
  uniformBucketLevelAccess: true,
  labels,
});

// ---- Kubernetes: a web Deployment behind a LoadBalancer Service.
const k8sLabels = { app: "checkout", ...labels };
const ns = new k8s.core.v1.Namespace("checkout", { metadata: { name: "checkout", labels: k8sLabels } });
new k8s.apps.v1.Deployment("checkout", {
  metadata: { namespace: ns.metadata.name, labels: k8sLabels },
  spec: {
    replicas: 2,
    selector: { matchLabels: { app: "checkout" } },
    template: {
      metadata: { labels: k8sLabels },
      spec: {
        containers: [
          {
            name: "web",
            image: "nginx:1.27",
            ports: [{ containerPort: 80 }],
            resources: { requests: { cpu: "250m", memory: "512Mi" }, limits: { memory: "512Mi" } },
          },
        ],
      },
    },
  },
});
new k8s.core.v1.Service("checkout", {
  metadata: { namespace: ns.metadata.name, labels: k8sLabels },
  spec: { type: "LoadBalancer", selector: { app: "checkout" }, ports: [{ port: 443, targetPort: 80 }] },
});

export const eksClusterName = eks.name;
export const gkeClusterName = gke.name;
