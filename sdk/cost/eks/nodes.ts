import { EKS_NODE_GP2_GB_MONTH } from "../aws/eks";
import { priceCompute } from "../compute";
import { HOURS_PER_MONTH } from "../formulas";
import { isUnknown, num, perGbMonth, priced, Props, str, unpriced } from "../helpers";
import { describePrice, INFRACOST_GOLDEN, ListPrice, regionNote } from "../list-price";
import type { PriceContext, PriceLine, ResourcePrice } from "../types";

/** gp3 node root volumes per GB-month (us-east-1). */
export const GP3_GB_MONTH: ListPrice = {
  usd: 0.08,
  unit: "GB-month",
  region: "us-east-1",
  source: `${INFRACOST_GOLDEN} aws/eks_node_group_test (Storage (general purpose SSD, gp3): $24.00 / 300 GB)`,
  asOf: "2025-07-07",
};

const ROOT_VOLUME_PRICES: Record<string, ListPrice> = { gp2: EKS_NODE_GP2_GB_MONTH, gp3: GP3_GB_MONTH };

/** pulumi-eks defaults shared by the cluster's default node group and NodeGroup / NodeGroupV2. */
export const EKS_NODE_DEFAULTS = {
  desiredCapacity: 2,
  minSize: 1,
  maxSize: 2,
  instanceType: "t3.medium",
  rootVolumeGb: 20,
  rootVolumeType: "gp2",
} as const;

/** What a group of worker nodes is: N instances of one type, each with a root volume. */
export interface NodeGroupSpec {
  region: string;
  instanceType: string;
  count: number;
  min?: number;
  max?: number;
  rootVolumeGb: number;
  rootVolumeType: string;
  /** Assumptions about where the figures came from (defaults taken and so on). */
  assumptions: string[];
}

/** Fixed lines priced beside the nodes (a cluster's control plane). */
export interface FixedLine extends PriceLine {
  note: string;
}

/**
 * Prices worker nodes: the catalog's on-demand price of the instance type × count (through
 * `priceCompute`, as every compute resource), and the root volume of each node at the gp2/gp3
 * golden price. `fixed` lines (a control plane) are added to the figure and to the capacity range.
 */
export function priceNodes(spec: NodeGroupSpec, ctx: PriceContext, fixed: FixedLine[] = []): ResourcePrice {
  const { region, count } = spec;
  const volumePrice = ROOT_VOLUME_PRICES[spec.rootVolumeType];
  if (!volumePrice)
    return unpriced(
      `node root volume type ${JSON.stringify(spec.rootVolumeType)} is not priced; use gp2 or gp3`,
      "aws",
      region,
    );
  const compute = priceCompute(
    { cloud: "aws", region, instanceType: spec.instanceType, count, disks: [], assumptions: [] },
    ctx,
  );
  if (!compute.priced) {
    const fixedNote = fixed.length
      ? `; ${fixed.map((f) => `${f.item} alone is $${Math.round(f.hourlyUsd * HOURS_PER_MONTH * 100) / 100}/month`).join(", ")}`
      : "";
    return unpriced(`worker nodes: ${compute.reason}${fixedNote}`, "aws", region);
  }
  const volumeHourly = perGbMonth(volumePrice.usd, spec.rootVolumeGb);
  const lines: PriceLine[] = [
    ...fixed.map(({ item, hourlyUsd }) => ({ item, hourlyUsd })),
    ...compute.lines,
    {
      item: `${spec.rootVolumeType} root ${spec.rootVolumeGb} GB${count === 1 ? "" : ` × ${count}`}`,
      hourlyUsd: volumeHourly * count,
    },
  ];
  const fixedHourly = fixed.reduce((s, f) => s + f.hourlyUsd, 0);
  const each = compute.perInstanceHourlyUsd! + volumeHourly;
  const monthly = (nodes: number) => Math.round((fixedHourly + each * nodes) * HOURS_PER_MONTH * 100) / 100;
  return priced(
    "aws",
    region,
    lines,
    [
      ...fixed.map((f) => f.note),
      ...spec.assumptions,
      ...compute.assumptions.slice(1),
      `node root volumes: ${describePrice(volumePrice)}`,
      regionNote(volumePrice, region),
    ],
    {
      instanceType: spec.instanceType,
      count,
      perInstanceHourlyUsd: Math.round(each * 1e6) / 1e6,
      ...(spec.min !== undefined && spec.max !== undefined
        ? { range: { minMonthlyUsd: monthly(spec.min), maxMonthlyUsd: monthly(spec.max) } }
        : {}),
    },
  );
}

