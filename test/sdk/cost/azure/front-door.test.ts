import { describe, expect, it } from "vitest";
import { ok, price } from "./kit";

const rule = { name: "r" };

describe("azure-native:frontdoor:FrontDoor and Policy", () => {
  it("prices routing rules, the first five at $0.03/h (golden frontdoor_with_usage: 6 rules = $109.50 + $8.76)", () => {
    const r = ok(
      price("azure-native:frontdoor:FrontDoor", { routingRules: [rule, rule, rule, rule, rule, rule] }),
    );
    expect(r.monthlyUsd).toBeCloseTo(109.5 + 8.76, 2);
    expect(
      ok(
        price(
          "azure-native:frontdoor:FrontDoor",
          { routingRules: [rule] },
          { outboundDataTransferGb: 10e3, inboundDataTransferGb: 0 },
        ),
      ).monthlyUsd,
    ).toBeCloseTo(21.9 + 1700, 2);
  });

  it("prices a classic WAF policy with its rules (golden: $5 + 2 custom rules $2 + 2 managed rule sets $40)", () => {
    const r = ok(
      price("azure-native:frontdoor:Policy", {
        customRules: { rules: [rule, rule] },
        managedRules: { managedRuleSets: [rule, rule] },
      }),
    );
    expect(r.monthlyUsd).toBeCloseTo(47, 2);
    expect(price("azure-native:frontdoor:Policy", { sku: { name: "Premium_AzureFrontDoor" } })).toMatchObject(
      { priced: false },
    );
  });
});
