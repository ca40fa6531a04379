import { dig, num, priced, Props, resolveReference, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes, usageAt } from "./list-prices";
import { NO_AZURE_LOCATION } from "./region";
import { storageAccountOf } from "./storage-redundancy";

const GOLDEN = "storage_share_test (azurerm_storage_share)";
const gb = (usd: number) => goldenPrice(usd, "GB-month", "westus", GOLDEN, "2024-07-01");

/** Data at rest per GB-month, by access tier and the account's redundancy. */
const AT_REST: Record<string, Partial<Record<"LRS" | "ZRS" | "GRS", ListPrice>>> = {
  TRANSACTIONOPTIMIZED: { LRS: gb(0.06), ZRS: gb(0.075), GRS: gb(0.1) },
  HOT: { LRS: gb(0.0287), ZRS: gb(0.036), GRS: gb(0.0632) },
  COOL: { LRS: gb(0.0228), ZRS: gb(0.0285), GRS: gb(0.0501) },
  PREMIUM: { LRS: gb(0.176), ZRS: gb(0.22) },
};

/**
 * An Azure Files share. Premium shares bill their provisioned quota (shareQuota); standard shares
 * bill the GB stored (usage) at their tier's rate. Redundancy is the storage account's.
 */
function fileShare(props: Props, ctx: PriceContext): ResourcePrice {
  const owner = resolveReference(props, "accountName", ctx)?.props;
  const { region, redundancy, kind, assumptions: where } = storageAccountOf(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const accountSku = str(dig(owner, "sku.name"));
  const premium =
    /^premium/i.test(accountSku ?? "") ||
    /^filestorage$/i.test(kind) ||
    /^premium$/i.test(str(props.accessTier) ?? "");
  const tier = premium ? "PREMIUM" : (str(props.accessTier) ?? "TransactionOptimized").toUpperCase();
  const price = AT_REST[tier]?.[redundancy as "LRS" | "ZRS" | "GRS"];
  if (!price)
    return unpriced(
      `a ${tier.toLowerCase()} ${redundancy} file share has no list price in the engine's sources`,
      "azure",
      region,
    );
  const assumptions = [...where, "transactions and snapshots not included", ...priceNotes(region, price)];
  if (premium) {
    const quota = num(props.shareQuota);
    if (quota === undefined)
      return unpriced("shareQuota is not set: a premium share bills its provisioned size", "azure", region);
    return priced(
      "azure",
      region,
      [{ item: `premium share ${quota} GB provisioned`, hourlyUsd: hourlyOf(price, quota) }],
      assumptions,
    );
  }
  return priced("azure", region, [], [`${tier.toLowerCase()} tier: billed per GB stored`, ...assumptions], {
    usage: [usageAt(ctx, price, "storageGb", "GB stored")],
  });
}

export const pricers: PricerModule["pricers"] = { "azure-native:storage:FileShare": fileShare };
