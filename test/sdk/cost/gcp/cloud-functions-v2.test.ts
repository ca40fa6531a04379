import { describe, expect, it } from "vitest";
import { expectPriced, expectUnpriced, price } from "./kit";

const FN = "gcp:cloudfunctionsv2/function:Function";
// No Infracost golden prices 2nd gen functions; they are billed as Cloud Run request-based, so the
// Cloud Run golden's europe-west3 prices (cloud_run_v2_service_test, 2024-07-01) apply.

describe("gcp:cloudfunctionsv2/function:Function", () => {
  it("usage at Cloud Run's request-based prices", () => {
    const props = {
      location: "europe-west3",
      serviceConfig: { availableMemory: "512Mi", availableCpu: "1" },
    };
    const bare = expectPriced(price(FN, props));
    expect(bare.usageUnknown).toBe(true);
    expect(bare.usage!.map((u) => u.usdPerUnit)).toEqual([0.0000336, 0.0000035, 0.4]);
    // the Cloud Run golden's usage (500,000 requests × 3.6 s, one at a time, 1 vCPU, 512 MiB): $63.83
    const used = expectPriced(
      price(FN, props, { usage: { monthlyRequests: 500000, averageRequestDurationMs: 3600 } }),
    );
    expect(used.monthlyUsd).toBeCloseTo(63.83, 2);
  });

  it("defaults: 256M memory and the CPU that memory gets", () => {
    const r = expectPriced(
      price(
        FN,
        { location: "us-central1" },
        { usage: { monthlyRequests: 1000, averageRequestDurationMs: 1000 } },
      ),
    );
    expect(r.usage![0].quantity).toBeCloseTo(1000 * 0.167, 6);
    expect(r.assumptions.join(" ")).toContain("256M memory (the default)");
  });

  it("is unpriced for a bad memory quantity or no location", () => {
    expect(
      expectUnpriced(price(FN, { location: "us-central1", serviceConfig: { availableMemory: "lots" } }))
        .reason,
    ).toContain('"lots"');
    expect(expectUnpriced(price(FN, {})).reason).toContain("location");
  });
});
