import { describe, expect, it } from "vitest";
import { expectPriced, price } from "./kit";

const TYPE = "gcp:monitoring/metricDescriptor:MetricDescriptor";

describe("gcp:monitoring/metricDescriptor:MetricDescriptor (golden monitoring_metric_descriptor_test, 2024-07-01)", () => {
  it("tiered metric data and API calls as usage", () => {
    const bare = expectPriced(price(TYPE, { type: "custom.googleapis.com/x" }));
    expect(bare.usageUnknown).toBe(true);
    // usage: 500,000 MB over three tiers $25,800 + $22,650 + $15,250, 1,000 × 1k calls $10.00
    const r = expectPriced(
      price(TYPE, {}, { usage: { monthlyMonitoringDataMb: 500000, monthlyApiCalls: 1e6 } }),
    );
    expect(r.monthlyUsd).toBeCloseTo(63710, 2);
    expect(r.usage!.slice(0, 3).map((u) => u.quantity)).toEqual([100000, 150000, 250000]);
  });
});
