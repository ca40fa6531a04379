import { priced, Props, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const GOLDEN = "active_directory_domain_service_test (azurerm_active_directory_domain_service)";
const SKU: Record<string, ListPrice> = {
  STANDARD: goldenPrice(0.15, "hour", "australiaeast", GOLDEN, "2024-07-01"),
  ENTERPRISE: goldenPrice(0.4, "hour", "australiaeast", GOLDEN, "2024-07-01"),
  PREMIUM: goldenPrice(1.6, "hour", "australiaeast", GOLDEN, "2024-07-01"),
};

/** Microsoft Entra Domain Services: its SKU by the hour. */
function domainService(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const sku = str(props.sku) ?? "Enterprise";
  const price = SKU[sku.toUpperCase()];
  if (!price) return unpriced(`sku "${sku}": use Standard, Enterprise or Premium`, "azure", region);
  return priced(
    "azure",
    region,
    [{ item: `Domain Services ${sku}`, hourlyUsd: hourlyOf(price) }],
    [
      assumption,
      props.sku === undefined ? "sku not set: Enterprise (the API default) assumed" : "",
      "replica sets in other regions are billed again",
      ...priceNotes(region, price),
    ],
  );
}

export const pricers: PricerModule["pricers"] = { "azure-native:aad:DomainService": domainService };
