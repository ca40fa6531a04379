import { num, priced, Props, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice, UsageCharge } from "../types";
import { goldenPrice, hourlyOf, priceNotes, usageAt } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const AI = "application_insights_test (azurerm_application_insights)";
const INGESTION = goldenPrice(2.3, "GB", "eastus", AI, "2024-07-01");
const RETENTION = goldenPrice(0.1, "GB-month", "eastus", AI, "2024-07-01");
/** A standard web test run, from the golden's $5.65 for 8,760 runs (and its 600 s and 900 s rows). */
const STANDARD_RUN = goldenPrice(
  0.000645,
  "test run",
  "westeurope",
  "application_insights_standard_web_t_test (azurerm_application_insights_standard_web_test)",
  "2024-07-01",
);
const MULTISTEP = goldenPrice(
  10,
  "test-month",
  "eastus",
  "application_insights_web_t_test (azurerm_application_insights_web_test)",
  "2024-07-01",
);
const SECONDS_PER_MONTH = 730 * 3600;

/**
 * An Application Insights component. Workspace-based components bill ingestion in their Log
 * Analytics workspace; a classic one bills ingested GB and retention beyond 90 days (usage).
 */
function component(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  if (str(props.workspaceResourceId))
    return priced(
      "azure",
      region,
      [],
      [assumption, "workspace-based: ingestion is billed in its Log Analytics workspace"],
    );
  const retention = num(props.retentionInDays) ?? 90;
  const usage: UsageCharge[] = [usageAt(ctx, INGESTION, "dataIngestionGb", "GB ingested per month")];
  if (retention > 90)
    usage.push(usageAt(ctx, RETENTION, "retainedGb", `GB kept beyond 90 days (retention ${retention} days)`));
  return priced(
    "azure",
    region,
    [],
    [assumption, "classic component (no workspaceResourceId)", ...priceNotes(region, INGESTION, RETENTION)],
    {
      usage,
    },
  );
}

/** A web test: standard tests per run (frequency × locations), multi-step per test, ping tests are free. */
function webTest(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const kind = (str(props.webTestKind) ?? str(props.kind) ?? "").toLowerCase();
  if (props.enabled === false) return priced("azure", region, [], [assumption, "disabled: not billed"]);
  if (kind === "ping") return priced("azure", region, [], [assumption, "URL ping tests are not billed"]);
  if (kind === "multistep")
    return priced(
      "azure",
      region,
      [{ item: "multi-step web test", hourlyUsd: hourlyOf(MULTISTEP) }],
      [assumption, ...priceNotes(region, MULTISTEP)],
    );
  if (kind !== "standard")
    return unpriced(`webTestKind "${kind || "not set"}": use standard, multistep or ping`, "azure", region);
  const frequency = num(props.frequency) ?? 300;
  const locations = Array.isArray(props.locations) ? Math.max(1, props.locations.length) : 1;
  const runs = (SECONDS_PER_MONTH / frequency) * locations;
  return priced(
    "azure",
    region,
    [{ item: `${runs.toLocaleString("en-US")} test runs`, hourlyUsd: (runs * STANDARD_RUN.usd) / 730 }],
    [assumption, `every ${frequency} s from ${locations} location(s)`, ...priceNotes(region, STANDARD_RUN)],
  );
}

export const pricers: PricerModule["pricers"] = {
  "azure-native:applicationinsights:Component": component,
  "azure-native:applicationinsights:WebTest": webTest,
};
