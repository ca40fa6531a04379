import type { Cloud } from "../../sdk/catalog/types";
import { normalizeTags, readTag } from "../../sdk/tags";
import { priceSubject } from "../lib/compute";
import { RULES } from "../lib/names";
import { usd } from "../lib/report";
import { CATALOG_FILE_SCHEMA, resourceRule } from "../lib/rule";
import { isUnknown, Props, Subject } from "../lib/subject";

export interface CostAllocationTagsConfig {
  requiredTags: string[];
  defaults: Record<string, string>;
  catalogFile: string;
}

/** Types that take tags/labels but are often created without any (a resource with a tag field counts too). */
const TAGGABLE = new Set([
  "aws:ec2/instance:Instance",
  "aws:ebs/volume:Volume",
  "aws:autoscaling/group:Group",
  "aws:ec2/launchTemplate:LaunchTemplate",
  "aws:lb/loadBalancer:LoadBalancer",
  "aws:alb/loadBalancer:LoadBalancer",
  "aws:lb/targetGroup:TargetGroup",
  "aws:s3/bucket:Bucket",
  "aws:s3/bucketV2:BucketV2",
  "aws:ec2/vpc:Vpc",
  "aws:ec2/subnet:Subnet",
  "aws:ec2/securityGroup:SecurityGroup",
  "aws:ec2/internetGateway:InternetGateway",
  "aws:ec2/routeTable:RouteTable",
  "aws:ec2/eip:Eip",
  "aws:ec2/natGateway:NatGateway",
  "aws:iam/role:Role",
  "aws:rds/instance:Instance",
  "azure-native:compute:VirtualMachine",
  "azure-native:compute:VirtualMachineScaleSet",
  "azure-native:compute:Disk",
  "azure-native:storage:StorageAccount",
  "azure-native:network:LoadBalancer",
  "azure-native:network:PublicIPAddress",
  "azure-native:network:VirtualNetwork",
  "azure-native:network:NetworkSecurityGroup",
  "azure-native:network:NetworkInterface",
  "azure-native:resources:ResourceGroup",
  "azure-native:monitor:AutoscaleSetting",
  "gcp:compute/instance:Instance",
  "gcp:compute/disk:Disk",
  "gcp:compute/instanceTemplate:InstanceTemplate",
  "gcp:compute/regionInstanceTemplate:RegionInstanceTemplate",
  "gcp:compute/instanceGroupManager:InstanceGroupManager",
  "gcp:compute/regionInstanceGroupManager:RegionInstanceGroupManager",
  "gcp:compute/forwardingRule:ForwardingRule",
  "gcp:compute/globalForwardingRule:GlobalForwardingRule",
  "gcp:compute/address:Address",
  "gcp:storage/bucket:Bucket",
]);

const GROUPS = new Set([
  "gcp:compute/instanceGroupManager:InstanceGroupManager",
  "gcp:compute/regionInstanceGroupManager:RegionInstanceGroupManager",
]);

/** Where a resource keeps its tags: AWS/Azure `tags`, GCP `labels` (groups: `allInstancesConfig.labels`; notification channels: `userLabels`), Kubernetes `metadata.labels`. */
function tagField(s: Subject): string {
  if (s.cloud === "kubernetes") return "metadata.labels";
  if (s.type === "gcp:monitoring/notificationChannel:NotificationChannel") return "userLabels";
  if (s.cloud === "gcp") return GROUPS.has(s.type) ? "allInstancesConfig.labels" : "labels";
  return "tags";
}

/** A Kubernetes object (`kubernetes:<group>/<version>:<Kind>`), not a Helm/YAML component. */
const isKubernetesObject = (type: string) =>
  /^kubernetes:[^:]+\/v[^:]*:[A-Za-z]+$/.test(type) && !/^kubernetes:(helm\.sh|yaml|kustomize)\//.test(type);

function appliesTo(type: string): boolean {
  return TAGGABLE.has(type) || isKubernetesObject(type) || /^(aws|azure-native|gcp):/.test(type);
}

