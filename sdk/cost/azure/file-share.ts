import { azureLocation } from "../../catalog/region-names";
import { dig, num, priced, Props, resolveReference, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes, usageAt } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

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
  const account = resolveReference(props, "accountName", ctx)?.props;
  const own = str(account?.location);
  const region = own ? azureLocation(own) : azureRegion(props, ctx).region;
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const accountSku = str(dig(account, "sku.name"));
  const redundancy = (
    /_(LRS|ZRS|GRS|RAGRS|GZRS|RAGZRS)$/i.exec(accountSku ?? "")?.[1] ?? "LRS"
  ).toUpperCase();
  const premium =
    /^premium/i.test(accountSku ?? "") ||
    /^filestorage$/i.test(str(account?.kind) ?? "") ||
    /^premium$/i.test(str(props.accessTier) ?? "");
  const tier = premium ? "PREMIUM" : (str(props.accessTier) ?? "TransactionOptimized").toUpperCase();
  const price = AT_REST[tier]?.[redundancy as "LRS" | "ZRS" | "GRS"];
  if (!price)
    return unpriced(
      `a ${tier.toLowerCase()} ${redundancy} file share has no list price in the engine's sources`,
      "azure",
      region,
    );
  const assumptions = [
    own ? "region from its storage account" : "region from the provider (azure-native:location)",
    accountSku
      ? `redundancy ${redundancy} (storage account ${accountSku})`
      : "storage account not known: LRS assumed",
    "transactions and snapshots not included",
    ...priceNotes(region, price),
  ];
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
