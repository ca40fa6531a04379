import { dig, priced, Props, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes, usageAt } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const GOLDEN = "firewall_test (azurerm_firewall)";
const p = (usd: number, unit: string) => goldenPrice(usd, unit, "eastus", GOLDEN, "2024-07-01");
/** Deployment per hour by tier (the same in a VNet and in a secured virtual hub). */
const DEPLOYMENT: Record<string, ListPrice> = { STANDARD: p(1.25, "hour"), PREMIUM: p(1.75, "hour") };
const DATA = p(0.016, "GB");

/** Azure Firewall: its tier's deployment hours; data processed is usage. */
function azureFirewall(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const tier = str(dig(props, "sku.tier")) ?? "Standard";
  const price = DEPLOYMENT[tier.toUpperCase()];
  if (!price)
    return unpriced(
      `sku.tier "${tier}" has no list price in the engine's sources; priced: Standard, Premium`,
      "azure",
      region,
    );
  return priced(
    "azure",
    region,
    [{ item: `Azure Firewall ${tier}`, hourlyUsd: hourlyOf(price) }],
    [assumption, ...priceNotes(region, price, DATA)],
    { usage: [usageAt(ctx, DATA, "dataProcessedGb", "GB processed per month")] },
  );
}

export const pricers: PricerModule["pricers"] = { "azure-native:network:AzureFirewall": azureFirewall };
