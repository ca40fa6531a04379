import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AZURE_NATIVE_V2_ALIASES, currentTypeToken } from "../../../../sdk/cost/azure/v2-aliases";
import { FREE_TYPES, KNOWN_UNPRICED } from "../../../../sdk/cost/free";
import { knowsType, PRICED_TYPES } from "../../../../sdk/cost/price-resource";
import { ctx, ok, price } from "./kit";

const SDK = join(__dirname, "..", "..", "..", "..", "node_modules", "@pulumi", "azure-native");

/** Whether the installed azure-native SDK (3.x) declares a resource of this type token. */
function inSdk(type: string): boolean {
  const [, mod, cls] = type.split(":");
  const file = join(SDK, mod, `${cls[0].toLowerCase()}${cls.slice(1)}.js`);
  return existsSync(file) && readFileSync(file, "utf8").includes(`'${type}'`);
}

describe("azure-native 2.x tokens", () => {
  it("name a resource the installed 3.x SDK has under its new token only, with the same class", () => {
    expect(Object.keys(AZURE_NATIVE_V2_ALIASES).length).toBeGreaterThan(50);
    for (const [old, current] of Object.entries(AZURE_NATIVE_V2_ALIASES)) {
      expect(inSdk(current), current).toBe(true);
      expect(inSdk(old), old).toBe(false);
      expect(old.split(":")[2], old).toBe(current.split(":")[2]);
    }
  });

  it("price Cosmos DB like cosmosdb:* (the throughput of a database on a 2.x account: 500 RU/s in two regions)", () => {
    const account = {
      location: "westus",
      locations: [
        { locationName: "West US", failoverPriority: 0 },
        { locationName: "Central US", failoverPriority: 1, isZoneRedundant: true },
      ],
    };
    const withAccount = {
      ...ctx,
      resolve: (ref: string) =>
        ref === "acct" ? { type: "azure-native:documentdb:DatabaseAccount", props: account } : undefined,
    };
    const props = { accountName: "acct", resource: { id: "db" }, options: { throughput: 500 } };
    const old = ok(price("azure-native:documentdb:SqlResourceSqlDatabase", props, undefined, withAccount));
    const current = ok(price("azure-native:cosmosdb:SqlResourceSqlDatabase", props, undefined, withAccount));
    // The same figure as the cosmos-db golden test's (provisioned: $29.20 + $36.50).
    expect(old.monthlyUsd).toBeCloseTo(65.7, 2);
    expect(old.monthlyUsd).toBe(current.monthlyUsd);
    expect(old.assumptions.join(" ")).toContain(
      "azure-native:documentdb:SqlResourceSqlDatabase is the azure-native 2.x token of azure-native:cosmosdb:SqlResourceSqlDatabase",
    );
    const container = ok(
      price(
        "azure-native:documentdb:SqlResourceSqlContainer",
        { accountName: "acct" },
        undefined,
        withAccount,
      ),
    );
    expect(container.monthlyUsd).toBe(0);
    expect(knowsType("azure-native:documentdb:DatabaseAccount")).toBe(true);
    const acct = price("azure-native:documentdb:DatabaseAccount", account);
    expect(acct.priced).toBe(price("azure-native:cosmosdb:DatabaseAccount", account).priced);
  });

  it("price private DNS zones, their links and Application Insights like their 3.x tokens", () => {
    expect(ok(price("azure-native:network:PrivateZone", { location: "global" })).monthlyUsd).toBeCloseTo(
      0.5,
      2,
    );
    const link = ok(price("azure-native:network:VirtualNetworkLink", { location: "global" }));
    expect(link.free).toBe(true);
    expect(link.assumptions.join(" ")).toMatch(/virtual network links are not billed/);
    const records = ok(price("azure-native:network:RecordSet", {}));
    expect(records.free).toBe(true);
    const props = { location: "eastus", kind: "web", applicationType: "web", retentionInDays: 120 };
    const component = ok(
      price("azure-native:insights:Component", props, { dataIngestionGb: 10, retainedGb: 1000 }),
    );
    // application-insights golden with_retention: 1,000 GB kept = $100, plus 10 GB ingested.
    expect(component.monthlyUsd).toBeCloseTo(23 + 100, 2);
  });

  it("leave unaliased tokens as they are, and report an alias's unpriced reason with the old token", () => {
    expect(currentTypeToken("azure-native:compute:VirtualMachine")).toBe(
      "azure-native:compute:VirtualMachine",
    );
    expect(price("azure-native:insights:Component", {}, undefined, { catalog: ctx.catalog })).toMatchObject({
      priced: false,
      reason: expect.stringContaining("azure-native 2.x token of azure-native:applicationinsights:Component"),
    });
  });

  it("alias at least the trial's 2.x tokens to types the engine knows", () => {
    const known = new Set([...PRICED_TYPES, ...Object.keys(FREE_TYPES), ...Object.keys(KNOWN_UNPRICED)]);
    for (const old of [
      "azure-native:documentdb:DatabaseAccount",
      "azure-native:documentdb:SqlResourceSqlDatabase",
      "azure-native:documentdb:SqlResourceSqlContainer",
      "azure-native:network:PrivateZone",
      "azure-native:network:VirtualNetworkLink",
      "azure-native:insights:Component",
    ])
      expect(known.has(currentTypeToken(old)), old).toBe(true);
  });
});
