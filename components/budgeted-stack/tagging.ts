import * as pulumi from "@pulumi/pulumi";
import type { Cloud } from "../../sdk/catalog/types";
import { normalizeTags } from "../../sdk/tags";

/**
 * Resource types whose inputs take a map of cost-allocation tags (AWS, Azure) or labels (GCP)
 * under that name. A provider may reject an input a type does not declare, so only these are
 * tagged; each entry is checked against the provider SDK's typings in the tests. GCP's
 * `NotificationChannel.labels` (channel settings) and similar false friends are left out on purpose.
 */
export const TAGGED_TYPES: Readonly<Record<string, "tags" | "labels">> = Object.fromEntries([
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
  ].map((t) => [`aws:${t}`, "tags"]),
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
    "applicationinsights:Component",
    "applicationinsights:WebTest",
    "applicationinsights:Workbook",
    "applicationinsights:WorkbookTemplate",
    "cdn:Endpoint",
    "cdn:Profile",
    "compute:AvailabilitySet",
    "compute:Gallery",
    "compute:ProximityPlacementGroup",
    "compute:SshPublicKey",
    "compute:VirtualMachineExtension",
    "containerregistry:Registry",
    "containerregistry:Replication",
    "containerregistry:Webhook",
    "containerservice:AgentPool",
    "cosmosdb:CassandraResourceCassandraKeyspace",
    "cosmosdb:CassandraResourceCassandraTable",
    "cosmosdb:DatabaseAccount",
    "cosmosdb:GremlinResourceGremlinDatabase",
    "cosmosdb:GremlinResourceGremlinGraph",
    "cosmosdb:MongoDBResourceMongoDBCollection",
    "cosmosdb:MongoDBResourceMongoDBDatabase",
    "cosmosdb:SqlResourceSqlContainer",
    "cosmosdb:SqlResourceSqlDatabase",
    "cosmosdb:SqlResourceSqlStoredProcedure",
    "cosmosdb:SqlResourceSqlTrigger",
    "cosmosdb:SqlResourceSqlUserDefinedFunction",
    "cosmosdb:TableResourceTable",
    "dbformariadb:Server",
    "dbformysql:Server",
    "dbformysql:SingleServer",
    "dbforpostgresql:Server",
    "dbforpostgresql:SingleServer",
    "dns:Zone",
    "eventhub:Cluster",
    "eventhub:Namespace",
    "keyvault:Key",
    "keyvault:ManagedHsm",
    "keyvault:Secret",
    "managedidentity:UserAssignedIdentity",
    "monitor:ActionGroup",
    "monitor:ActivityLogAlert",
    "monitor:MetricAlert",
    "monitor:PrivateLinkScope",
    "monitor:ScheduledQueryRule",
    "network:ApplicationGateway",
    "network:ApplicationSecurityGroup",
    "network:AzureFirewall",
    "network:BastionHost",
    "network:DdosProtectionPlan",
    "network:ExpressRouteGateway",
    "network:IpGroup",
    "network:LocalNetworkGateway",
    "network:NatGateway",
    "network:P2sVpnGateway",
    "network:PrivateEndpoint",
    "network:PublicIPPrefix",
    "network:RouteTable",
    "network:VirtualHub",
    "network:VirtualNetworkGateway",
    "network:VirtualNetworkGatewayConnection",
    "network:VirtualWan",
    "network:VpnGateway",
    "network:VpnServerConfiguration",
    "network:WebApplicationFirewallPolicy",
    "operationalinsights:LinkedService",
    "operationalinsights:QueryPack",
    "operationalinsights:Workspace",
    "privatedns:PrivateZone",
    "privatedns:VirtualNetworkLink",
    "redis:Redis",
    "redisenterprise:RedisEnterprise",
    "servicebus:Namespace",
    "sql:Database",
    "sql:ElasticPool",
    "sql:FailoverGroup",
    "synapse:PrivateLinkHub",
    "synapse:SqlPool",
    "synapse:Workspace",
    "web:WebAppSlot",
    "aad:DomainService",
    "apimanagement:ApiManagementService",
    "appconfiguration:ConfigurationStore",
    "automation:AutomationAccount",
    "certificateregistration:AppServiceCertificateOrder",
    "cognitiveservices:Account",
    "cognitiveservices:Deployment",
    "compute:Image",
    "compute:Snapshot",
    "databricks:Workspace",
    "datafactory:Factory",
    "deviceprovisioningservices:IotDpsResource",
    "dnsresolver:DnsForwardingRuleset",
    "dnsresolver:InboundEndpoint",
    "dnsresolver:OutboundEndpoint",
    "eventgrid:SystemTopic",
    "eventgrid:Topic",
    "frontdoor:FrontDoor",
    "frontdoor:Policy",
    "iothub:IotHubResource",
    "logic:IntegrationAccount",
    "machinelearningservices:Compute",
    "monitor:DataCollectionRule",
    "network:FlowLog",
    "notificationhubs:Namespace",
    "powerbidedicated:CapacityDetails",
    "search:Service",
    "signalrservice:SignalR",
    "sql:ManagedInstance",
    "trafficmanager:Profile",
    "web:AppServiceEnvironment",
    "web:StaticSite",
  ].map((t) => [`azure-native:${t}`, "tags"]),
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
  ].map((t) => [`gcp:${t}`, "labels"]),
]);

