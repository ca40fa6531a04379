import { dig, missing, num, priced, Props, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes, usageAt } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const GOLDEN = "api_management_test (azurerm_api_management)";
const p = (usd: number, unit: string) => goldenPrice(usd, unit, "eastus", GOLDEN, "2024-07-01");
/** Per unit-month by classic tier. */
const UNIT: Record<string, ListPrice> = {
  DEVELOPER: p(48.03, "unit-month"),
  BASIC: p(147.17, "unit-month"),
  STANDARD: p(686.71, "unit-month"),
  PREMIUM: p(2795.17, "unit-month"),
};
const CONSUMPTION = p(3.5, "1M calls");
const SELF_HOSTED = p(250, "gateway-month");

/**
 * An API Management service: sku.capacity units of its tier, plus the units of each additional
 * (Premium) location; the Consumption tier is billed per call.
 */
function apiManagement(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const sku = str(dig(props, "sku.name"));
  if (!sku) return unpriced(missing("sku.name", dig(props, "sku.name")), "azure", region);
  if (/^consumption$/i.test(sku))
    return priced(
      "azure",
      region,
      [],
      [
        assumption,
        "Consumption: billed per call (no free grant deducted)",
        ...priceNotes(region, CONSUMPTION),
      ],
      {
        usage: [usageAt(ctx, CONSUMPTION, "monthlyCalls", "API calls per month", 1e6)],
      },
    );
  const price = UNIT[sku.toUpperCase()];
  if (!price)
    return unpriced(
      `sku.name "${sku}" has no list price in the engine's sources; priced: Developer, Basic, Standard, Premium, Consumption`,
      "azure",
      region,
    );
  const set = num(dig(props, "sku.capacity"));
  const extra = (Array.isArray(props.additionalLocations) ? props.additionalLocations : []).reduce<number>(
    (s, l) => s + (num(dig(l, "sku.capacity")) ?? 1),
    0,
  );
  const units = (set ?? 1) + extra;
  const premium = /^premium$/i.test(sku);
  return priced(
    "azure",
    region,
    [{ item: `${sku} × ${units} unit(s)`, hourlyUsd: hourlyOf(price, units) }],
    [
      assumption,
      set === undefined ? "sku.capacity not set: 1 unit assumed" : "",
      extra ? `${extra} unit(s) in additional locations` : "",
      ...priceNotes(region, price, ...(premium ? [SELF_HOSTED] : [])),
    ],
    {
      count: units,
      ...(premium
        ? { usage: [usageAt(ctx, SELF_HOSTED, "selfHostedGateways", "self-hosted gateways")] }
        : {}),
    },
  );
}

export const pricers: PricerModule["pricers"] = {
  "azure-native:apimanagement:ApiManagementService": apiManagement,
};
