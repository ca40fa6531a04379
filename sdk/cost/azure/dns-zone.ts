import { azureLocation } from "../../catalog/region-names";
import { priced, Props, str } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PriceFn, PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes, tieredUsage, UsageTier } from "./list-prices";

const ZONE = goldenPrice(0.5, "zone-month", "westus", "dns_zone_test (azurerm_dns_zone)", "2024-07-01");
const PRIVATE_ZONE = goldenPrice(
  0.5,
  "zone-month",
  "westus",
  "private_dns_zone_test (azurerm_private_dns_zone)",
  "2024-07-01",
);
const queryTiers = (golden: string): UsageTier[] => [
  {
    label: "first 1B",
    from: 0,
    upTo: 1e9,
    price: goldenPrice(0.4, "1M queries", "westeurope", golden, "2024-07-01"),
  },
  {
    label: "over 1B",
    from: 1e9,
    upTo: Infinity,
    price: goldenPrice(0.2, "1M queries", "westeurope", golden, "2024-07-01"),
  },
];
const PUBLIC_QUERIES = queryTiers("dns_a_record_test (azurerm_dns_a_record)");
const PRIVATE_QUERIES = queryTiers("private_dns_a_record_test (azurerm_private_dns_a_record)");

/**
 * A DNS zone: the monthly zone price and its queries (usage). DNS zones are global resources: the
 * location is "global" or unset, and the price is the same everywhere but a few regions.
 */
function zone(price: ListPrice, queries: UsageTier[]): PriceFn {
  return (props: Props, ctx: PriceContext): ResourcePrice => {
    const own = str(props.location);
    const region = own && !/^global$/i.test(own) ? azureLocation(own) : "global";
    return priced(
      "azure",
      region,
      [{ item: "hosted zone", hourlyUsd: hourlyOf(price) }],
      [
        "queries are billed per zone (record sets are not billed by themselves)",
        ...priceNotes(undefined, price, queries[0].price),
      ],
      { usage: tieredUsage(ctx, "monthlyQueries", "DNS queries per month", queries, 1e6) },
    );
  };
}

export const pricers: PricerModule["pricers"] = {
  "azure-native:dns:Zone": zone(ZONE, PUBLIC_QUERIES),
  "azure-native:privatedns:PrivateZone": zone(PRIVATE_ZONE, PRIVATE_QUERIES),
};
