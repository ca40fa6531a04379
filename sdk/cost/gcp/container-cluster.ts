import { isUnknown, missing, priced, Props, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, PriceLine, ResourcePrice } from "../types";
import { NodeCost, poolSize, priceNodes, zoneCount } from "./gke-nodes";
import { golden, priceNotes, usageAt } from "./price-kit";
import { lastSegment, regionOfLocation } from "./region";

/** Cluster management fee per cluster-hour, Standard and Autopilot alike (container_cluster golden: 730 h = $73.00). */
const CLUSTER_FEE = golden("container_cluster", 0.1, "hour", "us-central1", "2026-07-01");
/** Autopilot pod requests per month (container_cluster golden autopilot_with_usage: 10 vCPU = $324.85). */
const AUTOPILOT_VCPU = golden("container_cluster", 32.485, "vCPU-month", "us-central1", "2026-07-01");
/** 50 GB = $179.67 (rate in [3.5933, 3.5935]). */
const AUTOPILOT_MEMORY = golden("container_cluster", 3.5934, "GB-month", "us-central1", "2026-07-01");
/** Printed exactly as '$0.040004 per GB'. */
const AUTOPILOT_EPHEMERAL = golden("container_cluster", 0.040004, "GB-month", "us-central1", "2026-07-01");

const FREE_TIER =
  "GKE's free tier credit (one zonal or Autopilot cluster per billing account) is not deducted";

/**
 * Location of a cluster and its region: its `location`, else the provider's: the Google provider puts
 * a cluster with no location in its configured zone (zonal), which the context knows only by region.
 */
export function clusterLocation(
  props: Props,
  ctx: Pick<PriceContext, "region">,
): { location?: string; region?: string; note: string; zonal?: boolean } {
  const own = str(props.location);
  if (own) {
    const loc = lastSegment(own);
    return { location: loc, region: regionOfLocation(loc), note: `location ${loc}` };
  }
  // The provider creates a cluster with no location in its zone (gcp:zone) when it has one.
  if (ctx.region)
    return {
      location: ctx.region,
      region: ctx.region,
      zonal: true,
      note: `location not set: the provider's zone (gcp:zone, in ${ctx.region}), a zonal cluster: 1 zone assumed (with only gcp:region set it is regional, 3 zones)`,
    };
  return { note: "" };
}

function autopilot(region: string, note: string, ctx: PriceContext): ResourcePrice {
  const usage = [
    usageAt(ctx, AUTOPILOT_VCPU, "autopilotVcpu", "vCPU requested by pods (monthly average)"),
    usageAt(ctx, AUTOPILOT_MEMORY, "autopilotMemoryGb", "GB of memory requested by pods (monthly average)"),
    usageAt(
      ctx,
      AUTOPILOT_EPHEMERAL,
      "autopilotEphemeralStorageGb",
      "GB of ephemeral storage requested by pods (monthly average)",
    ),
  ];
  return priced(
    "gcp",
    region,
    [{ item: "Autopilot cluster management fee", hourlyUsd: CLUSTER_FEE.usd }],
    [
      note,
      ...priceNotes(CLUSTER_FEE, region),
      ...priceNotes(AUTOPILOT_VCPU, region),
      "Autopilot bills the pods' resource requests: give them as usage (autopilotVcpu, autopilotMemoryGb, autopilotEphemeralStorageGb); Kubernetes workloads in the same plan are priced by their own profile, so count them once",
      FREE_TIER,
    ],
    { usage },
  );
}

/**
 * A GKE cluster: the management fee, plus the default node pool unless `removeDefaultNodePool` is
 * true or inline `nodePools` replace it, plus each inline node pool. Autopilot: the fee and the pods'
 * requests as usage. Separate `gcp.container.NodePool` resources are priced on their own.
 */
function cluster(props: Props, ctx: PriceContext): ResourcePrice {
  if (isUnknown(props.location)) return unpriced(missing("location", props.location), "gcp");
  const { location, region, note, zonal } = clusterLocation(props, ctx);
  if (!location || !region)
    return unpriced("region is not known: set location or the provider's region (gcp:region)", "gcp");
  if (props.enableAutopilot === true) return autopilot(region, note, ctx);

  const lines: PriceLine[] = [{ item: "cluster management fee", hourlyUsd: CLUSTER_FEE.usd }];
  const assumptions = [note, ...priceNotes(CLUSTER_FEE, region), FREE_TIER];
  const clusterZones =
    zonal && !(Array.isArray(props.nodeLocations) && props.nodeLocations.length > 0)
      ? { zones: 1, note: "zonal cluster in the provider's zone: 1 zone" }
      : zoneCount(location, props.nodeLocations);
  const groups: NodeCost[] = [];
  const inline = Array.isArray(props.nodePools) ? (props.nodePools as Props[]) : [];

  if (inline.length > 0) {
    assumptions.push("inline nodePools replace the default node pool");
    for (const [i, pool] of inline.entries()) {
      const zones =
        Array.isArray(pool.nodeLocations) && pool.nodeLocations.length > 0
          ? zoneCount(location, pool.nodeLocations)
          : clusterZones;
      const size = poolSize(pool, zones.zones, `nodePools.${i}`);
      if ("priced" in size) return { ...size, region };
      const label = str(pool.name) ? `node pool ${str(pool.name)}` : `node pool ${i}`;
      const cost = priceNodes(label, region, pool.nodeConfig as Props | undefined, size.nodes, ctx);
      if ("priced" in cost) return cost;
      assumptions.push(`${label}: ${zones.note}; ${size.note}`, ...cost.assumptions);
      groups.push(cost);
    }
  } else if (props.removeDefaultNodePool === true) {
    assumptions.push(
      "removeDefaultNodePool: no default node pool (node pools are priced as their own resources)",
    );
  } else {
    const size = poolSize({ initialNodeCount: props.initialNodeCount }, clusterZones.zones, "cluster");
    if ("priced" in size) return { ...size, region };
    const cost = priceNodes("default pool", region, props.nodeConfig as Props | undefined, size.nodes, ctx);
    if ("priced" in cost) return cost;
    assumptions.push(`default pool: ${clusterZones.note}; ${size.note}`, ...cost.assumptions);
    groups.push(cost);
  }
  for (const g of groups) lines.push(...g.lines);
  const nodes = groups.reduce((s, g) => s + g.nodes, 0);
  return priced("gcp", region, lines, assumptions, {
    count: nodes,
    ...(groups.length === 1
      ? { perInstanceHourlyUsd: Math.round(groups[0].perNodeHourlyUsd * 1e6) / 1e6 }
      : {}),
  });
}

export const pricers: PricerModule["pricers"] = { "gcp:container/cluster:Cluster": cluster };
