import { dig, isUnknown, missing, num, priced, Props, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, PriceLine, ResourcePrice } from "../types";
import { golden, priceNotes, usageAt } from "./price-kit";
import { gcpRegion, noGcpRegion } from "./region";

// Memorystore for Redis Cluster per node-hour, us-central1, from the redis_cluster golden (2025-07-07).
const NODE = (usd: number) => golden("redis_cluster", usd, "node-hour", "us-central1", "2025-07-07");
/** Node types with a golden price; rate intervals from 6,570 node-hours each. */
const NODE_PRICES: Record<string, { price: ListPrice; aofGb: number }> = {
  // $208.93 → [0.0317998, 0.0318014]
  REDIS_SHARED_CORE_NANO: { price: NODE(0.0318), aofGb: 2 },
  // $936.23 → [0.1425, 0.1425015]
  REDIS_STANDARD_SMALL: { price: NODE(0.1425), aofGb: 7 },
  // $1,263.41 → [0.1922991, 0.1923006]
  REDIS_HIGHMEM_MEDIUM: { price: NODE(0.1923), aofGb: 13 },
  // $5,637.72 → [0.8580997, 0.8581012]
  REDIS_HIGHMEM_XLARGE: { price: NODE(0.8581), aofGb: 58 },
};
/** AOF persistence per GB-hour: 7 GB × 730 h = $2.80 → 0.00054795 (interval [0.000547, 0.000549]). */
const AOF = golden("redis_cluster", 0.00054795, "GB-hour", "us-central1", "2025-07-07");
/** Backups, usage: printed as '$0.0811103 per GB'. */
const BACKUP = golden("redis_cluster", 0.0811103, "GB-month", "us-central1", "2025-07-07");

/**
 * A Memorystore for Redis Cluster: shards × (1 + replicas) nodes of its node type; AOF persistence
 * on the node type's capacity; backups (when configured) as usage.
 */
function redisCluster(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = gcpRegion(props, ctx);
  if (!region) return unpriced(noGcpRegion("region"), "gcp");
  const shards = num(props.shardCount);
  if (shards === undefined) return unpriced(missing("shardCount", props.shardCount), "gcp", region);
  for (const field of ["replicaCount", "nodeType"])
    if (isUnknown(props[field])) return unpriced(missing(field, props[field]), "gcp", region);
  const nodeType = str(props.nodeType)?.toUpperCase() ?? "REDIS_HIGHMEM_MEDIUM";
  const type = NODE_PRICES[nodeType];
  if (!type)
    return unpriced(
      `nodeType ${nodeType} has no price in the sources; priced: ${Object.keys(NODE_PRICES).join(", ")}`,
      "gcp",
      region,
    );
  const replicas = num(props.replicaCount) ?? 0;
  const nodes = shards * (1 + replicas);
  const lines: PriceLine[] = [{ item: `${nodeType} × ${nodes}`, hourlyUsd: nodes * type.price.usd }];
  const assumptions = [
    assumption,
    str(props.nodeType) ? "" : "nodeType not set: REDIS_HIGHMEM_MEDIUM (the default)",
    `${shards} shard(s) × (1 + ${replicas} replica(s)) = ${nodes} node(s)`,
    ...priceNotes(type.price, region),
  ];
  if (str(dig(props, "persistenceConfig.mode"))?.toUpperCase() === "AOF") {
    lines.push({ item: `AOF persistence ${type.aofGb} GB`, hourlyUsd: type.aofGb * AOF.usd });
    assumptions.push(
      `AOF persistence on ${type.aofGb} GB (the node type's capacity), counted once per cluster as Infracost does`,
      ...priceNotes(AOF, region),
    );
  }
  const usage = props.automatedBackupConfig
    ? [usageAt(ctx, BACKUP, "backupStorageGb", "GB of backups stored")]
    : [];
  return priced("gcp", region, lines, assumptions, usage.length ? { usage } : {});
}

export const pricers: PricerModule["pricers"] = { "gcp:redis/cluster:Cluster": redisCluster };
