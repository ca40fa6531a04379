import { priced, Props } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { golden, priceNotes, usageAt } from "./price-kit";

/** A managed zone a month (first 25 zones): 1 month = $0.20 (dns_managed_zone golden). */
const ZONE = golden("dns_managed_zone", 0.2, "zone-month", "*", "2024-07-01");
/** Queries: '$0.40 per 1M queries' (dns_record_set golden, rounded to cents). */
const QUERIES = golden("dns_record_set", 0.4, "1M queries", "*", "2024-07-01");

/** A Cloud DNS managed zone, public or private: a monthly fee per zone. */
function managedZone(_props: Props, _ctx: PriceContext): ResourcePrice {
  return priced(
    "gcp",
    undefined,
    [{ item: "managed zone", hourlyUsd: ZONE.usd / 730 }],
    [...priceNotes(ZONE, undefined), "the first 25 zones' price; more zones list lower (not applied)"],
  );
}

/** A DNS record set: free itself; the queries it answers are usage, as Infracost places them. */
function recordSet(_props: Props, ctx: PriceContext): ResourcePrice {
  return priced(
    "gcp",
    undefined,
    [],
    ["record sets have no fixed charge", ...priceNotes(QUERIES, undefined)],
    {
      usage: [usageAt(ctx, QUERIES, "monthlyQueries", "DNS queries", 1e6)],
    },
  );
}

export const pricers: PricerModule["pricers"] = {
  "gcp:dns/managedZone:ManagedZone": managedZone,
  "gcp:dns/recordSet:RecordSet": recordSet,
};
