import { isUnknown, missing, num, priced, Props, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { golden, priceNotes } from "./price-kit";
import { gcpRegion, noGcpRegion } from "./region";

// Memorystore for Redis per GB-hour of provisioned capacity, us-central1, from the redis_instance
// golden (2024-07-01): the golden prints GB-months (M1 basic 1 GB = $35.77 = 0.049 × 730).
const REDIS = (usd: number) => golden("redis_instance", usd, "GB-hour", "us-central1", "2024-07-01");
/** Capacity tiers by provisioned GB: M1 1–4, M2 5–10, M3 11–35, M4 36–100, M5 over 100. */
const CAPACITY_TIERS = [
  { name: "M1", maxGb: 4, basic: REDIS(0.049), standard: REDIS(0.064) },
  { name: "M2", maxGb: 10, basic: REDIS(0.027), standard: REDIS(0.054) },
  { name: "M3", maxGb: 35, basic: REDIS(0.023), standard: REDIS(0.046) },
  { name: "M4", maxGb: 100, basic: REDIS(0.019), standard: REDIS(0.035) },
  { name: "M5", maxGb: Infinity, basic: REDIS(0.016), standard: REDIS(0.03) },
];

/**
 * A Memorystore for Redis instance: provisioned GB × the per-GB price of its service tier (BASIC,
 * or STANDARD_HA with its replica) and capacity tier (M1–M5 by size).
 */
function redisInstance(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = gcpRegion(props, ctx);
  if (!region) return unpriced(noGcpRegion("region"), "gcp");
  const gb = num(props.memorySizeGb);
  if (gb === undefined || gb <= 0)
    return unpriced(missing("memorySizeGb", props.memorySizeGb), "gcp", region);
  if (isUnknown(props.tier)) return unpriced(missing("tier", props.tier), "gcp", region);
  const tier = str(props.tier)?.toUpperCase() ?? "BASIC";
  if (tier !== "BASIC" && tier !== "STANDARD_HA")
    return unpriced(`tier "${tier}" is not a Memorystore tier (BASIC, STANDARD_HA)`, "gcp", region);
  const capacity = CAPACITY_TIERS.find((t) => gb <= t.maxGb)!;
  const p = tier === "BASIC" ? capacity.basic : capacity.standard;
  const replicas = num(props.replicaCount);
  return priced(
    "gcp",
    region,
    [{ item: `Redis ${tier.toLowerCase()} ${capacity.name} ${gb} GB`, hourlyUsd: gb * p.usd }],
    [
      assumption,
      str(props.tier) ? "" : "tier not set: BASIC (the default)",
      `capacity tier ${capacity.name} (by provisioned GB)`,
      ...priceNotes(p, region),
      tier === "STANDARD_HA" && replicas !== undefined && replicas > 1
        ? `replicaCount ${replicas}: read replicas beyond the Standard tier's one are not in the sources, so this is a lower bound`
        : "",
    ],
  );
}

export const pricers: PricerModule["pricers"] = { "gcp:redis/instance:Instance": redisInstance };
