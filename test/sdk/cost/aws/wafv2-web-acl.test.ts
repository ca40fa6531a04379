import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

const T = "aws:wafv2/webAcl:WebAcl";

describe("aws:wafv2/webAcl:WebAcl", () => {
  it("prices the ACL and its rules (golden wafv2_web_acl_test my_waf_no_usage: $5.00 + 1 rule $1.00)", () => {
    const r = expectPriced(
      priceResource(
        T,
        { scope: "REGIONAL", defaultAction: { allow: {} }, rules: [{ name: "r1", priority: 1 }] },
        ctx,
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(6, 2);
    expect(r.usageUnknown).toBe(true);
  });

  it("adds rule-group rules and requests from usage (golden my_waf: 15 rules inside groups at $1, 1M requests $0.60)", () => {
    const r = expectPriced(
      priceResource(
        T,
        { rules: [{ name: "r1" }] },
        { ...ctx, usage: { ruleGroupRules: 15, monthlyRequests: 1e6 } },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(5 + 16 + 0.6, 2);
    expect(priceResource(T, {}, { catalog: ctx.catalog })).toMatchObject({ priced: false });
  });
});
