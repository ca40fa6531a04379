import { describe, expect, it } from "vitest";
import { noRegion, ok, price } from "./kit";

describe("azure-native:eventgrid:Topic and SystemTopic", () => {
  it("bills operations as usage ($0.06 per 100K, golden with_usage)", () => {
    const bare = ok(price("azure-native:eventgrid:Topic", { location: "westeurope" }));
    expect(bare.usageUnknown).toBe(true);
    expect(
      ok(
        price(
          "azure-native:eventgrid:SystemTopic",
          { location: "westeurope", topicType: "Microsoft.Storage.StorageAccounts" },
          { monthlyOperations: 1e6 },
        ),
      ).monthlyUsd,
    ).toBeCloseTo(0.6, 2);
  });

  it("is unpriced without a location", () => {
    expect(price("azure-native:eventgrid:Topic", {}, undefined, noRegion)).toMatchObject({ priced: false });
  });
});
