import { priced, Props, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const PREFIX = goldenPrice(
  0.006,
  "hour",
  "eastus",
  "public_ip_prefix_test (azurerm_public_ip_prefix)",
  "2024-07-01",
);

/** A public IP prefix, per hour (the golden prices /30 and /31 prefixes alike). */
function publicIpPrefix(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  return priced(
    "azure",
    region,
    [{ item: `public IP prefix /${props.prefixLength ?? "?"}`, hourlyUsd: hourlyOf(PREFIX) }],
    [
      assumption,
      "one prefix-hour whatever its length, as the golden prices it",
      ...priceNotes(region, PREFIX),
    ],
  );
}

export const pricers: PricerModule["pricers"] = { "azure-native:network:PublicIPPrefix": publicIpPrefix };
