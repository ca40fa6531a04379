import { priced, Props, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PriceFn, PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const we = (usd: number, golden: string) => goldenPrice(usd, "month", "westeurope", golden, "2024-07-01");
const INBOUND = we(
  180,
  "private_dns_resolver_inbound_endpoint_test (azurerm_private_dns_resolver_inbound_endpoint)",
);
const OUTBOUND = we(
  180,
  "private_dns_resolver_outbound_endpoint_test (azurerm_private_dns_resolver_outbound_endpoint)",
);
const RULESET = we(
  2.5,
  "private_dns_resolver_dns_forwarding_ruleset_test (azurerm_private_dns_resolver_dns_forwarding_ruleset)",
);

/** A monthly DNS Private Resolver item (endpoint or forwarding ruleset), in its own location. */
function monthly(price: ListPrice, what: string): PriceFn {
  return (props: Props, ctx: PriceContext): ResourcePrice => {
    const { region, assumption } = azureRegion(props, ctx);
    if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
    return priced(
      "azure",
      region,
      [{ item: what, hourlyUsd: hourlyOf(price) }],
      [assumption, ...priceNotes(region, price)],
    );
  };
}

export const pricers: PricerModule["pricers"] = {
  "azure-native:dnsresolver:InboundEndpoint": monthly(INBOUND, "inbound endpoint"),
  "azure-native:dnsresolver:OutboundEndpoint": monthly(OUTBOUND, "outbound endpoint"),
  "azure-native:dnsresolver:DnsForwardingRuleset": monthly(RULESET, "forwarding ruleset"),
};
