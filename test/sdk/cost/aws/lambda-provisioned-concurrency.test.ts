import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import { PriceContext, Priced, UNKNOWN } from "../../../../sdk/cost/types";

const T = "aws:lambda/provisionedConcurrencyConfig:ProvisionedConcurrencyConfig";
const FN = "aws:lambda/function:Function";
const withFunction = (props: Record<string, unknown>, usage?: Record<string, number>): PriceContext => ({
  catalog: defaultCatalog(),
  region: "us-east-1",
  resolve: (_ref, path) => (path === "functionName" ? { type: FN, props } : undefined),
  ...(usage ? { usage } : {}),
});

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

describe(T, () => {
  it("prices provisioned GB-seconds, requests and duration (golden with_usage: $2.00 + $30.00 + $13.61)", () => {
    // Golden usage: arm64, 512 MB, 100 hours configured, 10M requests of 350 ms.
    const r = expectPriced(
      priceResource(
        T,
        { functionName: UNKNOWN, qualifier: "1", provisionedConcurrentExecutions: 50 },
        withFunction(
          { memorySize: 512, architectures: ["arm64"] },
          { monthlyProvisionedHours: 100, monthlyRequests: 10_000_000, averageDurationMs: 350 },
        ),
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(45.61, 2);
  });

  it("is a fixed monthly charge without usage, with requests and duration listed", () => {
    const r = expectPriced(
      priceResource(
        T,
        { functionName: "f", provisionedConcurrentExecutions: 2 },
        withFunction({ architectures: ["arm64"] }),
      ),
    );
    // 2 × 0.125 GB × 3,600 s × 730 h × $0.0000033333333
    expect(r.monthlyUsd).toBeCloseTo(2 * 0.125 * 3600 * 730 * 0.0000033333333, 2);
    expect(r.usageUnknown).toBe(true);
    expect(r.assumptions.join(" ")).toContain("Lambda's default 128 MB");
  });

  it("leaves x86_64 functions and unresolved functions unpriced, saying why", () => {
    const x86 = priceResource(
      T,
      { functionName: "f", provisionedConcurrentExecutions: 1 },
      withFunction({ memorySize: 1024 }),
    );
    expect(x86).toMatchObject({ priced: false, reason: expect.stringContaining("x86_64") });
    const lost = priceResource(
      T,
      { functionName: "f", provisionedConcurrentExecutions: 1 },
      { catalog: defaultCatalog(), region: "us-east-1" },
    );
    expect(lost).toMatchObject({ priced: false, reason: expect.stringContaining("could not be resolved") });
  });

  it("is unpriced when provisionedConcurrentExecutions is missing or unknown", () => {
    const ctx = withFunction({ architectures: ["arm64"] });
    expect(priceResource(T, { functionName: "f" }, ctx)).toMatchObject({
      priced: false,
      reason: "provisionedConcurrentExecutions is not set",
    });
    expect(
      priceResource(T, { functionName: "f", provisionedConcurrentExecutions: UNKNOWN }, ctx),
    ).toMatchObject({
      priced: false,
      reason: "provisionedConcurrentExecutions is unknown during preview",
    });
  });
});
