import { createHash } from "node:crypto";
import { parseAllDocuments } from "yaml";
import { UNKNOWN } from "../../sdk/cost/types";

/** What an invoke mock knows: the region of the provider it goes through, and the program's config. */
export interface InvokeContext {
  region?: string;
  config: Record<string, string>;
}

type Args = Record<string, unknown>;
type Answer = (args: Args, ctx: InvokeContext) => Record<string, unknown>;

/** A stable hex suffix, so one look-up always gets the same made-up ID and different ones differ. */
function hex(seed: unknown, length: number): string {
  return createHash("sha1")
    .update(JSON.stringify(seed) ?? "")
    .digest("hex")
    .slice(0, length);
}

/** The value of an AWS-style `filters: [{ name, values }]` entry. */
function filterValue(args: Args, name: string): string | undefined {
  const filters = Array.isArray(args.filters) ? (args.filters as { name?: unknown; values?: unknown }[]) : [];
  const hit = filters.find((f) => f?.name === name);
  const values = hit && Array.isArray(hit.values) ? hit.values : [];
  return typeof values[0] === "string" ? values[0] : undefined;
}

const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);

const AWS_ACCOUNT = "123456789012";
const awsRegion = (ctx: InvokeContext) => ctx.region ?? "us-east-1";
const gcpProject = (args: Args, ctx: InvokeContext) =>
  str(args.project) ?? ctx.config["gcp:project"] ?? "lepton-plan-project";
const gcpRegion = (args: Args, ctx: InvokeContext) => str(args.region) ?? ctx.region ?? "us-central1";
const GCE = "https://www.googleapis.com/compute/v1";

/**
 * The value of an SSM parameter a program reads. The public parameters AWS publishes for its
 * images have the provider's shapes: an ECS/EKS `.../recommended` parameter is a JSON document
 * with `image_id`, an `.../image_id` (or other AMI) parameter an AMI ID; others a placeholder.
 */
function ssmParameterValue(name: string, region: string): string {
  const ami = `ami-0${hex([name.replace(/\/recommended.*$/, ""), region], 16)}`;
  const recommended = /^\/aws\/service\/(ecs|eks)\/optimized-ami\/(.+)\/recommended$/.exec(name);
  if (recommended) {
    const ecs = recommended[1] === "ecs";
    return JSON.stringify({
      image_id: ami,
      image_name: ecs ? "amzn2-ami-ecs-hvm-2.0.20250101-x86_64-ebs" : "amazon-eks-node-1.30-v20250101",
      os: "Amazon Linux 2",
      schema_version: ecs ? 1 : "1",
      ...(ecs
        ? { ecs_agent_version: "1.89.2", ecs_runtime_version: "Docker version 25.0.6" }
        : { release_version: "1.30.8-20250101" }),
      source_image_name: "amzn2-ami-minimal-hvm-2.0.20250101-x86_64-ebs",
    });
  }
  if (/\/image_id$/.test(name) || /ami/i.test(name)) return ami;
  return "lepton-plan-parameter";
}

/** A string list as IAM writes it: one value as a string, several as an array. */
const iamList = (v: unknown): unknown => (Array.isArray(v) ? (v.length === 1 ? v[0] : v) : v);

/** The IAM JSON document of `aws.iam.getPolicyDocument` statements, as the provider renders it. */
function policyDocument(args: Args): string {
  const statements = Array.isArray(args.statements) ? (args.statements as Args[]) : [];
  const principals = (list: unknown) => {
    if (!Array.isArray(list) || list.length === 0) return undefined;
    const out: Record<string, unknown> = {};
    for (const p of list as Args[]) out[String(p.type)] = iamList(p.identifiers);
    return out;
  };
  const doc = {
    Version: str(args.version) ?? "2012-10-17",
    ...(str(args.policyId) ? { Id: args.policyId } : {}),
    Statement: statements.map((st) => {
      const conditions: Record<string, Record<string, unknown>> = {};
      for (const c of Array.isArray(st.conditions) ? (st.conditions as Args[]) : [])
        (conditions[String(c.test)] ??= {})[String(c.variable)] = iamList(c.values);
      const out: Record<string, unknown> = {};
      if (str(st.sid)) out.Sid = st.sid;
      out.Effect = str(st.effect) ?? "Allow";
      if (st.actions) out.Action = iamList(st.actions);
      if (st.notActions) out.NotAction = iamList(st.notActions);
      if (st.resources) out.Resource = iamList(st.resources);
      if (st.notResources) out.NotResource = iamList(st.notResources);
      if (principals(st.principals)) out.Principal = principals(st.principals);
      if (principals(st.notPrincipals)) out.NotPrincipal = principals(st.notPrincipals);
      if (Object.keys(conditions).length > 0) out.Condition = conditions;
      return out;
    }),
  };
  return JSON.stringify(doc);
}

