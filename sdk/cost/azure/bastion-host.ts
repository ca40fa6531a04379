import { dig, priced, Props, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const BASIC = goldenPrice(
  0.19,
  "hour",
  "australiaeast",
  "bastion_host_test (azurerm_bastion_host)",
  "2024-07-01",
);

/** A Bastion host: the Basic SKU by the hour (the golden's only SKU); Developer is free. */
function bastionHost(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const sku = str(dig(props, "sku.name")) ?? "Basic";
  if (/^developer$/i.test(sku))
    return priced("azure", region, [], [assumption, "the Developer SKU is not billed"]);
  if (!/^basic$/i.test(sku))
    return unpriced(
      `sku.name "${sku}" has no list price in the engine's sources; priced: Basic`,
      "azure",
      region,
    );
  return priced(
    "azure",
    region,
    [{ item: "Bastion Basic", hourlyUsd: hourlyOf(BASIC) }],
    [assumption, "outbound data transfer not included", ...priceNotes(region, BASIC)],
  );
}

export const pricers: PricerModule["pricers"] = { "azure-native:network:BastionHost": bastionHost };