/** An auto-scaling group takes its tags as a list, each saying whether instances inherit it. */
const AWS_GROUP = "aws:autoscaling/group:Group";

/** Kubernetes workloads whose pods carry their own labels (which cost tools such as OpenCost read). */
const POD_TEMPLATES: Record<string, string[]> = {
  Deployment: ["spec", "template"],
  StatefulSet: ["spec", "template"],
  DaemonSet: ["spec", "template"],
  ReplicaSet: ["spec", "template"],
  Job: ["spec", "template"],
  CronJob: ["spec", "jobTemplate", "spec", "template"],
};

type Props = Record<string, unknown>;

/** A map the transform may merge into: present, known and not a secret (left as the user made it). */
function mergeable(v: unknown): v is Props {
  return (
    typeof v === "object" &&
    v !== null &&
    !Array.isArray(v) &&
    !pulumi.isUnknown(v) &&
    !Object.keys(v).includes(pulumi.runtime.specialSigKey)
  );
}

/** `base` with `extra` added underneath: what the resource already says wins. */
function under(base: unknown, extra: Record<string, string>): Props | undefined {
  if (base === undefined || base === null) return { ...extra };
  return mergeable(base) ? { ...extra, ...base } : undefined;
}

/** Sets `labels` under `metadata` at `path` in a Kubernetes object, copying only what it changes. */
function withLabels(obj: Props, path: string[], labels: Record<string, string>): Props {
  if (path.length === 0) {
    const metadata = obj.metadata === undefined ? {} : obj.metadata;
    if (!mergeable(metadata)) return obj;
    const merged = under(metadata.labels, labels);
    return merged ? { ...obj, metadata: { ...metadata, labels: merged } } : obj;
  }
  const [head, ...rest] = path;
  const inner = obj[head];
  return mergeable(inner) ? { ...obj, [head]: withLabels(inner, rest, labels) } : obj;
}

/**
 * The resource's inputs with the cost tags added where its type takes them (tags, labels, a
 * Kubernetes object's labels and its pods'), normalized for the cloud; tags the resource already
 * has win. Returns `props` itself when the type takes no tags or they are not a known map.
 */
export function withCostTags(
  type: string,
  cloud: Cloud,
  props: Props,
  costTags: Record<string, string>,
): Props {
  const tags = normalizeTags(cloud, costTags);
  if (cloud === "kubernetes") {
    if (type.endsWith("List")) return props;
    let out = withLabels(props, [], tags);
    const template = POD_TEMPLATES[type.split(":").pop() ?? ""];
    if (template) out = withLabels(out, template, tags);
    return out;
  }
  if (type === AWS_GROUP) {
    const given = props.tags === undefined ? [] : props.tags;
    if (!Array.isArray(given)) return props;
    const have = new Set(given.map((t) => (t as { key?: unknown })?.key));
    const added = Object.entries(tags)
      .filter(([k]) => !have.has(k))
      .map(([key, value]) => ({ key, value, propagateAtLaunch: true }));
    return added.length ? { ...props, tags: [...given, ...added] } : props;
  }
  const field = TAGGED_TYPES[type];
  if (!field) return props;
  const merged = under(props[field], tags);
  return merged ? { ...props, [field]: merged } : props;
}