/** Every document of a YAML stream as plain objects (empty documents dropped), as the provider decodes it. */
function decodeYaml(text: string): unknown[] {
  return parseAllDocuments(text)
    .map((d) => {
      if (d.errors.length > 0) throw new Error(`kubernetes:yaml:decode: ${d.errors[0].message}`);
      return d.toJS() as unknown;
    })
    .filter((d) => d !== null && d !== undefined);
}

/**
 * Plausible answers to the look-ups programs commonly make before creating resources (images,
 * default networks, zones, caller identity), shaped as the providers return them. Values that
 * exist in the cloud regardless of the program (an AMI ID, the default VPC) are invented but
 * stable; nothing here is computed by a resource, so nothing needs to be unknown.
 */
const ANSWERS: Record<string, Answer> = {
  "aws:ec2/getAmi:getAmi": (args, ctx) => {
    const id = `ami-0${hex([args, awsRegion(ctx)], 16)}`;
    const name = (filterValue(args, "name") ?? "lepton-plan-image").replace(/\*/g, "20250101");
    return {
      id,
      imageId: id,
      arn: `arn:aws:ec2:${awsRegion(ctx)}::image/${id}`,
      architecture: filterValue(args, "architecture") ?? "x86_64",
      name,
      ownerId:
        Array.isArray(args.owners) && typeof args.owners[0] === "string" ? args.owners[0] : AWS_ACCOUNT,
      rootDeviceName: "/dev/xvda",
      rootDeviceType: "ebs",
      virtualizationType: "hvm",
      state: "available",
    };
  },
  "aws:ec2/getVpc:getVpc": (args, ctx) => {
    const id = str(args.id) ?? `vpc-0${hex(["vpc", args, awsRegion(ctx)], 16)}`;
    return {
      id,
      arn: `arn:aws:ec2:${awsRegion(ctx)}:${AWS_ACCOUNT}:vpc/${id}`,
      cidrBlock: "172.31.0.0/16",
      default: args.default === true,
      ownerId: AWS_ACCOUNT,
      state: "available",
    };
  },
  "aws:ec2/getSubnets:getSubnets": (args, ctx) => ({
    id: awsRegion(ctx),
    ids: ["a", "b", "c"].map((z) => `subnet-0${hex([args, z], 16)}`),
  }),
  "aws:ec2/getSubnet:getSubnet": (args, ctx) => {
    const id = str(args.id) ?? `subnet-0${hex(args, 16)}`;
    return {
      id,
      arn: `arn:aws:ec2:${awsRegion(ctx)}:${AWS_ACCOUNT}:subnet/${id}`,
      availabilityZone: str(args.availabilityZone) ?? `${awsRegion(ctx)}a`,
      cidrBlock: "172.31.0.0/20",
      vpcId: str(args.vpcId) ?? `vpc-0${hex(["vpc", awsRegion(ctx)], 16)}`,
      defaultForAz: true,
      mapPublicIpOnLaunch: true,
    };
  },
  "aws:index/getAvailabilityZones:getAvailabilityZones": (_args, ctx) => {
    const region = awsRegion(ctx);
    return {
      id: region,
      names: ["a", "b", "c"].map((z) => `${region}${z}`),
      zoneIds: [1, 2, 3].map((n) => `${region.replace(/-/g, "").slice(0, 4)}-az${n}`),
      groupNames: [region],
    };
  },
  "aws:index/getRegion:getRegion": (args, ctx) => {
    const region = str(args.region) ?? str(args.name) ?? awsRegion(ctx);
    return { id: region, name: region, region, endpoint: `ec2.${region}.amazonaws.com`, description: region };
  },
  "aws:index/getCallerIdentity:getCallerIdentity": () => ({
    id: AWS_ACCOUNT,
    accountId: AWS_ACCOUNT,
    arn: `arn:aws:iam::${AWS_ACCOUNT}:user/lepton-plan`,
    userId: "AIDALEPTONPLAN",
  }),
  "aws:index/getPartition:getPartition": () => ({
    id: "aws",
    partition: "aws",
    dnsSuffix: "amazonaws.com",
    reverseDnsPrefix: "com.amazonaws",
  }),
  "aws:ssm/getParameter:getParameter": (args, ctx) => {
    const name = str(args.name) ?? "parameter";
    return {
      id: name,
      name,
      arn: `arn:aws:ssm:${awsRegion(ctx)}:${AWS_ACCOUNT}:parameter${name.startsWith("/") ? "" : "/"}${name}`,
      type: "String",
      value: ssmParameterValue(name, awsRegion(ctx)),
      version: 1,
    };
  },
  "aws:iam/getPolicyDocument:getPolicyDocument": (args) => {
    const json = policyDocument(args);
    return { id: hex(json, 10), json: JSON.stringify(JSON.parse(json), null, 2), minifiedJson: json };
  },
  "aws:index/getDefaultTags:getDefaultTags": (_args, ctx) => {
    let tags: unknown = {};
    try {
      tags = (JSON.parse(ctx.config["aws:defaultTags"] ?? "{}") as { tags?: unknown }).tags ?? {};
    } catch {
      // Not JSON: the provider would reject it; the look-up answers with no tags.
    }
    return { id: "aws", tags };
  },
  "aws:ec2/getVpcs:getVpcs": (args, ctx) => ({
    id: awsRegion(ctx),
    ids: [`vpc-0${hex(["vpc", args, awsRegion(ctx)], 16)}`],
  }),
  "aws:ec2/getSecurityGroup:getSecurityGroup": (args, ctx) => {
    const id = str(args.id) ?? `sg-0${hex(["sg", args, awsRegion(ctx)], 16)}`;
    return {
      id,
      arn: `arn:aws:ec2:${awsRegion(ctx)}:${AWS_ACCOUNT}:security-group/${id}`,
      name: str(args.name) ?? filterValue(args, "group-name") ?? "default",
      vpcId: str(args.vpcId) ?? `vpc-0${hex(["vpc", awsRegion(ctx)], 16)}`,
      description: "lepton-mc plan look-up",
    };
  },
  "aws:route53/getZone:getZone": (args) => {
    const name = (str(args.name) ?? "example.com").replace(/\.$/, "");
    const zoneId = str(args.zoneId) ?? `Z${hex(["zone", name], 13).toUpperCase()}`;
    return {
      id: zoneId,
      zoneId,
      name,
      arn: `arn:aws:route53:::hostedzone/${zoneId}`,
      privateZone: args.privateZone === true,
      nameServers: ["ns-1.awsdns-00.com", "ns-2.awsdns-00.net"],
    };
  },
  "aws:acm/getCertificate:getCertificate": (args, ctx) => {
    const domain = str(args.domain) ?? "example.com";
    const arn = `arn:aws:acm:${awsRegion(ctx)}:${AWS_ACCOUNT}:certificate/${hex(["cert", domain], 8)}-0000-4000-8000-${hex(domain, 12)}`;
    return { id: arn, arn, domain, status: "ISSUED" };
  },
  "awsx:ec2:getDefaultVpc": (_args, ctx) => ({
    vpcId: `vpc-0${hex(["vpc", awsRegion(ctx)], 16)}`,
    publicSubnetIds: ["a", "b", "c"].map((z) => `subnet-0${hex(["default", z, awsRegion(ctx)], 16)}`),
    privateSubnetIds: [],
  }),
  "azure-native:resources:getResourceGroup": (args, ctx) => {
    const name = str(args.resourceGroupName) ?? "lepton-plan-rg";
    return {
      id: `/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/${name}`,
      name,
      location: ctx.config["azure-native:location"] ?? "eastus",
      type: "Microsoft.Resources/resourceGroups",
      properties: { provisioningState: "Succeeded" },
    };
  },
  "azure-native:authorization:getClientConfig": () => ({
    clientId: "00000000-0000-0000-0000-00000000c11e",
    objectId: "00000000-0000-0000-0000-0000000000b1",
    subscriptionId: "00000000-0000-0000-0000-000000000000",
    tenantId: "00000000-0000-0000-0000-0000000000e1",
  }),
  "gcp:compute/getImage:getImage": (args) => {
    const project = str(args.project) ?? "debian-cloud";
    const family = str(args.family) ?? "debian-12";
    const name = str(args.name) ?? `${family}-v20250101`;
    return {
      id: `projects/${project}/global/images/${name}`,
      name,
      family,
      project,
      selfLink: `${GCE}/projects/${project}/global/images/${name}`,
      diskSizeGb: 10,
      status: "READY",
    };
  },
  "gcp:compute/getZones:getZones": (args, ctx) => {
    const region = gcpRegion(args, ctx);
    return {
      id: `projects/${gcpProject(args, ctx)}/regions/${region}`,
      names: ["a", "b", "c"].map((z) => `${region}-${z}`),
      project: gcpProject(args, ctx),
      region,
    };
  },
  "gcp:compute/getNetwork:getNetwork": (args, ctx) => {
    const name = str(args.name) ?? "default";
    const project = gcpProject(args, ctx);
    return {
      id: `projects/${project}/global/networks/${name}`,
      name,
      project,
      selfLink: `${GCE}/projects/${project}/global/networks/${name}`,
    };
  },
  "gcp:compute/getSubnetwork:getSubnetwork": (args, ctx) => {
    const name = str(args.name) ?? "default";
    const project = gcpProject(args, ctx);
    const region = gcpRegion(args, ctx);
    return {
      id: `projects/${project}/regions/${region}/subnetworks/${name}`,
      name,
      project,
      region,
      ipCidrRange: "10.128.0.0/20",
      network: `${GCE}/projects/${project}/global/networks/default`,
      selfLink: `${GCE}/projects/${project}/regions/${region}/subnetworks/${name}`,
    };
  },
  "gcp:organizations/getClientConfig:getClientConfig": (args, ctx) => ({
    id: "lepton-plan",
    project: gcpProject(args, ctx),
    region: gcpRegion(args, ctx),
    zone: ctx.config["gcp:zone"] ?? `${gcpRegion(args, ctx)}-a`,
    accessToken: "lepton-plan-no-token",
  }),
  "gcp:container/getEngineVersions:getEngineVersions": (args, ctx) => {
    // A GKE version string of the shape the API returns; which versions are current is not known offline.
    const version = "1.30.5-gke.1014001";
    const channel = { RAPID: version, REGULAR: version, STABLE: version };
    return {
      id: `projects/${gcpProject(args, ctx)}/locations/${str(args.location) ?? gcpRegion(args, ctx)}`,
      project: gcpProject(args, ctx),
      location: str(args.location) ?? gcpRegion(args, ctx),
      defaultClusterVersion: version,
      latestMasterVersion: version,
      latestNodeVersion: version,
      validMasterVersions: [version],
      validNodeVersions: [version],
      releaseChannelDefaultVersion: channel,
      releaseChannelLatestVersion: channel,
      releaseChannelUpgradeTargetVersion: channel,
    };
  },
  "gcp:compute/getDefaultServiceAccount:getDefaultServiceAccount": (args, ctx) => {
    const email = `123456789012-compute@developer.gserviceaccount.com`;
    return {
      id: `projects/${gcpProject(args, ctx)}/serviceAccounts/${email}`,
      email,
      name: `projects/${gcpProject(args, ctx)}/serviceAccounts/${email}`,
      project: gcpProject(args, ctx),
      uniqueId: "123456789012345678901",
      displayName: "Compute Engine default service account",
    };
  },
  // Kubernetes YAML is decoded here as the provider decodes it. Helm and kustomize need their
  // tools, which do not run offline: what they render is unknown, as a preview shows a value it
  // cannot know yet. The Chart's (or Directory's) `resources` and `ready` are then unknown, so
  // `getResource`/`getResourceProperty` give unknown outputs whose applies do not run (an empty
  // rendering made them read properties of undefined), and the plan lists the chart unpriced.
  "kubernetes:yaml:decode": (args) => ({ result: decodeYaml(str(args.text) ?? "") }),
  "kubernetes:helm:template": () => ({ result: UNKNOWN }),
  "kubernetes:kustomize:directory": () => ({ result: UNKNOWN }),
  "gcp:organizations/getProject:getProject": (args, ctx) => {
    const projectId = str(args.projectId) ?? gcpProject(args, ctx);
    return { id: `projects/${projectId}`, projectId, name: projectId, number: "123456789012" };
  },
};

