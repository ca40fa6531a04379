import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

describe("aws:kms/key:Key", () => {
  it("prices the key-month and lists requests (golden kms_key_test kms: $1.00, $0.03 per 10k)", () => {
    const r = expectPriced(priceResource("aws:kms/key:Key", {}, ctx));
    expect(r.monthlyUsd).toBeCloseTo(1, 2);
    expect(r.usage?.map((u) => [u.key, u.usdPerUnit])).toEqual([
      ["monthlyRequests", 0.03],
      ["monthlyGenerateDataKeyPairRequests", 0.1],
    ]);
  });

  it("prices asymmetric requests at their rate (golden rsa3072: $0.15 per 10k) and adds usage", () => {
    const r = expectPriced(
      priceResource(
        "aws:kms/key:Key",
        { customerMasterKeySpec: "RSA_3072" },
        { ...ctx, usage: { monthlyRequests: 100_000 } },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(1 + 1.5, 2);
  });

  it("prices a key with imported material (golden kms_external_key_test: $1.00) and needs a region", () => {
    expect(expectPriced(priceResource("aws:kms/externalKey:ExternalKey", {}, ctx)).monthlyUsd).toBeCloseTo(
      1,
      2,
    );
    expect(priceResource("aws:kms/key:Key", {}, { catalog: ctx.catalog })).toMatchObject({ priced: false });
  });
});
