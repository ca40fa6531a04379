import { missing, num, Props, priced, resolveReference, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, isUnpriced, placeAws, priceNotes, usageAt } from "./golden";

/**
 * On-demand node-hour prices by node type (us-east-1). Redis and Memcached nodes of a type cost
 * the same (the goldens price cache.m4.large at $0.156 for both); Valkey nodes are cheaper and
 * have no figure here.
 */
const NODE_HOUR: Readonly<Record<string, ListPrice>> = {
  "cache.m4.large": goldenPrice("elasticache_cluster_test", 0.156, "hour"),
  "cache.m6g.12xlarge": goldenPrice("elasticache_cluster_test", 3.557, "hour"),
  "cache.r5.4xlarge": goldenPrice("elasticache_replication_group_test", 1.724, "hour"),
};
/** Redis snapshot storage beyond the free one-snapshot allowance. */
const BACKUP_GB = goldenPrice("elasticache_cluster_test", 0.085, "GB-month");

/** Prices `count` nodes of a type, with Redis snapshot storage as usage. */
function nodes(
  region: string,
  assumptions: string[],
  engine: string,
  nodeType: string | undefined,
  count: number,
  ctx: PriceContext,
  rawNodeType: unknown,
): ResourcePrice {
  if (!nodeType) return unpriced(missing("nodeType", rawNodeType), "aws", region);
  if (engine === "valkey")
    return unpriced("Valkey node prices are not in the data (only Redis and Memcached)", "aws", region);
  const price = NODE_HOUR[nodeType];
  if (!price)
    return unpriced(
      `no ElastiCache price for node type ${nodeType} in the data; priced: ${Object.keys(NODE_HOUR).join(", ")}`,
      "aws",
      region,
    );
  const snapshots = engine !== "memcached";
  return priced(
    "aws",
    region,
    [{ item: `ElastiCache ${engine} ${nodeType} × ${count}`, hourlyUsd: price.usd * count }],
    [...assumptions, ...priceNotes(region, snapshots ? [price, BACKUP_GB] : [price])],
    snapshots
      ? { usage: [usageAt(ctx, BACKUP_GB, "snapshotStorageGb", "GB of snapshots beyond the free one")] }
      : {},
  );
}

/** An ElastiCache cluster: numCacheNodes nodes (a member of a replication group takes the group's node type). */
function cacheCluster(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const group = resolveReference(props, "replicationGroupId", ctx);
  const engine = str(props.engine) ?? str(group?.props.engine) ?? "redis";
  const count = num(props.numCacheNodes) ?? 1;
  const assumptions = [place.assumption];
  if (num(props.numCacheNodes) === undefined) assumptions.push("numCacheNodes not set: 1 node");
  return nodes(
    place.region,
    assumptions,
    engine,
    str(props.nodeType) ?? str(group?.props.nodeType),
    count,
    ctx,
    props.nodeType,
  );
}

/**
 * An ElastiCache replication group: numNodeGroups × (1 + replicasPerNodeGroup) nodes in cluster
 * mode, else numCacheClusters nodes.
 */
function replicationGroup(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const assumptions = [place.assumption];
  const shards = num(props.numNodeGroups);
  const replicas = num(props.replicasPerNodeGroup);
  let count: number;
  if (shards !== undefined || props.clusterMode === "enabled") {
    count = (shards ?? 1) * (1 + (replicas ?? 0));
    assumptions.push(`cluster mode: ${shards ?? 1} shard(s) × ${1 + (replicas ?? 0)} node(s)`);
  } else {
    count = num(props.numCacheClusters) ?? 1;
    if (num(props.numCacheClusters) === undefined) assumptions.push("numCacheClusters not set: 1 node");
  }
  return nodes(
    place.region,
    assumptions,
    str(props.engine) ?? "redis",
    str(props.nodeType),
    count,
    ctx,
    props.nodeType,
  );
}

export const pricers: PricerModule["pricers"] = {
  "aws:elasticache/cluster:Cluster": cacheCluster,
  "aws:elasticache/replicationGroup:ReplicationGroup": replicationGroup,
};
