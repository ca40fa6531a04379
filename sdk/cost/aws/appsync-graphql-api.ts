import { Props, priced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { isUnpriced, placeAws, priceNotes, usageAt } from "./golden";

/**
 * AppSync GraphQL unit prices from AWS's pricing page. Infracost has no AppSync golden, so the
 * page is the source: its text (read from the search tool's stored copy on the date below; the
 * page shows no date of its own) prices query and data modification operations at $4.00 per
 * million, real-time updates at $2.00 per million and connection minutes at $0.08 per million,
 * in worked examples that state no region (read here as the us-east-1 list price).
 */
const APPSYNC_PAGE =
  "aws.amazon.com/appsync/pricing/ (text and worked examples; the page is undated: the date is when it was read)";
const APPSYNC_READ = "2026-12-07";
const page = (usd: number, unit: string): ListPrice => ({
  usd,
  unit,
  region: "us-east-1",
  source: APPSYNC_PAGE,
  asOf: APPSYNC_READ,
});
/** Query and data modification operations (queries and mutations). */
const APPSYNC_OPERATIONS = page(4, "1M operations");
const REALTIME_UPDATES = page(2, "1M real-time updates");
const CONNECTION_MINUTES = page(0.08, "1M connection minutes");

/**
 * An AppSync GraphQL API: operations, real-time updates and subscription connection minutes, all
 * usage; the API itself, its resolvers, data sources and keys have no charge of their own.
 */
function graphQlApi(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const prices = [APPSYNC_OPERATIONS, REALTIME_UPDATES, CONNECTION_MINUTES];
  return priced(
    "aws",
    region,
    [],
    [
      place.assumption,
      "the 12-month AWS Free Tier is not subtracted; data transfer out is billed at EC2 rates, not included",
      ...priceNotes(region, prices),
    ],
    {
      usage: [
        usageAt(ctx, APPSYNC_OPERATIONS, "monthlyOperations", "query and mutation operations per month", 1e6),
        usageAt(ctx, REALTIME_UPDATES, "monthlyRealtimeUpdates", "real-time updates per month", 1e6),
        usageAt(ctx, CONNECTION_MINUTES, "monthlyConnectionMinutes", "connection minutes per month", 1e6),
      ],
    },
  );
}

export const pricers: PricerModule["pricers"] = { "aws:appsync/graphQLApi:GraphQLApi": graphQlApi };
