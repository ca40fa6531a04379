import { Props, str } from "../helpers";
import * as nativeStorage from "../azure/storage-account";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { defined, viaNative } from "./native";

/**
 * A classic storage account (azurerm_storage_account): `accountTier` + `accountReplicationType`
 * (the azure-native SKU name), `accountKind` and `accessTier`, priced as a StorageAccount (GB stored
 * and operations as usage).
 */
function account(props: Props, ctx: PriceContext): ResourcePrice {
  const tier = str(props.accountTier);
  const replication = str(props.accountReplicationType);
  return viaNative(
    nativeStorage,
    "azure-native:storage:StorageAccount",
    defined({
      location: props.location,
      sku: tier && replication ? { name: `${tier}_${replication}` } : undefined,
      kind: props.accountKind,
      accessTier: props.accessTier,
      tags: props.tags,
    }),
    ctx,
  );
}

export const pricers: PricerModule["pricers"] = { "azure:storage/account:Account": account };
