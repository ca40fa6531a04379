import { dig, priced, Props, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const GOLDEN = "logic_app_integration_account_test (azurerm_logic_app_integration_account)";
const SKU: Record<string, ListPrice> = {
  BASIC: goldenPrice(300, "month", "westeurope", GOLDEN, "2024-07-01"),
  STANDARD: goldenPrice(1000, "month", "westeurope", GOLDEN, "2024-07-01"),
};

/** A Logic Apps integration account: Basic or Standard by the month; Free is not billed. */
function integrationAccount(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const sku = str(dig(props, "sku.name")) ?? "";
  if (/^free$/i.test(sku)) return priced("azure", region, [], [assumption, "the Free tier is not billed"]);
  const price = SKU[sku.toUpperCase()];
  if (!price) return unpriced(`sku.name "${sku || "not set"}": use Free, Basic or Standard`, "azure", region);
  return priced(
    "azure",
    region,
    [{ item: `integration account ${sku}`, hourlyUsd: hourlyOf(price) }],
    [assumption, ...priceNotes(region, price)],
  );
}

export const pricers: PricerModule["pricers"] = {
  "azure-native:logic:IntegrationAccount": integrationAccount,
};
