import { describe, expect, it } from "vitest";
import { expectPriced, expectUnpriced, price } from "./kit";

const FN = "gcp:cloudfunctions/function:Function";

describe("gcp:cloudfunctions/function:Function (golden cloudfunctions_function_test, 2024-12-04)", () => {
  it("without usage: unit prices listed, nothing added", () => {
    // google_cloudfunctions_function.function: all four 'depends on usage'
    const r = expectPriced(price(FN, { runtime: "nodejs20" }, { region: "us-central1" }));
    expect(r.monthlyUsd).toBe(0);
    expect(r.usageUnknown).toBe(true);
    expect(r.usage!.map((u) => u.usdPerUnit)).toEqual([0.00001, 0.0000025, 0.4, 0.12]);
  });

  it("with usage: GHz-seconds and GB-seconds from invocations × duration (rounded up to 100 ms)", () => {
    // my_function: 256 MB, 10M invocations of 240 ms, 100 GB out:
    // CPU 1,200,000 GHz-s $12.00 + Memory 750,000 GB-s $1.88 + Invocations $4.00 + egress $12.00
    const r = expectPriced(
      price(
        FN,
        { region: "us-central1", runtime: "nodejs20", availableMemoryMb: 256 },
        {
          usage: {
            monthlyInvocations: 10_000_000,
            averageRequestDurationMs: 240,
            monthlyOutboundDataGb: 100,
          },
        },
      ),
    );
    expect(r.usage!.map((u) => u.quantity)).toEqual([1_200_000, 750_000, 10_000_000, 100]);
    expect(r.monthlyUsd).toBeCloseTo(29.88, 1);
  });

  it("is unpriced for a memory size with no CPU figure or no region", () => {
    expect(expectUnpriced(price(FN, { region: "us-central1", availableMemoryMb: 300 })).reason).toContain(
      "300",
    );
    expect(expectUnpriced(price(FN, { runtime: "go122" })).reason).toContain("region");
  });
});
