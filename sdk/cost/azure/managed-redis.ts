import { oneOf } from "../../units/checks";
import { dig, missing, priced, Props, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const GOLDEN = "managed_redis_test (azurerm_managed_redis)";
const nodeHour = (usd: number) => goldenPrice(usd, "node-hour", "eastus", GOLDEN, "2026-05-03");

/** Azure Managed Redis, per node-hour, by SKU (the golden's sizes only). */
const NODE_HOURLY: Record<string, ListPrice> = {
  Balanced_B3: nodeHour(0.065),
  MemoryOptimized_M10: nodeHour(0.216),
  ComputeOptimized_X10: nodeHour(0.583),
  FlashOptimized_A700: nodeHour(4.68),
};

/** Azure Managed Redis (redisenterprise): its SKU's node price, two nodes with high availability (the default). */
function managedRedis(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const sku = str(dig(props, "sku.name"));
  if (!sku) return unpriced(missing("sku.name", dig(props, "sku.name")), "azure", region);
  const price = NODE_HOURLY[sku];
  if (!price)
    return unpriced(
      `sku.name "${sku}" has no list price in the engine's sources; ${oneOf(Object.keys(NODE_HOURLY), sku)}`,
      "azure",
      region,
    );
  const ha = !/^disabled$/i.test(str(props.highAvailability) ?? "Enabled");
  const nodes = ha ? 2 : 1;
  return priced(
    "azure",
    region,
    [{ item: `${sku} × ${nodes} nodes`, hourlyUsd: hourlyOf(price, nodes) }],
    [
      assumption,
      ha ? "high availability: 2 nodes" : "high availability disabled: 1 node",
      ...priceNotes(region, price),
    ],
    { count: nodes },
  );
}

export const pricers: PricerModule["pricers"] = {
  "azure-native:redisenterprise:RedisEnterprise": managedRedis,
};
