import { priced, Props, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, priceNotes, usageAt } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const GOLDEN = "automation_account_test (azurerm_automation_account)";
const JOB_MINUTES = goldenPrice(0.002, "minute", "eastus", GOLDEN, "2026-07-01");
const NON_AZURE_NODES = goldenPrice(6, "node-month", "eastus", GOLDEN, "2026-07-01");

/** An Automation account is billed per use: job run minutes and non-Azure configuration nodes. */
function automationAccount(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  return priced("azure", region, [], [assumption, ...priceNotes(region, JOB_MINUTES, NON_AZURE_NODES)], {
    usage: [
      usageAt(ctx, JOB_MINUTES, "jobRunMinutes", "job run minutes per month"),
      usageAt(ctx, NON_AZURE_NODES, "nonAzureConfigNodes", "non-Azure nodes under State Configuration"),
    ],
  });
}

export const pricers: PricerModule["pricers"] = {
  "azure-native:automation:AutomationAccount": automationAccount,
};
