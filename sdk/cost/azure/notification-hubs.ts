import { dig, missing, priced, Props, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes, tieredUsage, UsageTier } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const GOLDEN = "notification_hub_namespace_test (azurerm_notification_hub_namespace)";
const p = (usd: number, unit: string) => goldenPrice(usd, unit, "eastus", GOLDEN, "2024-07-01");
const TIERS: Record<string, { base: ReturnType<typeof p>; pushes: UsageTier[] }> = {
  BASIC: {
    base: p(10, "month"),
    pushes: [{ label: "over 10M", from: 10e6, upTo: Infinity, price: p(1, "1M pushes") }],
  },
  STANDARD: {
    base: p(200, "month"),
    pushes: [
      { label: "10M-100M", from: 10e6, upTo: 100e6, price: p(10, "1M pushes") },
      { label: "over 100M", from: 100e6, upTo: Infinity, price: p(2.5, "1M pushes") },
    ],
  },
};

/** A Notification Hubs namespace: its tier by the month; pushes beyond the included 10M are usage. */
function namespace(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const sku = str(dig(props, "sku.name"));
  if (!sku) return unpriced(missing("sku.name", dig(props, "sku.name")), "azure", region);
  if (/^free$/i.test(sku)) return priced("azure", region, [], [assumption, "the Free tier is not billed"]);
  const tier = TIERS[sku.toUpperCase()];
  if (!tier) return unpriced(`sku.name "${sku}": use Free, Basic or Standard`, "azure", region);
  return priced(
    "azure",
    region,
    [{ item: `${sku} namespace`, hourlyUsd: hourlyOf(tier.base) }],
    [assumption, "10M pushes a month included", ...priceNotes(region, tier.base)],
    {
      usage: tieredUsage(ctx, "monthlyPushes", "pushes", tier.pushes, 1e6),
    },
  );
}

export const pricers: PricerModule["pricers"] = { "azure-native:notificationhubs:Namespace": namespace };
