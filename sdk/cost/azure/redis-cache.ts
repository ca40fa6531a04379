import { oneOf } from "../../units/checks";
import { dig, missing, num, priced, Props, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const GOLDEN = "redis_cache_test (azurerm_redis_cache)";
const node = (usd: number) => goldenPrice(usd, "node-month", "eastus", GOLDEN, "2024-07-01");

/** Per cache node and month, by SKU tier and size (the goldens' sizes only). */
const NODE_MONTHLY: Record<string, ListPrice> = {
  Basic_C4: node(153.3),
  Standard_C3: node(164.25),
  Premium_P1: node(202.21),
  Premium_P2: node(405.15),
  Premium_P3: node(809.57),
};

/**
 * Azure Cache for Redis: every node of the cache at its size's price. Basic has one node, Standard
 * a primary and a replica, Premium (1 + replicas per primary) nodes in each shard.
 */
function redisCache(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const tier = str(dig(props, "sku.name"));
  const family = str(dig(props, "sku.family"));
  const capacity = num(dig(props, "sku.capacity"));
  if (!tier) return unpriced(missing("sku.name", dig(props, "sku.name")), "azure", region);
  if (!family || capacity === undefined)
    return unpriced(
      missing(
        family ? "sku.capacity" : "sku.family",
        family ? dig(props, "sku.capacity") : dig(props, "sku.family"),
      ),
      "azure",
      region,
    );
  const key = `${tier}_${family}${capacity}`;
  const price = NODE_MONTHLY[key];
  if (!price)
    return unpriced(
      `Redis size ${key} has no list price in the engine's sources; ${oneOf(Object.keys(NODE_MONTHLY), key)}`,
      "azure",
      region,
    );
  const premium = /^premium$/i.test(tier);
  const replicas = num(props.replicasPerPrimary) ?? num(props.replicasPerMaster) ?? 1;
  const shards = Math.max(1, num(props.shardCount) ?? 1);
  const nodes = premium ? (1 + replicas) * shards : /^basic$/i.test(tier) ? 1 : 2;
  return priced(
    "azure",
    region,
    [{ item: `${key} × ${nodes} nodes`, hourlyUsd: hourlyOf(price, nodes) }],
    [
      assumption,
      premium
        ? `${shards} shard(s) × (1 primary + ${replicas} replica(s))`
        : `${nodes === 1 ? "one node (Basic)" : "a primary and a replica (Standard)"}`,
      ...priceNotes(region, price),
    ],
    { count: nodes },
  );
}

export const pricers: PricerModule["pricers"] = { "azure-native:redis:Redis": redisCache };
