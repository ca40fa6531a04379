import { dig, priced, Props, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes, usageAt } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const GOLDEN = "static_site_test (azurerm_static_site)";
const STANDARD = goldenPrice(9, "month", "centralus", GOLDEN, "2026-05-04");
const BANDWIDTH = goldenPrice(0.2, "GB", "centralus", GOLDEN, "2026-05-04");

/** A Static Web App: Standard by the month (bandwidth over 100 GB is usage); Free is not billed. */
function staticSite(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const tier = str(dig(props, "sku.tier")) ?? str(dig(props, "sku.name")) ?? "Free";
  if (/^free$/i.test(tier)) return priced("azure", region, [], [assumption, "the Free plan is not billed"]);
  if (!/^standard$/i.test(tier))
    return unpriced(
      `sku "${tier}" has no list price in the engine's sources; priced: Free, Standard`,
      "azure",
      region,
    );
  return priced(
    "azure",
    region,
    [{ item: "Static Web App (Standard)", hourlyUsd: hourlyOf(STANDARD) }],
    [assumption, ...priceNotes(region, STANDARD, BANDWIDTH)],
    {
      usage: [usageAt(ctx, BANDWIDTH, "bandwidthOver100Gb", "GB served beyond the included 100 GB")],
    },
  );
}

export const pricers: PricerModule["pricers"] = { "azure-native:web:StaticSite": staticSite };
