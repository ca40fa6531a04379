import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

const T = "aws:cloudwatch/metricAlarm:MetricAlarm";

describe("aws:cloudwatch/metricAlarm:MetricAlarm", () => {
  it("prices a standard-resolution alarm (golden cloudwatch_metric_alarm_test standard: $0.10)", () => {
    const r = expectPriced(priceResource(T, { metricName: "CPUUtilization", period: 120 }, ctx));
    expect(r.monthlyUsd).toBeCloseTo(0.1, 2);
  });

  it("prices a high-resolution alarm (golden high: period 10 s, $0.30)", () => {
    expect(expectPriced(priceResource(T, { period: 10 }, ctx)).monthlyUsd).toBeCloseTo(0.3, 2);
  });

  it("counts the metrics of a metric-math alarm (golden expression: 2 metrics $0.20)", () => {
    const r = expectPriced(
      priceResource(
        T,
        {
          metricQueries: [
            { id: "e1", expression: "m2/m1*100", returnData: true },
            { id: "m1", metric: { metricName: "RequestCount", period: 120 } },
            { id: "m2", metric: { metricName: "HTTPCode_ELB_5XX_Count", period: 120 } },
          ],
        },
        ctx,
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(0.2, 2);
  });

  it("bills three metrics for anomaly detection (golden anomaly_detection: high resolution, 3 × $0.30 = $0.90)", () => {
    const r = expectPriced(
      priceResource(
        T,
        {
          thresholdMetricId: "e1",
          metricQueries: [
            { id: "e1", expression: "ANOMALY_DETECTION_BAND(m1)" },
            { id: "m1", metric: { metricName: "CPUUtilization", period: 30 } },
          ],
        },
        ctx,
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(0.9, 2);
  });

  it("is unpriced without a region", () => {
    expect(priceResource(T, {}, { catalog: ctx.catalog })).toMatchObject({
      priced: false,
      reason: expect.stringContaining("region"),
    });
  });
});
