import { dig, priced, Props, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, priceNotes, usageAt } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const GOLDEN = "databricks_workspace_test (azurerm_databricks_workspace)";
const dbu = (usd: number) => goldenPrice(usd, "DBU-hour", "eastus", GOLDEN, "2024-07-01");
/** DBU prices by workspace tier: all-purpose, jobs and jobs light compute. */
const TIERS: Record<string, [ListPrice, ListPrice, ListPrice]> = {
  STANDARD: [dbu(0.4), dbu(0.15), dbu(0.07)],
  PREMIUM: [dbu(0.55), dbu(0.3), dbu(0.22)],
};

/** A Databricks workspace: DBUs by workload (usage); the cluster VMs are billed as VMs in the managed resource group. */
function workspace(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const sku = (str(dig(props, "sku.name")) ?? "").toUpperCase();
  if (sku === "TRIAL") return priced("azure", region, [], [assumption, "the Trial tier bills no DBUs"]);
  const tier = TIERS[sku];
  if (!tier)
    return unpriced(`sku.name "${sku || "not set"}": use standard, premium or trial`, "azure", region);
  const [all, jobs, light] = tier;
  return priced(
    "azure",
    region,
    [],
    [
      assumption,
      "cluster VMs are not included (they run in the managed resource group)",
      ...priceNotes(region, all, jobs, light),
    ],
    {
      usage: [
        usageAt(ctx, all, "allPurposeDbuHours", "all-purpose compute DBU-hours"),
        usageAt(ctx, jobs, "jobsDbuHours", "jobs compute DBU-hours"),
        usageAt(ctx, light, "jobsLightDbuHours", "jobs light compute DBU-hours"),
      ],
    },
  );
}

export const pricers: PricerModule["pricers"] = { "azure-native:databricks:Workspace": workspace };
