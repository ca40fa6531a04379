import { priced, Props, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, priceNotes, usageAt } from "./list-prices";
import { NO_AZURE_LOCATION } from "./region";
import { storageAccountOf } from "./storage-redundancy";

const GOLDEN = "storage_table_test (azurerm_storage_table)";
const p = (usd: number, unit: string) => goldenPrice(usd, unit, "westeurope", GOLDEN, "2026-05-04");
/** Table capacity per GB-month by redundancy (accounts without a table encryption key). */
const CAPACITY: Record<string, ListPrice> = {
  LRS: p(0.045, "GB-month"),
  ZRS: p(0.0562, "GB-month"),
  GRS: p(0.06, "GB-month"),
  RAGRS: p(0.075, "GB-month"),
  GZRS: p(0.1, "GB-month"),
  RAGZRS: p(0.13, "GB-month"),
};
const OPERATIONS = p(0.00036, "10K operations");

/** A storage table: GB stored and operations, as usage, at its account's redundancy. */
function table(props: Props, ctx: PriceContext): ResourcePrice {
  const account = storageAccountOf(props, ctx);
  if (!account.region) return unpriced(NO_AZURE_LOCATION, "azure");
  const gb = CAPACITY[account.redundancy];
  if (!gb)
    return unpriced(
      `tables on a ${account.redundancy} account have no list price in the engine's sources`,
      "azure",
      account.region,
    );
  return priced(
    "azure",
    account.region,
    [],
    [...account.assumptions, ...priceNotes(account.region, gb, OPERATIONS)],
    {
      usage: [
        usageAt(ctx, gb, "storageGb", "GB stored in the table"),
        usageAt(ctx, OPERATIONS, "monthlyOperations", "table operations per month", 1e4),
      ],
    },
  );
}

export const pricers: PricerModule["pricers"] = { "azure-native:storage:Table": table };
