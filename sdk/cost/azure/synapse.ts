import { num, priced, Props, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes, usageAt } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const WS = "synapse_workspace_test (azurerm_synapse_workspace)";
const POOL = "synapse_sql_pool_test (azurerm_synapse_sql_pool)";
const SERVERLESS_SQL = goldenPrice(5, "TB", "westeurope", WS, "2024-07-01");
const ACTIVITY_RUNS = goldenPrice(1, "1K activity runs", "westeurope", WS, "2024-07-01");
const DIU_HOURS = goldenPrice(0.25, "DIU-hour", "westeurope", WS, "2024-07-01");
/** Dedicated SQL pool compute per 100 cDWU-hour, from DW200c at $3.02 an hour. */
const DWU_100 = goldenPrice(1.51, "100 DWU-hour", "westeurope", POOL, "2024-07-01");
const POOL_STORAGE = goldenPrice(23, "TB-month", "westeurope", POOL, "2024-07-01");

/** A Synapse workspace has no charge of its own: serverless SQL and pipelines are billed per use. */
function workspace(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  return priced(
    "azure",
    region,
    [],
    [
      assumption,
      "no charge of its own; Spark and dedicated SQL pools are priced on their resources",
      ...priceNotes(region, SERVERLESS_SQL, ACTIVITY_RUNS, DIU_HOURS),
    ],
    {
      usage: [
        usageAt(ctx, SERVERLESS_SQL, "serverlessSqlTb", "TB processed by serverless SQL"),
        usageAt(ctx, ACTIVITY_RUNS, "pipelineActivityRuns", "Azure-hosted pipeline activity runs", 1e3),
        usageAt(ctx, DIU_HOURS, "dataIntegrationUnitHours", "data integration unit hours"),
      ],
    },
  );
}

/** A dedicated SQL pool: its DWU level (DW100c … DW30000c) by the hour; storage is usage. */
function sqlPool(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const sku = str((props.sku as Props | undefined)?.name);
  const m = sku ? /^DW(\d+)c$/i.exec(sku) : null;
  if (!m)
    return unpriced(`sku.name "${sku ?? ""}" is not a Gen2 service level such as DW100c`, "azure", region);
  const dwu = num(m[1])!;
  return priced(
    "azure",
    region,
    [{ item: `${sku}`, hourlyUsd: hourlyOf(DWU_100, dwu / 100) }],
    [
      assumption,
      "compute priced per 100 DWU from DW200c (service levels are priced in proportion)",
      ...priceNotes(region, DWU_100, POOL_STORAGE),
    ],
    { usage: [usageAt(ctx, POOL_STORAGE, "storageTb", "TB stored")] },
  );
}

export const pricers: PricerModule["pricers"] = {
  "azure-native:synapse:Workspace": workspace,
  "azure-native:synapse:SqlPool": sqlPool,
};
