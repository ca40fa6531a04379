import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

const T = "aws:dynamodb/table:Table";

describe("aws:dynamodb/table:Table", () => {
  it("prices provisioned capacity (golden dynamodb_table_test my_dynamodb_table: 20 WCU $9.49 + 30 RCU $2.85)", () => {
    const r = expectPriced(
      priceResource(T, { billingMode: "PROVISIONED", writeCapacity: 20, readCapacity: 30 }, ctx),
    );
    expect(r.monthlyUsd).toBeCloseTo(9.49 + 2.85, 2);
    expect(r.usageUnknown).toBe(true);
    expect(r.assumptions.join(" ")).toContain("us-east-2 list price is used for us-east-1");
  });

  it("adds index capacity and replicated WCUs per replica", () => {
    const r = expectPriced(
      priceResource(
        T,
        {
          writeCapacity: 20,
          readCapacity: 30,
          globalSecondaryIndexes: [{ name: "gsi", writeCapacity: 10, readCapacity: 10 }],
          replicas: [{ regionName: "us-west-2" }],
        },
        ctx,
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(30 * 0.4745 + 40 * 0.0949 + 30 * 0.4745, 2);
  });

  it("prices on-demand requests, storage and PITR from usage (golden my_dynamodb_table_usage: $1.88 + $1.00 + $57.50 + $460 + $46 + $34.50 + $0.40)", () => {
    const r = expectPriced(
      priceResource(
        T,
        { billingMode: "PAY_PER_REQUEST", pointInTimeRecovery: { enabled: true }, streamEnabled: true },
        {
          ...ctx,
          usage: {
            monthlyWriteRequestUnits: 3_000_000,
            monthlyReadRequestUnits: 8_000_000,
            storageGb: 230,
            pitrBackupStorageGb: 2300,
            onDemandBackupStorageGb: 460,
            monthlyDataRestoredGb: 230,
            monthlyStreamReadRequestUnits: 2_000_000,
          },
        },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(1.88 + 1 + 57.5 + 460 + 46 + 34.5 + 0.4, 1);
    expect(r.usageUnknown).toBe(false);
  });

  it("is unpriced for the Standard-IA table class and without a region", () => {
    expect(priceResource(T, { tableClass: "STANDARD_INFREQUENT_ACCESS" }, ctx)).toMatchObject({
      priced: false,
      reason: expect.stringContaining("STANDARD_INFREQUENT_ACCESS"),
    });
    expect(priceResource(T, {}, { catalog: ctx.catalog })).toMatchObject({ priced: false });
  });
});
