import { priced, Props, str } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, priceNotes, usageAt } from "./list-prices";

const PROCESSED = goldenPrice(
  0.325,
  "GB",
  "westeurope",
  "monitor_diagnostic_setting_test (azurerm_monitor_diagnostic_setting)",
  "2024-07-01",
);

/**
 * A diagnostic setting: platform logs it sends to a storage account, event hub or partner are
 * billed per GB processed (usage); logs sent only to a Log Analytics workspace are billed there.
 */
function diagnosticSetting(props: Props, ctx: PriceContext): ResourcePrice {
  const outside = ["storageAccountId", "eventHubAuthorizationRuleId", "marketplacePartnerId"].filter((k) =>
    str(props[k]),
  );
  if (!outside.length)
    return priced("azure", "global", [], ["sent to a Log Analytics workspace only: billed as its ingestion"]);
  return priced(
    "azure",
    "global",
    [],
    [`sent to ${outside.join(", ")}`, ...priceNotes(undefined, PROCESSED)],
    {
      usage: [usageAt(ctx, PROCESSED, "platformLogsGb", "GB of platform logs processed")],
    },
  );
}

export const pricers: PricerModule["pricers"] = {
  "azure-native:monitor:DiagnosticSetting": diagnosticSetting,
};