/**
 * Fills in the name a provider would give during preview when the program gives none, so the
 * program and the policies see it as a real preview shows it. Kubernetes objects are the case
 * that matters: the provider names them `<logical name>-<random suffix>` and programs refer to
 * `metadata.name` (a Service to its Deployment, an autoscaler to its target).
 * @returns true when `inputs` was changed.
 */
export function autoname(type: string, name: string, urn: string, inputs: Record<string, unknown>): boolean {
  if (!type.startsWith("kubernetes:") || type.startsWith("kubernetes:helm") || type.endsWith("List"))
    return false;
  const metadata = inputs.metadata;
  if (
    metadata !== undefined &&
    (typeof metadata !== "object" || metadata === null || Array.isArray(metadata))
  )
    return false;
  const meta = (metadata ?? {}) as Record<string, unknown>;
  if (meta.name !== undefined || meta.generateName !== undefined) return false;
  inputs.metadata = { ...meta, name: `${name}-${hex(urn, 8)}` };
  return true;
}

/**
 * The mock answer to a provider function call, or undefined when the plan has none (the caller
 * then answers with an empty result and reports the token).
 */
export function answerInvoke(
  token: string,
  args: Record<string, unknown>,
  ctx: InvokeContext,
): Record<string, unknown> | undefined {
  return ANSWERS[token]?.(args ?? {}, ctx);
}
