import { priced, Props } from "../helpers";
import { INFRACOST_GOLDEN, ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { isUnpriced, placeAws, priceNotes, ROUNDED, usageAt } from "./golden";

const GOLDEN = `${INFRACOST_GOLDEN} aws/testdata/glue_catalog_database_test (${ROUNDED})`;
/** Data Catalog storage, per 100,000 objects stored a month (tables, partitions, table versions). */
const STORAGE: ListPrice = {
  usd: 1,
  unit: "100k objects",
  region: "us-east-1",
  source: GOLDEN,
  asOf: "2024-07-01",
};
/** Data Catalog requests, per million. */
const REQUESTS: ListPrice = {
  usd: 1,
  unit: "1M requests",
  region: "us-east-1",
  source: GOLDEN,
  asOf: "2024-07-01",
};

/**
 * A Glue Data Catalog database: the catalog bills the objects it stores (its tables, partitions
 * and table versions) and the requests made to it, both usage (`storedObjects`, `monthlyRequests`);
 * a database has no fixed charge. AWS counts both per account and does not bill the first million
 * objects or the first million requests of a month: not subtracted here, as Infracost does not.
 */
function catalogDatabase(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  return priced(
    "aws",
    region,
    [],
    [
      place.assumption,
      "no fixed charge: the Data Catalog bills stored objects (tables, partitions, versions) and requests",
      "account free tier not subtracted (the first million objects stored and the first million requests a month are free per account)",
      ...priceNotes(region, [STORAGE, REQUESTS]),
    ],
    {
      usage: [
        usageAt(ctx, STORAGE, "storedObjects", "objects stored in the catalog", 1e5),
        usageAt(ctx, REQUESTS, "monthlyRequests", "requests per month", 1e6),
      ],
    },
  );
}

export const pricers: PricerModule["pricers"] = {
  "aws:glue/catalogDatabase:CatalogDatabase": catalogDatabase,
};
