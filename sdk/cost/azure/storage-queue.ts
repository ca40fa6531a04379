import { priced, Props, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, priceNotes, usageAt } from "./list-prices";
import { NO_AZURE_LOCATION } from "./region";
import { storageAccountOf } from "./storage-redundancy";

const GOLDEN = "storage_queue_test (azurerm_storage_queue)";
const p = (usd: number, unit: string) => goldenPrice(usd, unit, "westus", GOLDEN, "2024-07-01");

/** Queue storage prices by account kind and redundancy: capacity per GB-month, class 1 and class 2 operations per 10K. */
const RATES: Record<string, Record<string, { gb: ListPrice; class1?: ListPrice; class2: ListPrice }>> = {
  StorageV2: {
    LRS: { gb: p(0.045, "GB-month"), class1: p(0.004, "10K operations"), class2: p(0.004, "10K operations") },
    ZRS: {
      gb: p(0.05625, "GB-month"),
      class1: p(0.004, "10K operations"),
      class2: p(0.004, "10K operations"),
    },
    GRS: {
      gb: p(0.0598, "GB-month"),
      class1: p(0.008, "10K operations"),
      class2: p(0.004, "10K operations"),
    },
    RAGRS: {
      gb: p(0.0748, "GB-month"),
      class1: p(0.008, "10K operations"),
      class2: p(0.004, "10K operations"),
    },
    GZRS: { gb: p(0.101, "GB-month"), class2: p(0.004, "10K operations") },
    RAGZRS: { gb: p(0.127, "GB-month"), class2: p(0.004, "10K operations") },
  },
  Storage: {
    LRS: {
      gb: p(0.045, "GB-month"),
      class1: p(0.0004, "10K operations"),
      class2: p(0.00036666667, "10K operations"),
    },
    GRS: {
      gb: p(0.06, "GB-month"),
      class1: p(0.0004, "10K operations"),
      class2: p(0.00036666667, "10K operations"),
    },
    RAGRS: {
      gb: p(0.075, "GB-month"),
      class1: p(0.0004, "10K operations"),
      class2: p(0.00036666667, "10K operations"),
    },
  },
};

/** A storage queue: GB stored and operations, all usage, at its account's kind and redundancy. */
function queue(props: Props, ctx: PriceContext): ResourcePrice {
  const account = storageAccountOf(props, ctx);
  if (!account.region) return unpriced(NO_AZURE_LOCATION, "azure");
  const rates = RATES[account.kind]?.[account.redundancy];
  if (!rates)
    return unpriced(
      `queues on a ${account.kind} ${account.redundancy} account have no list price in the engine's sources`,
      "azure",
      account.region,
    );
  const usage = [
    usageAt(ctx, rates.gb, "storageGb", "GB stored in the queue"),
    ...(rates.class1
      ? [usageAt(ctx, rates.class1, "class1Operations", "class 1 operations (writes, lists)", 1e4)]
      : []),
    usageAt(ctx, rates.class2, "class2Operations", "class 2 operations (reads, deletes)", 1e4),
  ];
  return priced(
    "azure",
    account.region,
    [],
    [
      ...account.assumptions,
      rates.class1 ? "" : "class 1 operations have no price in the sources for this redundancy: not included",
      ...priceNotes(account.region, rates.gb),
    ],
    { usage },
  );
}

export const pricers: PricerModule["pricers"] = { "azure-native:storage:Queue": queue };
