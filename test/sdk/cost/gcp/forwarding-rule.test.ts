import { describe, expect, it } from "vitest";
import { expectPriced, price } from "./kit";

describe("gcp forwarding rules (golden compute_forwarding_rule_test, 2024-07-01)", () => {
  it("the hourly rule charge, and data processed as usage", () => {
    // google_compute_forwarding_rule.withoutUsage: 730 h $7.30, Ingress data '$0.008 per GB'
    const bare = expectPriced(price("gcp:compute/forwardingRule:ForwardingRule", { region: "us-central1" }));
    expect(bare.monthlyUsd).toBeCloseTo(7.3, 2);
    expect(bare.usageUnknown).toBe(true);
    expect(bare.usage![0]).toMatchObject({ key: "monthlyDataProcessedGb", usdPerUnit: 0.008 });
    // google_compute_global_forwarding_rule.default: $7.30 + 100 GB $0.80
    const used = expectPriced(
      price(
        "gcp:compute/globalForwardingRule:GlobalForwardingRule",
        {},
        { usage: { monthlyDataProcessedGb: 100 } },
      ),
    );
    expect(used.monthlyUsd).toBeCloseTo(8.1, 2);
    expect(used.usageUnknown).toBe(false);
  });
});
