import { priced, Props, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes, usageAt } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const GOLDEN = "monitor_scheduled_query_rules_alert_v2_test (azurerm_monitor_scheduled_query_rules_alert_v2)";
const p = (usd: number, unit: string) => goldenPrice(usd, unit, "westeurope", GOLDEN, "2024-07-01");

/** Per rule and per extra time series a month, by how often the rule runs (minutes, at most). */
const BY_FREQUENCY: { maxMinutes: number; label: string; rule: ListPrice; series: ListPrice }[] = [
  { maxMinutes: 1, label: "1 minute", rule: p(3, "rule-month"), series: p(0.3, "time-series-month") },
  { maxMinutes: 5, label: "5 minute", rule: p(1.5, "rule-month"), series: p(0.15, "time-series-month") },
  { maxMinutes: 10, label: "10 minute", rule: p(1, "rule-month"), series: p(0.1, "time-series-month") },
  {
    maxMinutes: Infinity,
    label: "15 minute or longer",
    rule: p(0.5, "rule-month"),
    series: p(0.05, "time-series-month"),
  },
];

/** Minutes of an ISO 8601 duration such as PT5M, PT1H or P1D. */
export function durationMinutes(iso: string): number | undefined {
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/i.exec(iso);
  if (!m || (!m[1] && !m[2] && !m[3])) return undefined;
  return Number(m[1] ?? 0) * 1440 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

/** A log search alert rule: a monthly price by evaluation frequency; series beyond the first are usage. */
function scheduledQueryRule(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  if (props.enabled === false) return priced("azure", region, [], [assumption, "disabled: not billed"]);
  if (/^logtometric$/i.test(str(props.kind) ?? ""))
    return unpriced(
      "LogToMetric rules are billed as metric alerts; no rule price in the engine's sources",
      "azure",
      region,
    );
  const raw = str(props.evaluationFrequency);
  if (!raw) return unpriced("evaluationFrequency is not set", "azure", region);
  const minutes = durationMinutes(raw);
  if (minutes === undefined)
    return unpriced(`evaluationFrequency "${raw}" is not an ISO 8601 duration such as PT5M`, "azure", region);
  const tier = BY_FREQUENCY.find((t) => minutes <= t.maxMinutes)!;
  return priced(
    "azure",
    region,
    [{ item: `log alert rule (${tier.label})`, hourlyUsd: hourlyOf(tier.rule) }],
    [assumption, ...priceNotes(region, tier.rule, tier.series)],
    {
      usage: [
        usageAt(ctx, tier.series, "additionalTimeSeries", "time series beyond the first (dimension splits)"),
      ],
    },
  );
}

export const pricers: PricerModule["pricers"] = {
  "azure-native:monitor:ScheduledQueryRule": scheduledQueryRule,
};
