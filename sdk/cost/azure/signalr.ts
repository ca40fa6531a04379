import { dig, num, priced, Props, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes, usageAt } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const GOLDEN = "signalr_service_test (azurerm_signalr_service)";
const p = (usd: number, unit: string) => goldenPrice(usd, unit, "westeurope", GOLDEN, "2024-07-01");
const UNIT: Record<string, ListPrice> = {
  STANDARD_S1: p(48.97, "unit-month"),
  PREMIUM_P1: p(60.83, "unit-month"),
};
const MESSAGES = p(1, "1M messages");

/** A SignalR service: sku.capacity units; messages beyond the included 1M per unit a day are usage. */
function signalR(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const sku = str(dig(props, "sku.name")) ?? "";
  if (/^free_f1$/i.test(sku)) return priced("azure", region, [], [assumption, "the Free tier is not billed"]);
  const price = UNIT[sku.toUpperCase()];
  if (!price)
    return unpriced(
      `sku.name "${sku}" has no list price in the engine's sources; priced: Free_F1, Standard_S1, Premium_P1`,
      "azure",
      region,
    );
  const set = num(dig(props, "sku.capacity"));
  const units = set ?? 1;
  return priced(
    "azure",
    region,
    [{ item: `${sku} × ${units} unit(s)`, hourlyUsd: hourlyOf(price, units) }],
    [
      assumption,
      set === undefined ? "sku.capacity not set: 1 unit assumed" : "",
      ...priceNotes(region, price, MESSAGES),
    ],
    {
      count: units,
      usage: [
        usageAt(
          ctx,
          MESSAGES,
          "additionalMessages",
          "messages beyond the included 1M per unit a day, per month",
          1e6,
        ),
      ],
    },
  );
}

export const pricers: PricerModule["pricers"] = { "azure-native:signalrservice:SignalR": signalR };
