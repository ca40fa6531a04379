import { priced, Props, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, priceNotes, usageAt } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const METRICS = goldenPrice(
  0.16,
  "10M samples",
  "westeurope",
  "monitor_data_collection_rule_test (azurerm_monitor_data_collection_rule)",
  "2024-07-01",
);

/** A data collection rule: metrics it ingests are billed per sample (usage); logs are billed in their workspace. */
function dataCollectionRule(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  return priced(
    "azure",
    region,
    [],
    [
      assumption,
      "logs it collects are billed as their workspace's ingestion",
      ...priceNotes(region, METRICS),
    ],
    {
      usage: [usageAt(ctx, METRICS, "metricSamples", "metric samples ingested per month", 1e7)],
    },
  );
}

export const pricers: PricerModule["pricers"] = {
  "azure-native:monitor:DataCollectionRule": dataCollectionRule,
};
