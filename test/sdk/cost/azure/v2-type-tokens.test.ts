import { describe, expect, it } from "vitest";
import { ctx, price } from "./kit";

// azure-native v2 (pinned by pulumi/examples) names some resources differently from v3; the same
// inputs must get the same price under either token (trial REPORT Finding 4).
const account = {
  location: "westus",
  databaseAccountOfferType: "Standard",
  locations: [{ locationName: "West US", failoverPriority: 0 }],
};
const inAccount = {
  ...ctx,
  resolve: (ref: string) =>
    ref === "acct" ? { type: "azure-native:documentdb:DatabaseAccount", props: account } : undefined,
};
const PAIRS: [string, string, Record<string, unknown>, typeof ctx?][] = [
  ["azure-native:cosmosdb:DatabaseAccount", "azure-native:documentdb:DatabaseAccount", account],
  [
    "azure-native:cosmosdb:SqlResourceSqlDatabase",
    "azure-native:documentdb:SqlResourceSqlDatabase",
    { accountName: "acct", resource: { id: "db" }, options: { throughput: 400 } },
    inAccount,
  ],
  [
    "azure-native:cosmosdb:SqlResourceSqlContainer",
    "azure-native:documentdb:SqlResourceSqlContainer",
    { accountName: "acct", resource: { id: "c" }, options: { throughput: 400 } },
    inAccount,
  ],
  ["azure-native:privatedns:PrivateZone", "azure-native:network:PrivateZone", { location: "global" }],
  [
    "azure-native:applicationinsights:Component",
    "azure-native:insights:Component",
    { location: "westeurope", kind: "web", applicationType: "web" },
  ],
];

describe("azure-native v2 type tokens", () => {
  for (const [v3, v2, props, c] of PAIRS)
    it(`${v2} is priced as ${v3}`, () => {
      const a = price(v3, props, undefined, c ?? ctx);
      const b = price(v2, props, undefined, c ?? ctx);
      expect(b.priced, !b.priced ? b.reason : "").toBe(true);
      if (!a.priced || !b.priced) return;
      // Same figure and lines; the v2 result also says which v3 token priced it.
      expect({ ...b, assumptions: [] }).toEqual({ ...a, assumptions: [] });
      expect(b.assumptions).toEqual([...a.assumptions, expect.stringContaining(v3)]);
    });
});
