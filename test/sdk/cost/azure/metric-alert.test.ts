import { describe, expect, it } from "vitest";
import { ok, price } from "./kit";

const criterion = (extra: Record<string, unknown> = {}) => ({
  criterionType: "StaticThresholdCriterion",
  metricName: "Transactions",
  ...extra,
});

describe("azure-native:monitor:MetricAlert", () => {
  it("prices each monitored series (golden example-single: $0.10) and dynamic thresholds twice (example-dynamic: $0.20)", () => {
    const single = ok(
      price("azure-native:monitor:MetricAlert", {
        location: "global",
        enabled: true,
        scopes: ["/vm1"],
        criteria: { allOf: [criterion()] },
      }),
    );
    expect(single.monthlyUsd).toBeCloseTo(0.1, 2);
    const dynamic = ok(
      price("azure-native:monitor:MetricAlert", {
        enabled: true,
        scopes: ["/vm1"],
        criteria: { allOf: [criterion({ criterionType: "DynamicThresholdCriterion" })] },
      }),
    );
    expect(dynamic.monthlyUsd).toBeCloseTo(0.2, 2);
  });

  it("multiplies scopes and dimension values, counting '*' as one and saying so", () => {
    const r = ok(
      price("azure-native:monitor:MetricAlert", {
        enabled: true,
        scopes: ["/a", "/b"],
        criteria: {
          allOf: [
            criterion({
              dimensions: [
                { name: "ApiName", operator: "Include", values: ["Get", "Put"] },
                { name: "x", operator: "Include", values: ["*"] },
              ],
            }),
          ],
        },
      }),
    );
    expect(r.monthlyUsd).toBeCloseTo(0.4, 2);
    expect(r.assumptions.join(" ")).toContain('"*"');
  });

  it("is unpriced without scopes or criteria", () => {
    expect(
      price("azure-native:monitor:MetricAlert", { enabled: true, criteria: { allOf: [criterion()] } }),
    ).toMatchObject({ priced: false, reason: expect.stringContaining("scopes") });
    expect(price("azure-native:monitor:MetricAlert", { enabled: true, scopes: ["/a"] })).toMatchObject({
      priced: false,
      reason: expect.stringContaining("criteria"),
    });
  });
});
