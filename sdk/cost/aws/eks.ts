import { priceCompute } from "../compute";
import { dig, missing, num, Props, priced, resolveReference, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { FARGATE_GB_HOUR, FARGATE_VCPU_HOUR } from "./fargate";
import { goldenPrice, isUnpriced, monthlyToHourly, placeAws, priceNotes, usageAt } from "./golden";

export const EKS_CONTROL_PLANE_HOUR: ListPrice = goldenPrice("eks_cluster_test", 0.1, "hour");
export const EKS_EXTENDED_SUPPORT_HOUR: ListPrice = goldenPrice("eks_cluster_test", 0.6, "hour");
/** Newest Kubernetes minor version the golden (2025-07-07) bills at the extended-support rate. */
const LAST_EXTENDED_MINOR = 29;
/** Node group disks: EKS's default launch template volume, as the golden prices it (gp2). */
export const EKS_NODE_GP2_GB_MONTH: ListPrice = goldenPrice("eks_node_group_test", 0.1, "GB-month");
const DEFAULT_DISK_GB = 20;
/** The instance type EKS gives a node group that names none. */
const DEFAULT_NODE_TYPE = "t3.medium";

/** An EKS cluster: the control plane per hour, at the extended-support rate for old versions. */
function cluster(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const version = str(props.version);
  const minor = version ? Number(/^1\.(\d+)/.exec(version)?.[1]) : NaN;
  // supportType STANDARD upgrades the cluster when standard support ends, so it never bills extended.
  const extended =
    Number.isFinite(minor) &&
    minor <= LAST_EXTENDED_MINOR &&
    str(dig(props, "upgradePolicy.supportType")) !== "STANDARD";
  const price = extended ? EKS_EXTENDED_SUPPORT_HOUR : EKS_CONTROL_PLANE_HOUR;
  const assumptions = [
    place.assumption,
    version
      ? extended
        ? `Kubernetes ${version} is in extended support (1.${LAST_EXTENDED_MINOR} and older at the golden's date)`
        : `Kubernetes ${version} priced at the standard rate (versions newer than 1.${LAST_EXTENDED_MINOR} may have reached extended support since the golden)`
      : "version not set: the newest version, in standard support",
  ];
  if (dig(props, "computeConfig.enabled") === true)
    assumptions.push("EKS Auto Mode's per-instance management fee is not priced (no figure in the data)");
  return priced(
    "aws",
    region,
    [{ item: `EKS control plane${extended ? " (extended support)" : ""}`, hourlyUsd: price.usd }],
    [...assumptions, ...priceNotes(region, [price])],
  );
}

/** Instance type of a node group: its own list, else its launch template's, else EKS's default. */
function nodeType(props: Props, ctx: PriceContext): { type: string; note: string } {
  const own = str(dig(props, "instanceTypes.0"));
  if (own) return { type: own, note: "" };
  for (const path of ["launchTemplate.id", "launchTemplate.name"]) {
    const t = str(resolveReference(props, path, ctx)?.props.instanceType);
    if (t) return { type: t, note: `instance type ${t} from the launch template` };
  }
  return { type: DEFAULT_NODE_TYPE, note: `no instance type set: EKS's default ${DEFAULT_NODE_TYPE}` };
}

/**
 * An EKS managed node group: desiredSize instances of its first instance type (the catalog's
 * on-demand price) and each node's disk. The range spans minSize to maxSize.
 */
function nodeGroup(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const desired = num(dig(props, "scalingConfig.desiredSize"));
  if (desired === undefined)
    return unpriced(
      missing("scalingConfig.desiredSize", dig(props, "scalingConfig.desiredSize")),
      "aws",
      region,
    );
  const { type, note } = nodeType(props, ctx);
  const usesTemplate = dig(props, "launchTemplate") !== undefined;
  const diskGb = num(props.diskSize) ?? (usesTemplate ? undefined : DEFAULT_DISK_GB);
  const assumptions = [place.assumption, note];
  if (str(props.capacityType) === "SPOT")
    assumptions.push(
      "SPOT capacity priced at on-demand rates (an upper bound; spot prices are not in the catalog)",
    );
  if (num(props.diskSize) === undefined && !usesTemplate)
    assumptions.push(`diskSize not set: EKS's default ${DEFAULT_DISK_GB} GB`);
  if (usesTemplate && diskGb === undefined)
    assumptions.push("node volumes come from the launch template: not priced");
  const compute = priceCompute(
    {
      cloud: "aws",
      region,
      instanceType: type,
      count: desired,
      min: num(dig(props, "scalingConfig.minSize")),
      max: num(dig(props, "scalingConfig.maxSize")),
      disks: [],
      assumptions: [],
    },
    ctx,
  );
  if (!compute.priced) return compute;
  const diskHourly = diskGb === undefined ? 0 : monthlyToHourly(EKS_NODE_GP2_GB_MONTH, diskGb);
  const perNode = (compute.perInstanceHourlyUsd ?? 0) + diskHourly;
  const min = num(dig(props, "scalingConfig.minSize"));
  const max = num(dig(props, "scalingConfig.maxSize"));
  const monthly = (n: number) => Math.round(perNode * n * 730 * 100) / 100;
  const disk =
    diskGb === undefined
      ? []
      : [{ item: `node disk ${diskGb} GB × ${desired}`, hourlyUsd: diskHourly * desired }];
  return priced(
    "aws",
    region,
    [...compute.lines, ...disk],
    [
      ...compute.assumptions.slice(1),
      ...assumptions,
      ...(diskGb === undefined
        ? []
        : [`node disks: ${priceNotes(region, [EKS_NODE_GP2_GB_MONTH]).join("; ")}`]),
    ],
    {
      instanceType: type,
      count: desired,
      perInstanceHourlyUsd: Math.round(perNode * 1e6) / 1e6,
      ...(min !== undefined && max !== undefined
        ? { range: { minMonthlyUsd: monthly(min), maxMonthlyUsd: monthly(max) } }
        : {}),
    },
  );
}

/**
 * An EKS Fargate profile: the pods it selects are billed per vCPU-hour and GB-hour they request,
 * which no input says: usage.
 */
function fargateProfile(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  return priced(
    "aws",
    region,
    [],
    [
      place.assumption,
      "the profile itself is free; the pods it runs bill their requested vCPU and memory",
      ...priceNotes(region, [FARGATE_VCPU_HOUR, FARGATE_GB_HOUR]),
    ],
    {
      usage: [
        usageAt(ctx, FARGATE_VCPU_HOUR, "monthlyVcpuHours", "pod vCPU-hours per month"),
        usageAt(ctx, FARGATE_GB_HOUR, "monthlyGbHours", "pod GB-hours per month"),
      ],
    },
  );
}

export const pricers: PricerModule["pricers"] = {
  "aws:eks/cluster:Cluster": cluster,
  "aws:eks/nodeGroup:NodeGroup": nodeGroup,
  "aws:eks/fargateProfile:FargateProfile": fargateProfile,
};
