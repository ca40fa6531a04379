import { HOURS_PER_MONTH } from "../formulas";
import { isUnknown, missing, priced, Props, resolveReference, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { clusterLocation } from "./container-cluster";
import { poolSize, priceNodes, zoneCount } from "./gke-nodes";
import { lastSegment, regionOfLocation } from "./region";

const CLUSTER_TYPE = "gcp:container/cluster:Cluster";

/**
 * Where a pool's nodes run: the pool's `location`, else the location its cluster ID names
 * (`projects/p/locations/{location}/clusters/c`), else the resolved cluster's; and the zones.
 */
function poolPlacement(props: Props, ctx: PriceContext): { region?: string; zones: number; notes: string[] } {
  const ref = resolveReference(props, "cluster", ctx);
  const cluster = ref?.type === CLUSTER_TYPE ? ref.props : undefined;
  const id = str(props.cluster);
  const fromId = id ? /locations\/([^/]+)\/clusters\//.exec(id)?.[1] : undefined;
  const fromCluster = cluster ? clusterLocation(cluster, ctx) : undefined;
  const own = str(props.location) ? lastSegment(str(props.location)!) : undefined;
  const location = own ?? fromId ?? fromCluster?.location;
  const notes: string[] = [];
  if (!own && !fromId && fromCluster?.location) notes.push(`location from the cluster (${fromCluster.note})`);
  const listed = Array.isArray(props.nodeLocations) && props.nodeLocations.length > 0;
  const nodeLocations = listed ? props.nodeLocations : cluster?.nodeLocations;
  if (location) {
    const z = zoneCount(location, nodeLocations);
    return { region: regionOfLocation(location), zones: z.zones, notes: [...notes, z.note] };
  }
  if (listed) {
    const z = zoneCount("", props.nodeLocations);
    const first = str((props.nodeLocations as unknown[])[0]);
    return { region: first ? regionOfLocation(first) : ctx.region, zones: z.zones, notes: [z.note] };
  }
  return {
    region: ctx.region,
    zones: 1,
    notes: [
      ctx.region ? `region from the provider (gcp:region): ${ctx.region}` : "",
      "the cluster's location is not known (set location on the pool): 1 zone assumed; a regional cluster runs the pool in 3 zones (3× this figure)",
    ],
  };
}

/**
 * A GKE node pool: nodes per zone (`nodeCount`, else `initialNodeCount`, else the autoscaling
 * minimum) × zones (`nodeLocations`, else the cluster's, else 1 for a zonal and 3 for a regional
 * location) × the node config's machine, boot disk and local SSDs.
 */
function nodePool(props: Props, ctx: PriceContext): ResourcePrice {
  if (isUnknown(props.location)) return unpriced(missing("location", props.location), "gcp");
  const { region, zones, notes } = poolPlacement(props, ctx);
  if (!region)
    return unpriced(
      "region is not known: set location (on the pool or its cluster) or the provider's region (gcp:region)",
      "gcp",
    );
  const size = poolSize(props, zones, "nodePool");
  if ("priced" in size) return { ...size, region };
  const cost = priceNodes("nodes", region, props.nodeConfig as Props | undefined, size.nodes, ctx);
  if ("priced" in cost) return cost;
  const monthly = (nodes: number) => Math.round(cost.perNodeHourlyUsd * nodes * HOURS_PER_MONTH * 100) / 100;
  return priced("gcp", region, cost.lines, [...notes, size.note, ...cost.assumptions], {
    count: size.nodes,
    perInstanceHourlyUsd: Math.round(cost.perNodeHourlyUsd * 1e6) / 1e6,
    ...(size.min !== undefined && size.max !== undefined
      ? { range: { minMonthlyUsd: monthly(size.min), maxMonthlyUsd: monthly(size.max) } }
      : {}),
  });
}

export const pricers: PricerModule["pricers"] = { "gcp:container/nodePool:NodePool": nodePool };
