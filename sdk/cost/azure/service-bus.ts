import { dig, missing, num, priced, Props, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes, tieredUsage, usageAt, UsageTier } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const GOLDEN = "servicebus_namespace_test (azurerm_servicebus_namespace)";
const p = (usd: number, unit: string) => goldenPrice(usd, unit, "westeurope", GOLDEN, "2024-07-01");
const STANDARD_BASE = p(0.013438356, "hour");
const PREMIUM_UNIT = p(677.08, "messaging-unit-month");
const BASIC_OPERATIONS = p(0.05, "1M operations");
/** Standard messaging operations: the first 13M a month are included. */
const STANDARD_OPERATIONS: UsageTier[] = [
  { label: "13M-100M", from: 13e6, upTo: 100e6, price: p(0.8, "1M operations") },
  { label: "100M-2,500M", from: 100e6, upTo: 2500e6, price: p(0.5, "1M operations") },
  { label: "over 2,500M", from: 2500e6, upTo: Infinity, price: p(0.2, "1M operations") },
];
/** Standard brokered connections: the first 1,000 are included. */
const CONNECTIONS: UsageTier[] = [
  { label: "1K-100K", from: 1e3, upTo: 100e3, price: p(0.03, "connection-month") },
  { label: "100K-500K", from: 100e3, upTo: 500e3, price: p(0.015, "connection-month") },
  { label: "over 500K", from: 500e3, upTo: Infinity, price: p(0.025, "connection-month") },
];

/** A Service Bus namespace: Basic per operation, Standard base charge and tiered usage, Premium per messaging unit. */
function serviceBusNamespace(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const sku = str(dig(props, "sku.name"));
  if (!sku) return unpriced(missing("sku.name", dig(props, "sku.name")), "azure", region);
  if (/^basic$/i.test(sku))
    return priced("azure", region, [], [assumption, ...priceNotes(region, BASIC_OPERATIONS)], {
      usage: [usageAt(ctx, BASIC_OPERATIONS, "monthlyOperations", "messaging operations per month", 1e6)],
    });
  if (/^standard$/i.test(sku))
    return priced(
      "azure",
      region,
      [{ item: "Standard base charge", hourlyUsd: hourlyOf(STANDARD_BASE) }],
      [
        assumption,
        "13M operations and 1,000 brokered connections a month included",
        ...priceNotes(region, STANDARD_BASE),
      ],
      {
        usage: [
          ...tieredUsage(ctx, "monthlyOperations", "messaging operations", STANDARD_OPERATIONS, 1e6),
          ...tieredUsage(ctx, "brokeredConnections", "brokered connections", CONNECTIONS),
        ],
      },
    );
  if (/^premium$/i.test(sku)) {
    const set = num(dig(props, "sku.capacity"));
    const units = set ?? 1;
    return priced(
      "azure",
      region,
      [{ item: `${units} messaging unit(s)`, hourlyUsd: hourlyOf(PREMIUM_UNIT, units) }],
      [
        assumption,
        set === undefined ? "sku.capacity not set: 1 messaging unit assumed" : "",
        ...priceNotes(region, PREMIUM_UNIT),
      ],
      { count: units },
    );
  }
  return unpriced(`sku.name "${sku}": use Basic, Standard or Premium`, "azure", region);
}

export const pricers: PricerModule["pricers"] = { "azure-native:servicebus:Namespace": serviceBusNamespace };
