import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };
const T = "aws:lambda/function:Function";

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

describe("aws:lambda/function:Function", () => {
  it("lists requests and duration unit prices without usage (golden lambda_function_test lambda: $0.20 per 1M, $0.0000166667 per GB-s)", () => {
    const r = expectPriced(priceResource(T, { role: "arn", runtime: "nodejs20.x" }, ctx));
    expect(r.monthlyUsd).toBe(0);
    expect(r.usageUnknown).toBe(true);
    expect(r.usage?.map((u) => [u.key, u.usdPerUnit])).toEqual([
      ["monthlyRequests", 0.2],
      ["monthlyGbSeconds", 0.0000166667],
    ]);
    const arm = expectPriced(priceResource(T, { architectures: ["arm64"] }, ctx));
    expect(arm.usage?.[1].usdPerUnit).toBe(0.0000133334);
  });

  it("derives GB-seconds from requests, duration and memory (golden lambda_withUsage512Mem: $0.02 + $0.29)", () => {
    const r = expectPriced(
      priceResource(
        T,
        { memorySize: 512 },
        { ...ctx, usage: { monthlyRequests: 100_000, averageDurationMs: 350 } },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(0.31, 2);
    expect(r.usageUnknown).toBe(false);
  });

  it("splits duration across tiers (golden lambda_duration_15B: $3,000 + $100,000.20 + $135,000 + $619,203.10)", () => {
    const r = expectPriced(
      priceResource(
        T,
        { memorySize: 2048 },
        { ...ctx, usage: { monthlyRequests: 15_000_000_000, averageDurationMs: 2048 } },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(3000 + 100_000.2 + 135_000 + 619_203.1, 0);
    expect(r.usage?.filter((u) => u.key === "monthlyGbSeconds").map((u) => u.quantity)).toEqual([
      6e9, 9e9, 46.44e9,
    ]);
  });

  it("lists ephemeral storage above 512 MB", () => {
    const r = expectPriced(priceResource(T, { ephemeralStorage: { size: 10240 } }, ctx));
    expect(r.usage?.find((u) => u.key === "monthlyEphemeralGbSeconds")?.usdPerUnit).toBe(0.0000000309);
  });

  it("is unpriced without a region", () => {
    expect(priceResource(T, {}, { catalog: ctx.catalog })).toMatchObject({ priced: false });
  });
});
