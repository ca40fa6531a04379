import { dig, priced, Props, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice, UsageCharge } from "../types";
import { goldenPrice, priceNotes, usageAt } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const we = (usd: number, unit: string, golden: string) =>
  goldenPrice(usd, unit, "westeurope", golden, "2024-07-01");
const AZURE_IR =
  "data_factory_integration_runtime_azure_test (azurerm_data_factory_integration_runtime_azure)";
const SELF_IR =
  "data_factory_integration_runtime_self_hosted_test (azurerm_data_factory_integration_runtime_self_hosted)";
const READ_WRITE = we(
  0.5,
  "50K entities",
  "data_factory_integration_runtime_azure_ssis_test (azurerm_data_factory)",
);
const MONITORING = we(
  0.25,
  "50K entities",
  "data_factory_integration_runtime_azure_ssis_test (azurerm_data_factory)",
);
/** Data flow cluster time per vCore-hour, by compute type (8, 16 and 272 vCore rows of the golden). */
const DATA_FLOW: Record<string, ListPrice> = {
  GENERAL: we(2.144 / 8, "vCore-hour", AZURE_IR),
  COMPUTEOPTIMIZED: we(3.176 / 16, "vCore-hour", AZURE_IR),
  MEMORYOPTIMIZED: we(93.772 / 272, "vCore-hour", AZURE_IR),
};
const AZURE_RUNS = we(1, "1K runs", AZURE_IR);
const AZURE_MOVEMENT = we(0.25, "DIU-hour", AZURE_IR);
const SELF_RUNS = we(1.5, "1K runs", SELF_IR);
const SELF_MOVEMENT = we(0.1, "hour", SELF_IR);

/** A data factory has no charge of its own: entity read/write and monitoring operations are usage. */
function factory(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  return priced(
    "azure",
    region,
    [],
    [
      assumption,
      "pipelines run on integration runtimes, priced on those",
      ...priceNotes(region, READ_WRITE, MONITORING),
    ],
    {
      usage: [
        usageAt(ctx, READ_WRITE, "readWriteEntities", "entities read or written", 5e4),
        usageAt(ctx, MONITORING, "monitoringEntities", "run records retrieved", 5e4),
      ],
    },
  );
}

/** An integration runtime: Azure (managed) or self-hosted activity runs, data movement and data flow time, as usage. */
function integrationRuntime(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const type = str(dig(props, "properties.type"));
  const usage: UsageCharge[] = [];
  const used: ListPrice[] = [];
  if (type === "SelfHosted") {
    usage.push(
      usageAt(ctx, SELF_RUNS, "activityRuns", "activity runs", 1e3),
      usageAt(ctx, SELF_MOVEMENT, "dataMovementHours", "data movement hours"),
    );
    used.push(SELF_RUNS, SELF_MOVEMENT);
  } else if (type === "Managed") {
    if (dig(props, "properties.typeProperties.ssisProperties") !== undefined)
      return unpriced(
        "Azure-SSIS integration runtimes have no list price in the engine's sources",
        "azure",
        region,
      );
    const computeType = (
      str(dig(props, "properties.computeProperties.dataFlowProperties.computeType")) ?? "General"
    ).toUpperCase();
    const flow = DATA_FLOW[computeType];
    if (!flow)
      return unpriced(
        `data flow computeType ${computeType} has no list price in the engine's sources`,
        "azure",
        region,
      );
    usage.push(
      usageAt(ctx, AZURE_RUNS, "activityRuns", "activity runs", 1e3),
      usageAt(ctx, AZURE_MOVEMENT, "dataIntegrationUnitHours", "data integration unit hours"),
      usageAt(ctx, flow, "dataFlowVcoreHours", "data flow cluster vCore-hours"),
    );
    used.push(AZURE_RUNS, AZURE_MOVEMENT, flow);
  } else return unpriced("properties.type is not set: use Managed or SelfHosted", "azure", region);
  return priced(
    "azure",
    region,
    [],
    [assumption, `${type} runtime: billed per use`, ...priceNotes(region, ...used)],
    { usage },
  );
}

export const pricers: PricerModule["pricers"] = {
  "azure-native:datafactory:Factory": factory,
  "azure-native:datafactory:IntegrationRuntime": integrationRuntime,
};
