import { describe, expect, it } from "vitest";
import { ctx, ok, price } from "./kit";

const account = {
  location: "westus",
  databaseAccountOfferType: "Standard",
  locations: [
    { locationName: "West US", failoverPriority: 0 },
    { locationName: "Central US", failoverPriority: 1, isZoneRedundant: true },
  ],
  backupPolicy: { type: "Continuous" },
};
const withAccount = (props: Record<string, unknown>) => ({
  ...ctx,
  resolve: (ref: string) =>
    ref === "acct" ? { type: "azure-native:cosmosdb:DatabaseAccount", props } : undefined,
});

describe("azure-native:cosmosdb:SqlResourceSqlDatabase and containers", () => {
  it("prices provisioned RU/s in each region, zone-redundant ones 1.25× (golden provisioned: $29.20 + $36.50)", () => {
    const r = ok(
      price(
        "azure-native:cosmosdb:SqlResourceSqlDatabase",
        { accountName: "acct", resource: { id: "db" }, options: { throughput: 500 } },
        undefined,
        withAccount(account),
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(65.7, 2);
    expect(r.region).toBe("westus");
  });

  it("prices autoscale at its 10% floor at 1.5× with the range to the maximum", () => {
    const r = ok(
      price(
        "azure-native:cosmosdb:SqlResourceSqlContainer",
        { accountName: "acct", options: { autoscaleSettings: { maxThroughput: 4000 } } },
        undefined,
        withAccount({ locations: [{ locationName: "eastus" }] }),
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(4 * 5.84 * 1.5, 2);
    expect(r.range!.maxMonthlyUsd).toBeCloseTo(40 * 5.84 * 1.5, 2);
  });

  it("costs nothing without throughput of its own, and is unpriced for multi-region writes", () => {
    expect(
      ok(
        price(
          "azure-native:cosmosdb:SqlResourceSqlContainer",
          { accountName: "acct" },
          undefined,
          withAccount(account),
        ),
      ).monthlyUsd,
    ).toBe(0);
    expect(
      price(
        "azure-native:cosmosdb:MongoDBResourceMongoDBCollection",
        { accountName: "acct", options: { throughput: 400 } },
        undefined,
        withAccount({ ...account, enableMultipleWriteLocations: true }),
      ),
    ).toMatchObject({ priced: false, reason: expect.stringContaining("multi-region writes") });
  });
});

describe("azure-native:cosmosdb:DatabaseAccount", () => {
  it("lists storage per region, continuous backup and serverless RUs as usage (golden serverless: 10M RU = $2.79)", () => {
    const r = ok(price("azure-native:cosmosdb:DatabaseAccount", account));
    expect(r.usage!.map((u) => u.key)).toEqual([
      "storageGb",
      "storageGb",
      "continuousBackupGb",
      "continuousBackupGb",
    ]);
    const serverless = ok(
      price(
        "azure-native:cosmosdb:DatabaseAccount",
        {
          location: "eastus",
          locations: [{ locationName: "eastus" }],
          capabilities: [{ name: "EnableServerless" }],
        },
        { serverlessRequestUnits: 10e6, storageGb: 0 },
      ),
    );
    expect(serverless.monthlyUsd).toBeCloseTo(2.79, 2);
  });
});
