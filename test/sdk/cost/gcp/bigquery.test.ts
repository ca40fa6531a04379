import { describe, expect, it } from "vitest";
import { expectPriced, price } from "./kit";

describe("BigQuery (goldens bigquery_dataset_test and bigquery_table_test, 2024-07-01)", () => {
  it("a dataset: on-demand queries as usage", () => {
    const bare = expectPriced(price("gcp:bigquery/dataset:Dataset", { datasetId: "d", location: "US" }));
    expect(bare.usageUnknown).toBe(true);
    // usage: 100.3 TB = $626.88
    expect(
      expectPriced(
        price("gcp:bigquery/dataset:Dataset", { datasetId: "d" }, { usage: { monthlyQueriesTb: 100.3 } }),
      ).monthlyUsd,
    ).toBeCloseTo(626.88, 1);
  });

  it("a table: storage, streaming and Storage API as usage", () => {
    // usage: $23.00 + $16.00 + $0.05 + $25.00 + $1,100.00
    const r = expectPriced(
      price(
        "gcp:bigquery/table:Table",
        { datasetId: "d", tableId: "t" },
        {
          usage: {
            activeStorageGb: 1000,
            longTermStorageGb: 1000,
            monthlyStreamingDataMb: 1000,
            monthlyStorageWriteApiGb: 1000,
            monthlyStorageReadApiTb: 1000,
          },
        },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(1164.05, 2);
    expect(
      expectPriced(price("gcp:bigquery/table:Table", { datasetId: "d", tableId: "t" })).usage,
    ).toHaveLength(5);
  });
});
