import { num, priced, Props, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes } from "./list-prices";
import { azureRegion } from "./region";

const IP_SSL = goldenPrice(
  39,
  "month",
  "eastus2",
  "app_service_custom_hostname_binding_test (azurerm_app_service_custom_hostname_binding)",
  "2024-07-01",
);
const ORDER = "app_service_certificate_order_test (azurerm_app_service_certificate_order)";
/** App Service certificates per year (the golden prints $69.99 standard and $300.12 wildcard). */
const STANDARD_CERT = goldenPrice(69.99, "year", "*", ORDER, "2024-07-01");
const WILDCARD_CERT = goldenPrice(300.12, "year", "*", ORDER, "2024-07-01");

/** A custom hostname binding: IP-based SSL is billed by the month; SNI SSL and plain bindings are not. */
function hostNameBinding(props: Props, ctx: PriceContext): ResourcePrice {
  const region = azureRegion(props, ctx).region ?? "global";
  if (str(props.sslState) !== "IpBasedEnabled")
    return priced("azure", region, [], [`ssl state ${str(props.sslState) ?? "Disabled"}: not billed`]);
  return priced(
    "azure",
    region,
    [{ item: "IP SSL binding", hourlyUsd: hourlyOf(IP_SSL) }],
    priceNotes(region, IP_SSL),
  );
}

/** An App Service certificate order: its yearly price spread over the months. */
function certificateOrder(props: Props): ResourcePrice {
  const type = str(props.productType);
  const price =
    type === "WildCardDomainValidatedSsl"
      ? WILDCARD_CERT
      : type === "StandardDomainValidatedSsl"
        ? STANDARD_CERT
        : undefined;
  if (!price)
    return unpriced(
      "productType is not set: use StandardDomainValidatedSsl or WildCardDomainValidatedSsl",
      "azure",
      "global",
    );
  const years = num(props.validityInYears) ?? 1;
  return priced(
    "azure",
    "global",
    [{ item: `${type} certificate`, hourlyUsd: price.usd / 12 / 730 }],
    [
      `billed ${years > 1 ? `for ${years} years, ` : ""}a year at a time: shown as a twelfth a month`,
      ...priceNotes(undefined, price),
    ],
  );
}

export const pricers: PricerModule["pricers"] = {
  "azure-native:web:WebAppHostNameBinding": hostNameBinding,
  "azure-native:web:WebAppHostNameBindingSlot": hostNameBinding,
  "azure-native:certificateregistration:AppServiceCertificateOrder": certificateOrder,
};
