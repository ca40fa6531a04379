import { priced, Props } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { derivedUsage, golden, priceNotes, usageAt } from "./price-kit";

const MON = (usd: number, unit: string) =>
  golden("monitoring_metric_descriptor", usd, unit, "us-central1", "2024-07-01");
/** Metric data ingested, tiered: 100,000 MB = $25,800.00, next 150,000 MB = $22,650.00, over 250,000 MB = $15,250.00. */
const TIERS = [
  { upTo: 100_000, price: MON(0.258, "MB") },
  { upTo: 250_000, price: MON(0.151, "MB") },
  { upTo: Infinity, price: MON(0.061, "MB") },
];
/** '$0.01 per 1k calls'. */
const API = MON(0.01, "1k calls");

/** A custom metric descriptor: the metric data written to it (tiered) and API calls, as usage. */
function metricDescriptor(_props: Props, ctx: PriceContext): ResourcePrice {
  const mb = ctx.usage?.monthlyMonitoringDataMb;
  let from = 0;
  const data = TIERS.map(({ upTo, price }) => {
    const q = mb === undefined ? undefined : Math.max(0, Math.min(mb, upTo) - from);
    const label =
      upTo === Infinity ? `MB of metric data over ${from}` : `MB of metric data (${from}–${upTo})`;
    from = upTo;
    return derivedUsage(price, "monthlyMonitoringDataMb", label, q);
  });
  return priced(
    "gcp",
    undefined,
    [],
    [...priceNotes(TIERS[0].price, undefined), "the monthly free allotment is not deducted"],
    {
      usage: [...data, usageAt(ctx, API, "monthlyApiCalls", "API calls", 1000)],
    },
  );
}

export const pricers: PricerModule["pricers"] = {
  "gcp:monitoring/metricDescriptor:MetricDescriptor": metricDescriptor,
};
