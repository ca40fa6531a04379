import { dig, priced, Props, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes, usageAt } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const GOLDEN = "nat_gateway_test (azurerm_nat_gateway)";
const HOUR = goldenPrice(0.045, "hour", "westeurope", GOLDEN, "2024-07-01");
const DATA = goldenPrice(0.045, "GB", "westeurope", GOLDEN, "2024-07-01");

/** A NAT gateway (Standard): per hour and per GB processed (usage). */
function natGateway(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const sku = str(dig(props, "sku.name")) ?? "Standard";
  if (!/^standard$/i.test(sku))
    return unpriced(
      `sku.name "${sku}" has no list price in the engine's sources; priced: Standard`,
      "azure",
      region,
    );
  return priced(
    "azure",
    region,
    [{ item: "NAT gateway", hourlyUsd: hourlyOf(HOUR) }],
    [assumption, ...priceNotes(region, HOUR, DATA)],
    { usage: [usageAt(ctx, DATA, "dataProcessedGb", "GB processed per month")] },
  );
}

export const pricers: PricerModule["pricers"] = { "azure-native:network:NatGateway": natGateway };
