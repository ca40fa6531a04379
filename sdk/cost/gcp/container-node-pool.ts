import { HOURS_PER_MONTH } from "../formulas";
import { isUnknown, priced, Props, resolveReference, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { poolSize, priceNodes, zoneCount } from "./gke-nodes";
import { lastSegment, regionOfLocation } from "./region";

const CLUSTER_TYPE = "gcp:container/cluster:Cluster";

/** Where a pool's nodes run, the number of zones, and what was assumed. */
interface PoolPlacement {
  region?: string;
  zones: number;
  notes: string[];
  /** Set when the zone count is an assumption a different provider config would change. */
  regionalAlternative?: number;
}

/**
 * Where a pool's nodes run: the pool's `location` (often `cluster.location`, unknown during
 * preview), else the location its cluster ID names (`projects/p/locations/{location}/clusters/c`),
 * else the resolved cluster's `location`; and the zones. A cluster with no location of its own is
 * created by the provider in its configured zone (zonal), or its region when one is configured.
 */
function poolPlacement(props: Props, ctx: PriceContext): PoolPlacement {
  const ref = resolveReference(props, "cluster", ctx);
  const cluster = ref?.type === CLUSTER_TYPE ? ref.props : undefined;
  const id = str(props.cluster);
  const fromId = id ? /locations\/([^/]+)\/clusters\//.exec(id)?.[1] : undefined;
  const clusterOwn = cluster && str(cluster.location) ? lastSegment(str(cluster.location)!) : undefined;
  const own = str(props.location) ? lastSegment(str(props.location)!) : undefined;
  const location = own ?? fromId ?? clusterOwn;
  const notes: string[] = [];
  if (!own && isUnknown(props.location)) notes.push("the pool's location is unknown during preview");
  if (!own && !fromId && clusterOwn) notes.push(`location ${clusterOwn} from the cluster`);
  const listed = Array.isArray(props.nodeLocations) && props.nodeLocations.length > 0;
  const nodeLocations = listed ? props.nodeLocations : cluster?.nodeLocations;
  if (location) {
    const z = zoneCount(location, nodeLocations);
    return { region: regionOfLocation(location), zones: z.zones, notes: [...notes, z.note] };
  }
  if (Array.isArray(nodeLocations) && nodeLocations.length > 0) {
    const z = zoneCount("", nodeLocations);
    const first = str((nodeLocations as unknown[])[0]);
    return {
      region: first ? regionOfLocation(first) : ctx.region,
      zones: z.zones,
      notes: [...notes, z.note],
    };
  }
  if (cluster && ctx.region)
    return {
      region: ctx.region,
      zones: 1,
      regionalAlternative: 3,
      notes: [
        ...notes,
        `the cluster sets no location: the provider places it in its zone (gcp:zone, in ${ctx.region}), a zonal cluster: 1 zone assumed`,
      ],
    };
  return {
    region: ctx.region,
    zones: 1,
    regionalAlternative: 3,
    notes: [
      ...notes,
      ctx.region ? `region from the provider (gcp:region): ${ctx.region}` : "",
      "the cluster's location is not known (set location on the pool): 1 zone assumed",
    ],
  };
}

/**
 * A GKE node pool: nodes per zone (`nodeCount`, else `initialNodeCount`, else the autoscaling
 * minimum) × zones (`nodeLocations`, else the cluster's, else 1 for a zonal and 3 for a regional
 * location) × the node config's machine, boot disk and local SSDs.
 */
function nodePool(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, zones, notes, regionalAlternative } = poolPlacement(props, ctx);
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
  if (regionalAlternative) {
    const regional = poolSize(props, regionalAlternative, "nodePool");
    if (!("priced" in regional))
      notes.push(
        `if the provider configures a region (gcp:region) instead, the cluster is regional: ${regional.nodes} node(s) in ${regionalAlternative} zones, $${monthly(regional.nodes)}/month`,
      );
  }
  return priced("gcp", region, cost.lines, [...notes, size.note, ...cost.assumptions], {
    count: size.nodes,
    perInstanceHourlyUsd: Math.round(cost.perNodeHourlyUsd * 1e6) / 1e6,
    ...(size.min !== undefined && size.max !== undefined
      ? { range: { minMonthlyUsd: monthly(size.min), maxMonthlyUsd: monthly(size.max) } }
      : {}),
  });
}

export const pricers: PricerModule["pricers"] = { "gcp:container/nodePool:NodePool": nodePool };
