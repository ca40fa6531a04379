import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

const T = "aws:backup/vault:Vault";

describe("aws:backup/vault:Vault", () => {
  it("adds backups and restores from usage (golden backup_vault_test usage: 10,000 of each = $12,960)", () => {
    const keys = [
      "efsWarmBackupGb",
      "efsColdBackupGb",
      "monthlyEfsWarmRestoreGb",
      "monthlyEfsColdRestoreGb",
      "monthlyEfsItemRestores",
      "ebsSnapshotGb",
      "rdsSnapshotGb",
      "dynamodbBackupGb",
      "monthlyDynamodbRestoreGb",
      "auroraSnapshotGb",
      "fsxWindowsBackupGb",
      "fsxLustreBackupGb",
    ];
    const r = expectPriced(
      priceResource(T, {}, { ...ctx, usage: Object.fromEntries(keys.map((k) => [k, 10_000])) }),
    );
    expect(r.monthlyUsd).toBeCloseTo(12_960, 2);
    expect(r.usageUnknown).toBe(false);
  });

  it("lists the unit prices without usage and needs a region", () => {
    const r = expectPriced(priceResource(T, {}, ctx));
    expect(r.monthlyUsd).toBe(0);
    expect(r.usage).toHaveLength(12);
    expect(priceResource(T, {}, { catalog: ctx.catalog })).toMatchObject({ priced: false });
  });
});
