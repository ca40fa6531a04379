import { dig, num, priced, Props, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice, UsageCharge } from "../types";
import { goldenPrice, hourlyOf, priceNotes, usageAt } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const GOLDEN = "log_analytics_workspace_test (azurerm_log_analytics_workspace)";
const p = (usd: number, unit: string) => goldenPrice(usd, unit, "westeurope", GOLDEN, "2024-08-30");
const INGESTION = p(2.99, "GB");
const RETENTION = p(0.13, "GB-month");
/** The 100 GB/day commitment tier: $252.84 a day, 30 days a month in the golden. */
const COMMITMENT_100 = p(7585.2, "month");
/** Days of retention included with ingestion. */
const FREE_RETENTION_DAYS = 31;

/**
 * A Log Analytics workspace. Pay-as-you-go (PerGB2018) bills ingested GB and retention beyond 31
 * days (usage); a 100 GB/day commitment tier bills the commitment; the Free tier is not billed.
 */
function workspace(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const sku = str(dig(props, "sku.name")) ?? "PerGB2018";
  if (/^free$/i.test(sku))
    return priced("azure", region, [], [assumption, "the Free tier is not billed (500 MB a day cap)"]);
  const retention = num(props.retentionInDays) ?? 30;
  const usage: UsageCharge[] = [];
  if (retention > FREE_RETENTION_DAYS)
    usage.push(
      usageAt(
        ctx,
        RETENTION,
        "retainedGb",
        `GB kept beyond ${FREE_RETENTION_DAYS} days (retention ${retention} days)`,
      ),
    );
  if (/^capacityreservation$/i.test(sku)) {
    const level = num(dig(props, "sku.capacityReservationLevel"));
    if (level !== 100)
      return unpriced(
        `sku.capacityReservationLevel ${level ?? "not set"}: only the 100 GB/day commitment tier has a list price in the engine's sources`,
        "azure",
        region,
      );
    return priced(
      "azure",
      region,
      [{ item: "100 GB/day commitment", hourlyUsd: hourlyOf(COMMITMENT_100) }],
      [
        assumption,
        "ingestion beyond the commitment is not included",
        ...priceNotes(region, COMMITMENT_100, RETENTION),
      ],
      usage.length ? { usage } : {},
    );
  }
  if (!/^pergb2018$/i.test(sku))
    return unpriced(
      `sku.name "${sku}" has no list price in the engine's sources; priced: PerGB2018, CapacityReservation, Free`,
      "azure",
      region,
    );
  return priced(
    "azure",
    region,
    [],
    [assumption, "pay-as-you-go: billed per GB ingested", ...priceNotes(region, INGESTION, RETENTION)],
    { usage: [usageAt(ctx, INGESTION, "dataIngestionGb", "GB ingested per month"), ...usage] },
  );
}

export const pricers: PricerModule["pricers"] = { "azure-native:operationalinsights:Workspace": workspace };
