import { awsRegion, NO_AWS_REGION } from "../aws/region";
import { dig, isUnknown, num, Props, resolveReference, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { burstableNote, countInput, EKS_NODE_DEFAULTS, priceNodes } from "./nodes";

/** EKS managed node group defaults as pulumi-eks documents them (`scalingConfig`, `diskSize`). */
const SCALING_DEFAULTS = { desiredSize: 2, minSize: 1, maxSize: 2 } as const;
const DEFAULT_DISK_GB = 20;

/** Instance type and root volume from the launch template the group names, when the plan can see it. */
function fromLaunchTemplate(props: Props, ctx: PriceContext) {
  const path = dig(props, "launchTemplate.id") !== undefined ? "launchTemplate.id" : "launchTemplate.name";
  const target = resolveReference(props, path, ctx);
  if (target?.type !== "aws:ec2/launchTemplate:LaunchTemplate") return undefined;
  const ebs = dig(target.props, "blockDeviceMappings.0.ebs") as Props | undefined;
  return {
    instanceType: str(target.props.instanceType),
    rootGb: num(ebs?.volumeSize),
    rootType: str(ebs?.volumeType),
  };
}

/**
 * A pulumi-eks `ManagedNodeGroup`: `scalingConfig.desiredSize` (default 2) nodes of
 * `instanceTypes[0]` (default t3.medium; EKS takes one type), each with a `diskSize` root volume
 * (default 20 GB, gp2). With a launch template, the template's instance type and first volume.
 */
function managedNodeGroup(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = awsRegion(props, ctx);
  if (!region) return unpriced(NO_AWS_REGION, "aws");
  const assumptions = [assumption];
  const scaling = (props.scalingConfig ?? {}) as Props;
  if (isUnknown(props.scalingConfig))
    return unpriced("scalingConfig is unknown during preview", "aws", region);
  const counts: Record<string, number> = {};
  for (const field of ["desiredSize", "minSize", "maxSize"] as const) {
    const n = countInput(scaling, field, `scalingConfig.${field}`, SCALING_DEFAULTS[field]);
    if (typeof n === "string") return unpriced(n, "aws", region);
    counts[field] = n;
  }
  if (scaling.desiredSize === undefined)
    assumptions.push(
      `scalingConfig.desiredSize not set: the default of ${SCALING_DEFAULTS.desiredSize} nodes`,
    );

  const types = props.instanceTypes;
  if (isUnknown(types)) return unpriced("instanceTypes is unknown during preview", "aws", region);
  let instanceType = Array.isArray(types) ? str(types[0]) : undefined;
  if (Array.isArray(types) && types.length > 0 && !instanceType)
    return unpriced("instanceTypes[0] is unknown during preview", "aws", region);
  let rootGb = num(props.diskSize);
  let rootType = "gp2";
  if (props.launchTemplate !== undefined) {
    const template = fromLaunchTemplate(props, ctx);
    if (!template && !instanceType)
      return unpriced(
        "launchTemplate names a template the plan cannot see (not an aws.ec2.LaunchTemplate of this program): the instance type is not known; set instanceTypes",
        "aws",
        region,
      );
    if (template) {
      instanceType ??= template.instanceType;
      if (template.rootGb !== undefined) rootGb = template.rootGb;
      if (template.rootType) rootType = template.rootType;
      assumptions.push("instance type and root volume from the launch template where it sets them");
    }
  }
  if (!instanceType) {
    instanceType = EKS_NODE_DEFAULTS.instanceType;
    assumptions.push(`instanceTypes not set: the default ${EKS_NODE_DEFAULTS.instanceType}`);
  }
  if (rootGb === undefined) {
    rootGb = DEFAULT_DISK_GB;
    assumptions.push(`diskSize not set: the default of ${DEFAULT_DISK_GB} GB (gp2)`);
  }
  const ami = str(props.amiType) ?? str(props.operatingSystem);
  if (ami && /windows/i.test(ami))
    return unpriced(`amiType ${ami}: the catalog has Linux prices only`, "aws", region);
  if (props.capacityType === "SPOT")
    assumptions.push("capacityType SPOT: priced at the on-demand rate (an upper bound)");
  assumptions.push(burstableNote(instanceType));
  return priceNodes(
    {
      region,
      instanceType,
      count: counts.desiredSize,
      min: counts.minSize,
      max: counts.maxSize,
      rootVolumeGb: rootGb,
      rootVolumeType: rootType,
      assumptions,
    },
    ctx,
  );
}

export const pricers: PricerModule["pricers"] = { "eks:index:ManagedNodeGroup": managedNodeGroup };
