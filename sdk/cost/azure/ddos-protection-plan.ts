import { priced, Props, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes, usageAt } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const GOLDEN = "network_ddos_protection_plan_test (azurerm_network_ddos_protection_plan)";
const PLAN = goldenPrice(2943.55, "month", "westeurope", GOLDEN, "2024-07-01");
const OVERAGE = goldenPrice(29.436, "resource-month", "westeurope", GOLDEN, "2024-07-01");

/** A DDoS Network Protection plan: the monthly plan (100 protected resources), more resources as usage. */
function ddosProtectionPlan(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  return priced(
    "azure",
    region,
    [{ item: "DDoS protection plan", hourlyUsd: hourlyOf(PLAN) }],
    [assumption, ...priceNotes(region, PLAN, OVERAGE)],
    {
      usage: [
        usageAt(ctx, OVERAGE, "protectedResourcesOver100", "protected resources beyond the plan's 100"),
      ],
    },
  );
}

export const pricers: PricerModule["pricers"] = {
  "azure-native:network:DdosProtectionPlan": ddosProtectionPlan,
};
