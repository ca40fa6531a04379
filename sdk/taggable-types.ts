import type { Cloud } from "./catalog/types";

/** Where and in what shape a resource type keeps its cost-allocation tags (labels). */
export interface TagCarrier {
  /** The input that holds them; a dotted path when nested (`allInstancesConfig.labels`). */
  readonly path: string;
  /**
   * `map`: `{ name: value }`; `list`: `[{ key, value, propagateAtLaunch }]` (AWS auto-scaling
   * groups, whose instances inherit the entries that say so).
   */
  readonly form: "map" | "list";
}

const TAGS: TagCarrier = { path: "tags", form: "map" };
const LABELS: TagCarrier = { path: "labels", form: "map" };

/**
 * Resource types of AWS, Azure and GCP that take cost-allocation tags, and where: the one list the
 * components (which add the tags) and the policy pack (which requires them) both read. Each entry
 * is checked against the installed provider SDK's typings in the tests, since a provider may
 * reject an input a type does not declare. GCP's `NotificationChannel.labels` configure the
 * channel (email address …): its tags go in `userLabels`.
 */
export const TAGGABLE_TYPES: Readonly<Record<string, TagCarrier>> = Object.fromEntries([
  ...[
    "ec2/instance:Instance",
    "ebs/volume:Volume",
    "ec2/vpc:Vpc",
    "ec2/subnet:Subnet",
    "ec2/securityGroup:SecurityGroup",
    "vpc/securityGroupIngressRule:SecurityGroupIngressRule",
    "vpc/securityGroupEgressRule:SecurityGroupEgressRule",
    "ec2/internetGateway:InternetGateway",
    "ec2/natGateway:NatGateway",
    "ec2/eip:Eip",
    "ec2/routeTable:RouteTable",
    "ec2/launchTemplate:LaunchTemplate",
    "ec2/keyPair:KeyPair",
    "lb/loadBalancer:LoadBalancer",
    "alb/loadBalancer:LoadBalancer",
    "lb/targetGroup:TargetGroup",
    "lb/listener:Listener",
    "s3/bucket:Bucket",
    "s3/bucketV2:BucketV2",
    "iam/role:Role",
    "rds/instance:Instance",
    "rds/cluster:Cluster",
    "dynamodb/table:Table",
    "lambda/function:Function",
    "ecs/cluster:Cluster",
    "ecs/service:Service",
    "eks/cluster:Cluster",
    "eks/nodeGroup:NodeGroup",
    "efs/fileSystem:FileSystem",
    "ecr/repository:Repository",
    "cloudwatch/logGroup:LogGroup",
    "cloudwatch/metricAlarm:MetricAlarm",
    "sns/topic:Topic",
    "sqs/queue:Queue",
    "kms/key:Key",
    "secretsmanager/secret:Secret",
    "cloudfront/distribution:Distribution",
  ].map((t) => [`aws:${t}`, TAGS]),
  ["aws:autoscaling/group:Group", { path: "tags", form: "list" }],
  ...[
    "resources:ResourceGroup",
    "compute:VirtualMachine",
    "compute:VirtualMachineScaleSet",
    "compute:Disk",
    "storage:StorageAccount",
    "network:VirtualNetwork",
    "network:NetworkSecurityGroup",
    "network:NetworkInterface",
    "network:LoadBalancer",
    "network:PublicIPAddress",
    "monitor:AutoscaleSetting",
    "containerservice:ManagedCluster",
    "keyvault:Vault",
    "web:WebApp",
    "web:AppServicePlan",
    "sql:Server",
  ].map((t) => [`azure-native:${t}`, TAGS]),
  ...[
    "compute/instance:Instance",
    "compute/disk:Disk",
    "compute/instanceTemplate:InstanceTemplate",
    "compute/regionInstanceTemplate:RegionInstanceTemplate",
    "compute/forwardingRule:ForwardingRule",
    "compute/globalForwardingRule:GlobalForwardingRule",
    "compute/address:Address",
    "compute/globalAddress:GlobalAddress",
    "storage/bucket:Bucket",
    "pubsub/topic:Topic",
    "cloudrunv2/service:Service",
  ].map((t) => [`gcp:${t}`, LABELS]),
  // A managed instance group labels its instances through allInstancesConfig.
  ...[
    "compute/instanceGroupManager:InstanceGroupManager",
    "compute/regionInstanceGroupManager:RegionInstanceGroupManager",
  ].map((t) => [`gcp:${t}`, { path: "allInstancesConfig.labels", form: "map" }]),
  ["gcp:monitoring/notificationChannel:NotificationChannel", { path: "userLabels", form: "map" }],
]);

/** Where every Kubernetes object keeps its labels. */
export const KUBERNETES_LABELS: TagCarrier = { path: "metadata.labels", form: "map" };

/**
 * A Kubernetes object (`kubernetes:<group>/<version>:<Kind>`) with labels of its own: not a
 * `…List`, and not a Helm, YAML or Kustomize component.
 */
export function isKubernetesObject(type: string): boolean {
  return (
    /^kubernetes:[^:]+\/v[^:]*:[A-Za-z]+$/.test(type) &&
    !type.endsWith("List") &&
    !/^kubernetes:(helm\.sh|yaml|kustomize)\//.test(type)
  );
}

/** Where a type listed above, or a Kubernetes object, keeps its tags; undefined for other types. */
export function tagCarrierOf(type: string): TagCarrier | undefined {
  return TAGGABLE_TYPES[type] ?? (isKubernetesObject(type) ? KUBERNETES_LABELS : undefined);
}

/** The input a cloud's resources usually keep tags in, for types the list does not name. */
export const USUAL_TAG_CARRIER: Readonly<Record<Cloud, TagCarrier>> = {
  aws: TAGS,
  azure: TAGS,
  gcp: LABELS,
  kubernetes: KUBERNETES_LABELS,
};
