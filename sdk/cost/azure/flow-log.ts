import { dig, num, priced, Props, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice, UsageCharge } from "../types";
import { goldenPrice, priceNotes, usageAt } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const GOLDEN = "network_watcher_flow_log_test (azurerm_network_watcher_flow_log)";
const p = (usd: number) => goldenPrice(usd, "GB", "westeurope", GOLDEN, "2024-07-01");
const LOGS = p(0.5);
/** Traffic analytics per GB processed: hourly (60 min) or fast (10 min) processing. */
const ANALYTICS_60 = p(2.3);
const ANALYTICS_10 = p(3.5);

/** A flow log: GB of logs collected (beyond the free 5 GB) and, with traffic analytics, GB processed; all usage. */
function flowLog(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  if (props.enabled === false) return priced("azure", region, [], [assumption, "disabled: not billed"]);
  const usage: UsageCharge[] = [
    usageAt(ctx, LOGS, "logsCollectedGb", "GB of flow logs collected beyond the free 5 GB"),
  ];
  const analytics = dig(props, "flowAnalyticsConfiguration.networkWatcherFlowAnalyticsConfiguration");
  if (dig(analytics, "enabled") === true) {
    const fast = num(dig(analytics, "trafficAnalyticsInterval")) === 10;
    usage.push(
      usageAt(
        ctx,
        fast ? ANALYTICS_10 : ANALYTICS_60,
        "trafficAnalyticsGb",
        `GB processed by traffic analytics (${fast ? 10 : 60} min)`,
      ),
    );
  }
  return priced(
    "azure",
    region,
    [],
    [assumption, "flow log storage is billed on its storage account", ...priceNotes(region, LOGS)],
    { usage },
  );
}

export const pricers: PricerModule["pricers"] = { "azure-native:network:FlowLog": flowLog };
