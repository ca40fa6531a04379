import { dig, missing, num, priced, Props, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes, usageAt } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const GOLDEN = "application_gateway_test (azurerm_application_gateway)";
const p = (usd: number, unit: string) => goldenPrice(usd, unit, "eastus", GOLDEN, "2026-03-31");

/** v2 gateways: a fixed price per gateway-hour and a price per capacity-unit-hour used. */
const V2: Record<string, { fixed: ListPrice; capacityUnit: ListPrice }> = {
  STANDARD_V2: { fixed: p(0.2, "hour"), capacityUnit: p(0.008, "CU-hour") },
  WAF_V2: { fixed: p(0.36, "hour"), capacityUnit: p(0.0144, "CU-hour") },
};

/** An Application Gateway v2: the fixed hourly price and capacity units used (usage). */
function applicationGateway(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const tier = str(dig(props, "sku.tier")) ?? str(dig(props, "sku.name"));
  if (!tier) return unpriced(missing("sku.tier", dig(props, "sku.tier")), "azure", region);
  const v2 = V2[tier.toUpperCase()];
  if (!v2)
    return unpriced(
      `sku.tier "${tier}" has no list price in the engine's sources; priced: Standard_v2, WAF_v2`,
      "azure",
      region,
    );
  const min = num(dig(props, "autoscaleConfiguration.minCapacity"));
  const fixedCount = num(dig(props, "sku.capacity"));
  return priced(
    "azure",
    region,
    [{ item: `${tier} gateway`, hourlyUsd: hourlyOf(v2.fixed) }],
    [
      assumption,
      min !== undefined
        ? `autoscaling from ${min} instance(s): capacity units are usage`
        : `${fixedCount ?? "unset"} instance capacity: capacity units are usage`,
      ...priceNotes(region, v2.fixed, v2.capacityUnit),
    ],
    { usage: [usageAt(ctx, v2.capacityUnit, "capacityUnitHours", "capacity-unit hours per month")] },
  );
}

export const pricers: PricerModule["pricers"] = {
  "azure-native:network:ApplicationGateway": applicationGateway,
};