/** The tag map (or AWS group tag list) at a dotted path. */
function tagsAt(props: Props, path: string): unknown {
  let cur: unknown = props;
  for (const part of path.split("."))
    cur = cur && typeof cur === "object" && !isUnknown(cur) ? (cur as Props)[part] : cur;
  return cur;
}

/** Missing required tags, or "unknown" when the tag map itself is unknown during preview. */
function missingTags(s: Subject, required: string[]): string[] | "unknown" | "untaggable" {
  const field = tagField(s);
  const tags = tagsAt(s.props, field);
  if (
    isUnknown(tags) ||
    (field !== "tags" && field.includes(".") && isUnknown(tagsAt(s.props, field.split(".")[0])))
  )
    return "unknown";
  if (tags === undefined && !TAGGABLE.has(s.type) && !isKubernetesObject(s.type)) return "untaggable";
  return required.filter((t) => {
    const v = readTag(s.props, t);
    return v === undefined || v.trim() === "";
  });
}

/**
 * Every taggable resource of the three clouds, and every Kubernetes object, carries the
 * cost-allocation tags (labels); `remediate` adds missing ones from the configured defaults.
 */
export const costAllocationTags = resourceRule<CostAllocationTagsConfig>({
  name: RULES.costAllocationTags,
  description: "Taggable resources must carry the cost-allocation tags (labels on GCP and Kubernetes).",
  enforcementLevel: "mandatory",
  configSchema: {
    properties: {
      requiredTags: {
        type: "array",
        items: { type: "string", minLength: 1 },
        default: ["owner", "cost-center"],
        description:
          "Tag names every taggable resource must carry (any spelling normalized per cloud is accepted).",
      },
      defaults: {
        type: "object",
        additionalProperties: { type: "string" },
        default: {},
        description:
          'Values remediation writes for missing tags, e.g. { "owner": "platform" } (normalized per cloud).',
      },
      catalogFile: CATALOG_FILE_SCHEMA,
    },
  },
  appliesTo,
  check: (s, ctx) => {
    const missing = missingTags(s, ctx.config.requiredTags);
    if (missing === "untaggable") return;
    if (missing === "unknown") {
      ctx.note(
        `${s.name}: could not check the cost-allocation tags: ${tagField(s)} is unknown during preview (checked again at pulumi up).`,
      );
      return;
    }
    if (missing.length === 0) return;
    const price = priceSubject(s, ctx.catalog());
    const cost =
      price.priced && price.monthlyUsd > 0
        ? ` so its ${usd(price.monthlyUsd)}/month is charged to an owner`
        : "";
    const fixable = missing.filter((t) => ctx.config.defaults[t] !== undefined);
    ctx.violation(
      `${s.name}: missing cost-allocation ${s.cloud === "gcp" || s.cloud === "kubernetes" ? "labels" : "tags"} ${missing.join(", ")}; add them to ${tagField(s)}${cost}${
        fixable.length ? ` (enforcementLevel "remediate" adds ${fixable.join(", ")} from defaults)` : ""
      }.`,
    );
  },
  remediate: (s, config) => {
    const missing = missingTags(s, config.requiredTags);
    if (!Array.isArray(missing)) return undefined;
    const add: Record<string, string> = {};
    for (const t of missing) if (config.defaults[t] !== undefined) add[t] = config.defaults[t];
    if (Object.keys(add).length === 0) return undefined;
    const normalized = normalizeTags(s.cloud as Cloud, add);
    const props: Props = { ...s.props };
    if (s.type === "aws:autoscaling/group:Group" && (Array.isArray(props.tags) || props.tags === undefined)) {
      // Group tags are a list; propagate them so the instances carry them too.
      props.tags = [
        ...((props.tags as unknown[]) ?? []),
        ...Object.entries(normalized).map(([key, value]) => ({ key, value, propagateAtLaunch: true })),
      ];
      return props;
    }
    const path = tagField(s).split(".");
    let target = props;
    for (const part of path.slice(0, -1)) {
      target[part] = { ...((target[part] as Props) ?? {}) };
      target = target[part] as Props;
    }
    const leaf = path[path.length - 1];
    target[leaf] = { ...((target[leaf] as Props) ?? {}), ...normalized };
    return props;
  },
});
