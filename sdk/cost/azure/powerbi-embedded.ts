import { dig, priced, Props, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const GOLDEN = "powerbi_embedded_test (azurerm_powerbi_embedded)";
/** Node prices per hour, for the sizes the golden prices. */
const NODE: Record<string, ListPrice> = {
  A1: goldenPrice(1.0080959, "hour", "westeurope", GOLDEN, "2024-07-01"),
  A5: goldenPrice(16.121, "hour", "westeurope", GOLDEN, "2024-07-01"),
};

/** A Power BI Embedded capacity: its node size by the hour. */
function capacity(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const sku = str(dig(props, "sku.name")) ?? "";
  const price = NODE[sku.toUpperCase()];
  if (!price)
    return unpriced(
      `sku.name "${sku || "not set"}" has no list price in the engine's sources; priced: A1, A5`,
      "azure",
      region,
    );
  return priced(
    "azure",
    region,
    [{ item: `${sku} node`, hourlyUsd: hourlyOf(price) }],
    [assumption, ...priceNotes(region, price)],
  );
}

export const pricers: PricerModule["pricers"] = { "azure-native:powerbidedicated:CapacityDetails": capacity };
