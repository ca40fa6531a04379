import { dig, priced, Props, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes } from "./list-prices";
import { azureRegion } from "./region";

const GOLDEN = "monitor_metric_alert_test (azurerm_monitor_metric_alert)";
const SERIES = goldenPrice(0.1, "time-series-month", "eastus", GOLDEN, "2024-07-01");
/** A dynamic-threshold criterion bills its series again, as dynamic threshold monitoring. */
const DYNAMIC = goldenPrice(0.1, "time-series-month", "eastus", GOLDEN, "2024-07-01");

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * A metric alert rule: each monitored time series a month. Series = scopes × criteria × the
 * dimension values each criterion names; a dimension matched with "*" counts as one value.
 */
function metricAlert(props: Props, ctx: PriceContext): ResourcePrice {
  const region =
    str(props.location) && !/^global$/i.test(str(props.location)!)
      ? azureRegion(props, ctx).region
      : "global";
  const scopes = list(props.scopes).length;
  if (!scopes) return unpriced("scopes is not set: the monitored series cannot be counted", "azure", region);
  if (props.enabled === false) return priced("azure", region, [], ["disabled: not billed"]);
  const criteria = list(dig(props, "criteria.allOf"));
  if (!criteria.length)
    return unpriced("criteria.allOf is not set: the monitored series cannot be counted", "azure", region);
  let series = 0;
  let dynamic = 0;
  let wildcard = false;
  for (const c of criteria) {
    let n = scopes;
    for (const d of list(dig(c, "dimensions"))) {
      const values = list(dig(d, "values"));
      if (values.includes("*")) wildcard = true;
      n *= values.filter((v) => v !== "*").length || 1;
    }
    series += n;
    if (str(dig(c, "criterionType")) === "DynamicThresholdCriterion") dynamic += n;
  }
  const lines = [{ item: `${series} time series`, hourlyUsd: hourlyOf(SERIES, series) }];
  if (dynamic)
    lines.push({ item: `${dynamic} dynamic-threshold series`, hourlyUsd: hourlyOf(DYNAMIC, dynamic) });
  return priced("azure", region, lines, [
    `${scopes} scope(s) × ${criteria.length} criteria`,
    wildcard ? 'dimension values "*" counted as one series each: the real count depends on the data' : "",
    ...priceNotes(undefined, SERIES),
  ]);
}

export const pricers: PricerModule["pricers"] = { "azure-native:monitor:MetricAlert": metricAlert };
