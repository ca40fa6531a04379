import { priced, Props, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, priceNotes, usageAt } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const OPERATIONS = goldenPrice(
  0.06,
  "100K operations",
  "westeurope",
  "eventgrid_topic_test (azurerm_eventgrid_topic)",
  "2024-07-01",
);

/** An Event Grid topic (custom or system) is billed per operation (usage) beyond the monthly free 100K. */
function topic(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  return priced(
    "azure",
    region,
    [],
    [
      assumption,
      "billed per operation: give the operations beyond the free 100K a month",
      ...priceNotes(region, OPERATIONS),
    ],
    {
      usage: [
        usageAt(ctx, OPERATIONS, "monthlyOperations", "operations per month beyond the free 100K", 1e5),
      ],
    },
  );
}

export const pricers: PricerModule["pricers"] = {
  "azure-native:eventgrid:Topic": topic,
  "azure-native:eventgrid:SystemTopic": topic,
};