/**
 * A count input with its default: the number, the default when not set, or a reason when it is
 * unknown or not a non-negative whole number.
 */
export function countInput(props: Props, field: string, label: string, fallback: number): number | string {
  const v = props[field];
  if (v === undefined) return fallback;
  if (isUnknown(v)) return `${label} is unknown during preview`;
  const n = num(v);
  if (n === undefined || !Number.isInteger(n) || n < 0)
    return `${label}: ${JSON.stringify(v)} is not valid; use a whole number of nodes`;
  return n;
}

/**
 * The node settings pulumi-eks reads for a cluster's default node group and for NodeGroup /
 * NodeGroupV2 (the same field names), with pulumi-eks's documented defaults.
 * @param where the field path prefix for messages (`nodeGroupOptions.` or "").
 */
export function nodeGroupSettings(opts: Props, region: string, where: string): NodeGroupSpec | string {
  const assumptions: string[] = [];
  const counts: Record<string, number> = {};
  for (const field of ["desiredCapacity", "minSize", "maxSize"] as const) {
    const n = countInput(opts, field, `${where}${field}`, EKS_NODE_DEFAULTS[field]);
    if (typeof n === "string") return n;
    counts[field] = n;
  }
  if (opts.desiredCapacity === undefined)
    assumptions.push(
      `${where}desiredCapacity not set: pulumi-eks's default of ${EKS_NODE_DEFAULTS.desiredCapacity} nodes`,
    );
  const typeValue = opts.instanceType;
  if (isUnknown(typeValue)) return `${where}instanceType is unknown during preview`;
  const instanceType = str(typeValue) ?? EKS_NODE_DEFAULTS.instanceType;
  if (typeValue === undefined)
    assumptions.push(`${where}instanceType not set: pulumi-eks's default ${EKS_NODE_DEFAULTS.instanceType}`);
  const rootGb = countInput(
    opts,
    "nodeRootVolumeSize",
    `${where}nodeRootVolumeSize`,
    EKS_NODE_DEFAULTS.rootVolumeGb,
  );
  if (typeof rootGb === "string") return rootGb;
  const rootType = str(opts.nodeRootVolumeType) ?? EKS_NODE_DEFAULTS.rootVolumeType;
  if (opts.nodeRootVolumeSize === undefined || opts.nodeRootVolumeType === undefined)
    assumptions.push(`node root volume: ${rootGb} GB ${rootType} (pulumi-eks's defaults: 20 GB gp2)`);
  const os = str(opts.operatingSystem) ?? str(opts.amiType);
  if (os && /windows/i.test(os)) return `${where}operatingSystem ${os}: the catalog has Linux prices only`;
  if (opts.spotPrice !== undefined)
    assumptions.push("spotPrice set: spot nodes are priced at the on-demand rate (an upper bound)");
  return {
    region,
    instanceType,
    count: counts.desiredCapacity,
    min: counts.minSize,
    max: counts.maxSize,
    rootVolumeGb: rootGb,
    rootVolumeType: rootType,
    assumptions,
  };
}

/** The T-family note: burstable nodes in unlimited mode can add CPU credit charges. */
export function burstableNote(instanceType: string): string {
  return /^t\d/.test(instanceType)
    ? `${instanceType} is burstable: CPU credits beyond its baseline are billed apart (unlimited mode), not included`
    : "";
}
