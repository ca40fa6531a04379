import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import { PriceContext, Priced, UNKNOWN } from "../../../../sdk/cost/types";

const T = "aws:cloudformation/stack:Stack";
const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };
const template = (...types: string[]) =>
  JSON.stringify({
    Resources: Object.fromEntries(types.map((t, i) => [`R${i}`, { Type: t, Properties: {} }])),
  });

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

describe(T, () => {
  it("bills third-party handler operations (golden cloudformation_stack_test: 10,000 operations $9.00)", () => {
    const r = expectPriced(
      priceResource(
        T,
        { name: "s", templateBody: template("MyOrg::Billing::Thing") },
        { ...ctx, usage: { monthlyHandlerOperations: 10_000, monthlyHandlerSecondsOver30: 0 } },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(9, 2);
  });

  it("lists the operation prices without usage (golden withoutUsage: $0.0009 per operation, $0.00008 per second)", () => {
    const r = expectPriced(
      priceResource(T, { templateBody: "Resources:\n  X:\n    Type: MyOrg::A::B\n" }, ctx),
    );
    expect(r.usageUnknown).toBe(true);
    expect(r.usage?.map((u) => u.usdPerUnit)).toEqual([0.0009, 0.00008]);
  });

  it("is free when the template creates only resources that bill nothing", () => {
    const r = expectPriced(
      priceResource(T, { templateBody: template("AWS::IAM::Role", "AWS::EC2::SecurityGroup") }, ctx),
    );
    expect(r.free).toBe(true);
  });

  it("is unpriced, naming them, when the stack creates billed AWS resources outside the plan", () => {
    const r = priceResource(
      T,
      { templateBody: template("AWS::AutoScaling::AutoScalingGroup", "AWS::IAM::Role") },
      ctx,
    );
    expect(r).toMatchObject({
      priced: false,
      reason: expect.stringContaining("AWS::AutoScaling::AutoScalingGroup"),
    });
  });

  it("is unpriced when the template is unknown during preview or not inline", () => {
    expect(priceResource(T, { templateBody: UNKNOWN }, ctx)).toMatchObject({
      priced: false,
      reason: expect.stringContaining("templateBody is unknown during preview"),
    });
    expect(priceResource(T, { templateUrl: "https://x/t.json" }, ctx)).toMatchObject({
      priced: false,
      reason: expect.stringContaining("templateUrl"),
    });
  });
});
