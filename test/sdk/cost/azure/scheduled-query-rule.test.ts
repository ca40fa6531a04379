import { describe, expect, it } from "vitest";
import { durationMinutes } from "../../../../sdk/cost/azure/scheduled-query-rule";
import { ok, price } from "./kit";

const rule = (evaluationFrequency: string, usage?: Record<string, number>) =>
  price(
    "azure-native:monitor:ScheduledQueryRule",
    { location: "westeurope", evaluationFrequency, scopes: ["/vm"] },
    usage,
  );

describe("azure-native:monitor:ScheduledQueryRule", () => {
  it("prices a rule by evaluation frequency (goldens: PT1M $3.00, PT5M $1.50, PT10M $1.00, P1D $0.50)", () => {
    expect(ok(rule("PT1M")).monthlyUsd).toBeCloseTo(3, 2);
    expect(ok(rule("PT5M")).monthlyUsd).toBeCloseTo(1.5, 2);
    expect(ok(rule("PT10M")).monthlyUsd).toBeCloseTo(1, 2);
    expect(ok(rule("P1D")).monthlyUsd).toBeCloseTo(0.5, 2);
  });

  it("adds extra time series from the usage file (golden example-multi PT1M: 3 series = $0.90)", () => {
    expect(ok(rule("PT1M")).usageUnknown).toBe(true);
    expect(ok(rule("PT1M", { additionalTimeSeries: 3 })).monthlyUsd).toBeCloseTo(3.9, 2);
  });

  it("reads ISO 8601 durations and is unpriced for a bad one", () => {
    expect(durationMinutes("PT1H")).toBe(60);
    expect(durationMinutes("P1DT2H")).toBe(1560);
    expect(durationMinutes("5m")).toBeUndefined();
    expect(rule("5m")).toMatchObject({ priced: false, reason: expect.stringContaining('"5m"') });
  });
});
