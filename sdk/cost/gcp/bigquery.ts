import { priced, Props } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { golden, priceNotes, usageAt } from "./price-kit";
import { gcpRegion } from "./region";

const BQ = (test: string, usd: number, unit: string) => golden(test, usd, unit, "us-central1", "2024-07-01");
/** On-demand queries: '$6.25 per TB' (rounded to cents in the golden; 100.3 TB = $626.88). */
const QUERIES = BQ("bigquery_dataset", 6.25, "TiB");
/** Table storage and API prices, printed exactly in the bigquery_table golden except the read API ($1.10 per TB). */
const ACTIVE = BQ("bigquery_table", 0.023, "GB-month");
const LONG_TERM = BQ("bigquery_table", 0.016, "GB-month");
const STREAMING = BQ("bigquery_table", 0.00005, "MB");
const WRITE_API = BQ("bigquery_table", 0.025, "GB");
const READ_API = BQ("bigquery_table", 1.1, "TiB");

/** A BigQuery dataset: on-demand query bytes as usage (`monthlyQueriesTb`). */
function dataset(props: Props, ctx: PriceContext): ResourcePrice {
  const { region } = gcpRegion(props, ctx);
  return priced(
    "gcp",
    region,
    [],
    [...priceNotes(QUERIES, region), "on-demand pricing; the first 1 TiB a month is free (not deducted)"],
    { usage: [usageAt(ctx, QUERIES, "monthlyQueriesTb", "TiB scanned by queries")] },
  );
}

/** A BigQuery table: active and long-term storage, streaming inserts and Storage API use, all usage. */
function table(props: Props, ctx: PriceContext): ResourcePrice {
  const { region } = gcpRegion(props, ctx);
  return priced(
    "gcp",
    region,
    [],
    [...priceNotes(ACTIVE, region), "logical storage prices; the first 10 GB a month is free (not deducted)"],
    {
      usage: [
        usageAt(ctx, ACTIVE, "activeStorageGb", "GB of active storage"),
        usageAt(ctx, LONG_TERM, "longTermStorageGb", "GB of long-term storage"),
        usageAt(ctx, STREAMING, "monthlyStreamingDataMb", "MB of streaming inserts"),
        usageAt(ctx, WRITE_API, "monthlyStorageWriteApiGb", "GB written through the Storage Write API"),
        usageAt(ctx, READ_API, "monthlyStorageReadApiTb", "TiB read through the Storage Read API"),
      ],
    },
  );
}

export const pricers: PricerModule["pricers"] = {
  "gcp:bigquery/dataset:Dataset": dataset,
  "gcp:bigquery/table:Table": table,
};
