import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

describe("aws:cfg/rule:Rule", () => {
  it("tiers rule evaluations (golden config_config_rule_test my_config_withUsage: $100 + $320 + $250)", () => {
    const r = expectPriced(
      priceResource("aws:cfg/rule:Rule", { source: {} }, { ...ctx, usage: { monthlyRuleEvaluations: 1e6 } }),
    );
    expect(r.monthlyUsd).toBeCloseTo(670, 2);
    const bare = expectPriced(priceResource("aws:cfg/rule:Rule", {}, ctx));
    expect(bare.usage?.[0].usdPerUnit).toBe(0.001);
  });
});

describe("aws:cfg/recorder:Recorder", () => {
  it("adds configuration items from usage (golden config_configuration_recorder_test usage: $3.00 + $6.00) and needs a region", () => {
    const r = expectPriced(
      priceResource(
        "aws:cfg/recorder:Recorder",
        { roleArn: "arn" },
        { ...ctx, usage: { monthlyConfigItems: 1000, monthlyCustomConfigItems: 2000 } },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(9, 2);
    expect(priceResource("aws:cfg/recorder:Recorder", {}, { catalog: ctx.catalog })).toMatchObject({
      priced: false,
    });
  });
});
