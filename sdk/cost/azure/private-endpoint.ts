import { priced, Props, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes, tieredUsage, UsageTier } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const GOLDEN = "private_endpoint_test (azurerm_private_endpoint)";
const p = (usd: number, unit: string) => goldenPrice(usd, unit, "westus", GOLDEN, "2024-07-01");
const HOUR = p(0.01, "hour");
/** Data processed, each direction: first 1 PB, next 4 PB, over 5 PB (in GB). */
const DATA_TIERS: UsageTier[] = [
  { label: "first 1 PB", from: 0, upTo: 1e6, price: p(0.01, "GB") },
  { label: "next 4 PB", from: 1e6, upTo: 5e6, price: p(0.006, "GB") },
  { label: "over 5 PB", from: 5e6, upTo: Infinity, price: p(0.004, "GB") },
];

/** A private endpoint: per hour, and per GB processed in each direction (usage). */
function privateEndpoint(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  return priced(
    "azure",
    region,
    [{ item: "private endpoint", hourlyUsd: hourlyOf(HOUR) }],
    [assumption, ...priceNotes(region, HOUR, DATA_TIERS[0].price)],
    {
      usage: [
        ...tieredUsage(ctx, "inboundDataProcessedGb", "GB processed inbound", DATA_TIERS),
        ...tieredUsage(ctx, "outboundDataProcessedGb", "GB processed outbound", DATA_TIERS),
      ],
    },
  );
}

export const pricers: PricerModule["pricers"] = { "azure-native:network:PrivateEndpoint": privateEndpoint };
