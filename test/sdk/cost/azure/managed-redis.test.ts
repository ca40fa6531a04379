import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced, ResourcePrice } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };
function ok(r: ResourcePrice): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}
const managed = (props: Record<string, unknown>) =>
  priceResource("azure-native:redisenterprise:RedisEnterprise", props, ctx);

describe("azure-native:redisenterprise:RedisEnterprise", () => {
  it("prices two nodes by default (golden balanced: $94.90) and one without HA (golden: $47.45)", () => {
    expect(ok(managed({ location: "eastus", sku: { name: "Balanced_B3" } })).monthlyUsd).toBeCloseTo(94.9, 2);
    expect(
      ok(managed({ location: "eastus", sku: { name: "Balanced_B3" }, highAvailability: "Disabled" }))
        .monthlyUsd,
    ).toBeCloseTo(47.45, 2);
  });

  it("is unpriced for a SKU without a price", () => {
    expect(managed({ location: "eastus", sku: { name: "Enterprise_E10" } })).toMatchObject({
      priced: false,
      reason: expect.stringContaining("Enterprise_E10"),
    });
    expect(managed({ location: "eastus" })).toMatchObject({ priced: false, reason: "sku.name is not set" });
  });
});
