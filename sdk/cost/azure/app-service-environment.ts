import { priced, Props, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const STAMP = goldenPrice(
  1.358,
  "hour",
  "eastus",
  "app_service_environment_test (azurerm_app_service_environment)",
  "2024-07-01",
);

/** An App Service Environment v2: the stamp fee by the hour (its Isolated plans are priced on the plans). */
function appServiceEnvironment(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const kind = str(props.kind) ?? "ASEV3";
  if (!/^ASEV[12]$/i.test(kind))
    return unpriced(
      `kind ${kind}: only the ASEv2 stamp fee has a list price in the engine's sources`,
      "azure",
      region,
    );
  return priced(
    "azure",
    region,
    [{ item: "ASE stamp fee", hourlyUsd: hourlyOf(STAMP) }],
    [assumption, ...priceNotes(region, STAMP)],
  );
}

export const pricers: PricerModule["pricers"] = {
  "azure-native:web:AppServiceEnvironment": appServiceEnvironment,
};
