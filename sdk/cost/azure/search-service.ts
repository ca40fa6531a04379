import { dig, num, priced, Props, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const GOLDEN = "search_service_test (azurerm_search_service)";
/** Per search unit (replica × partition) hour, by SKU (the golden's SKUs only). */
const UNIT: Record<string, ListPrice> = {
  basic: goldenPrice(0.101, "unit-hour", "eastus", GOLDEN, "2024-07-01"),
  standard2: goldenPrice(1.344, "unit-hour", "eastus", GOLDEN, "2024-07-01"),
  storage_optimized_l1: goldenPrice(3.839, "unit-hour", "eastus", GOLDEN, "2024-07-01"),
};

/** An AI Search service: replicaCount × partitionCount search units of its SKU; Free is not billed. */
function searchService(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const sku = (str(dig(props, "sku.name")) ?? "standard").toLowerCase();
  if (sku === "free") return priced("azure", region, [], [assumption, "the Free tier is not billed"]);
  const price = UNIT[sku];
  if (!price)
    return unpriced(
      `sku.name "${sku}" has no list price in the engine's sources; priced: free, ${Object.keys(UNIT).join(", ")}`,
      "azure",
      region,
    );
  const replicas = num(props.replicaCount) ?? 1;
  const partitions = num(props.partitionCount) ?? 1;
  const units = replicas * partitions;
  return priced(
    "azure",
    region,
    [{ item: `${sku} × ${units} search unit(s)`, hourlyUsd: hourlyOf(price, units) }],
    [
      assumption,
      `${replicas} replica(s) × ${partitions} partition(s)`,
      "AI enrichment (image extraction) not included",
      ...priceNotes(region, price),
    ],
    { count: units },
  );
}

export const pricers: PricerModule["pricers"] = { "azure-native:search:Service": searchService };
