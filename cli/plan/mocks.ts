import { createHash } from "node:crypto";

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
      value: /ami/i.test(name) ? `ami-0${hex([name, awsRegion(ctx)], 16)}` : "lepton-plan-parameter",
      version: 1,
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
