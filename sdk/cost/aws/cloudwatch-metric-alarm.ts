import { num, Props, priced, str } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, isUnpriced, monthlyToHourly, placeAws, priceNotes } from "./golden";

const G = "cloudwatch_metric_alarm_test";
const STANDARD = goldenPrice(G, 0.1, "alarm metric-month");
const HIGH_RESOLUTION = goldenPrice(G, 0.3, "alarm metric-month");
/** An anomaly detection alarm bills three metrics per metric it watches (the value and the band's two edges). */
const ANOMALY_METRICS = 3;

/**
 * A CloudWatch metric alarm: per metric it evaluates a month, at the high-resolution rate when its
 * period is under 60 s; anomaly detection alarms count three metrics each.
 */
function metricAlarm(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const queries = (props.metricQueries as Props[] | undefined) ?? [];
  const metrics = queries.filter((q) => q.metric !== undefined && q.metric !== null);
  const count = queries.length ? Math.max(metrics.length, 1) : 1;
  const periods = queries.length
    ? metrics.map((q) => num((q.metric as Props).period)).filter((p): p is number => p !== undefined)
    : [num(props.period)].filter((p): p is number => p !== undefined);
  const highResolution = periods.some((p) => p < 60);
  const anomaly = str(props.thresholdMetricId) !== undefined;
  const price = highResolution ? HIGH_RESOLUTION : STANDARD;
  const billed = count * (anomaly ? ANOMALY_METRICS : 1);
  return priced(
    "aws",
    region,
    [
      {
        item: `${highResolution ? "high" : "standard"}-resolution ${anomaly ? "anomaly detection " : ""}alarm, ${billed} metric(s)`,
        hourlyUsd: monthlyToHourly(price, billed),
      },
    ],
    [
      place.assumption,
      anomaly ? `anomaly detection: ${ANOMALY_METRICS} metrics billed per metric watched` : "",
      ...priceNotes(region, [price]),
    ],
  );
}

export const pricers: PricerModule["pricers"] = { "aws:cloudwatch/metricAlarm:MetricAlarm": metricAlarm };
