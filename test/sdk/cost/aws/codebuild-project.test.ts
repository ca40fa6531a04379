import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

const T = "aws:codebuild/project:Project";
const env = (computeType: string, type = "LINUX_CONTAINER") => ({
  environment: { computeType, type, image: "x" },
});

describe("aws:codebuild/project:Project", () => {
  it("prices build minutes from usage (golden codebuild_project_test my_medium_project: 10,000 minutes $100)", () => {
    const r = expectPriced(
      priceResource(T, env("BUILD_GENERAL1_MEDIUM"), { ...ctx, usage: { monthlyBuildMinutes: 10_000 } }),
    );
    expect(r.monthlyUsd).toBeCloseTo(100, 2);
  });

  it("prices Windows builds at their rate (golden my_large_windows_project: 100,000 minutes $3,600)", () => {
    const r = expectPriced(
      priceResource(T, env("BUILD_GENERAL1_LARGE", "WINDOWS_SERVER_2019_CONTAINER"), {
        ...ctx,
        usage: { monthlyBuildMinutes: 100_000 },
      }),
    );
    expect(r.monthlyUsd).toBeCloseTo(3600, 2);
  });

  it("lists the minute price without usage and is unpriced for compute types the data lacks", () => {
    const r = expectPriced(priceResource(T, env("BUILD_GENERAL1_SMALL"), ctx));
    expect(r.usageUnknown).toBe(true);
    expect(r.usage?.[0].usdPerUnit).toBe(0.005);
    expect(priceResource(T, env("BUILD_GENERAL1_2XLARGE"), ctx)).toMatchObject({
      priced: false,
      reason: expect.stringContaining("BUILD_GENERAL1_2XLARGE"),
    });
    expect(priceResource(T, {}, ctx)).toMatchObject({
      priced: false,
      reason: expect.stringContaining("computeType"),
    });
  });
});
