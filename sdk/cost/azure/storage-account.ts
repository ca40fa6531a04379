import { dig, priced, Props, str, unpriced } from "../helpers";
import { describePrice, ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import { catalogObjectPrice, noObjectPrice, ObjectStoragePrice, priceObjectStorage } from "../storage";
import type { PriceContext, ResourcePrice, UsageCharge } from "../types";
import { goldenPrice, usageAt } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const ACCOUNT = "storage_account_test (azurerm_storage_account)";
const SHARE = "storage_share_test (azurerm_storage_account)";
const gb = (usd: number) => goldenPrice(usd, "GB-month", "westus", ACCOUNT, "2024-07-01");
const ops = (usd: number, golden = ACCOUNT) =>
  goldenPrice(usd, "10k operations", "westus", golden, "2024-07-01");
const RETRIEVAL = goldenPrice(0.01, "GB", "westus", ACCOUNT, "2024-07-01");

/**
 * Blob prices by access tier and redundancy (westus, StorageV2 rows of the golden; BlobStorage and
 * BlockBlobStorage rows print the same figures). Hot capacity is the first-50-TB band. `gb`
 * undefined: the catalog's object price (LRS), the one MultiCloudBucket is placed with.
 */
interface TierRates {
  gb?: ListPrice;
  write?: ListPrice;
  read?: ListPrice;
  retrieval?: ListPrice;
}
const BLOB_RATES: Record<string, TierRates> = {
  "Hot.LRS": { write: ops(0.055), read: ops(0.0044, SHARE) },
  "Hot.ZRS": { gb: gb(0.026), read: ops(0.0044, SHARE) },
  "Hot.GRS": { gb: gb(0.0458), write: ops(0.11), read: ops(0.0044, SHARE) },
  "Hot.RAGRS": { gb: gb(0.0478), write: ops(0.11), read: ops(0.0044, SHARE) },
  "Cool.LRS": { write: ops(0.1), read: ops(0.01), retrieval: RETRIEVAL },
  "Cool.ZRS": { gb: gb(0.0144), write: ops(0.1), read: ops(0.01), retrieval: RETRIEVAL },
  "Cool.GRS": { gb: gb(0.023), write: ops(0.2), read: ops(0.01), retrieval: RETRIEVAL },
  "Cool.RAGRS": { gb: gb(0.0288), write: ops(0.2), read: ops(0.01), retrieval: RETRIEVAL },
  "Premium.LRS": { gb: gb(0.195), write: ops(0.0228), read: ops(0.00182) },
  "Premium.ZRS": { gb: gb(0.259), write: ops(0.0303), read: ops(0.00242) },
  // General-purpose v1 accounts (kind Storage) have one price per redundancy.
  "v1.LRS": { gb: gb(0.024) },
  "v1.ZRS": { gb: gb(0.03) },
  "v1.GRS": { gb: gb(0.048) },
  "v1.RAGRS": { gb: gb(0.061) },
};

/** The tier and redundancy of an account: `sku.name` `Standard_GRS`, `kind`, `accessTier`. */
function accountClass(props: Props): { tier: string; redundancy: string; sku: string; kind: string } {
  const sku = str(dig(props, "sku.name")) ?? "Standard_LRS";
  const kind = str(props.kind) ?? "StorageV2";
  const redundancy = (/_([A-Z]+)$/i.exec(sku)?.[1] ?? "LRS").toUpperCase();
  const premium = /^Premium/i.test(sku) || kind === "BlockBlobStorage" || props.accessTier === "Premium";
  const tier = premium ? "Premium" : kind === "Storage" ? "v1" : props.accessTier === "Cool" ? "Cool" : "Hot";
  const other = str(props.accessTier);
  return {
    tier: other && !premium && !["Hot", "Cool"].includes(other) ? other : tier,
    redundancy,
    sku,
    kind,
  };
}

/**
 * A storage account: GB stored in its access tier and redundancy, write and read operations and
 * (Cool) data retrieval, all usage-based. FileStorage accounts bill their shares' capacity, which is
 * priced on the FileShare resources.
 */
function storageAccount(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const { tier, redundancy, sku, kind } = accountClass(props);
  if (kind === "FileStorage")
    return priced(
      "azure",
      region,
      [],
      [
        assumption,
        "a FileStorage account's capacity is billed on its file shares (priced on each FileShare)",
      ],
    );
  const rates = BLOB_RATES[`${tier}.${redundancy}`];
  if (!rates)
    return unpriced(
      `no blob price for access tier ${tier} with ${redundancy} redundancy (${sku}, kind ${kind}) in the data; priced: ${Object.keys(BLOB_RATES).join(", ")}`,
      "azure",
      region,
    );
  let storage: ObjectStoragePrice | undefined;
  if (rates.gb) storage = { usdPerGbMonth: rates.gb.usd, source: describePrice(rates.gb), label: "" };
  else {
    const cls = tier === "Cool" ? "cool" : "hot";
    storage = catalogObjectPrice("azure", region, cls, ctx);
    if (!storage) return noObjectPrice("azure", region, cls);
  }
  const label = `${tier === "v1" ? "general-purpose v1" : `${tier} tier`} ${redundancy}`;
  const requests: UsageCharge[] = [];
  if (rates.write)
    requests.push(usageAt(ctx, rates.write, "monthlyWriteOperations", "write operations", 1e4));
  if (rates.read) requests.push(usageAt(ctx, rates.read, "monthlyReadOperations", "read operations", 1e4));
  if (rates.retrieval) requests.push(usageAt(ctx, rates.retrieval, "monthlyRetrievalGb", "GB retrieved"));
  const notPriced = [!rates.write && "write", !rates.read && "read"].filter(Boolean);
  const sample = rates.gb ?? rates.write;
  return priceObjectStorage(
    "azure",
    region,
    props,
    ctx,
    [
      assumption,
      `${label} (${sku}, kind ${kind}${props.accessTier ? "" : tier === "Hot" ? ", access tier not set: Hot" : ""})`,
      tier === "Hot" ? "Hot capacity at the first-50-TB rate (beyond 50 TB the rate is lower)" : "",
      sample && sample.region !== region
        ? `westus prices are used for ${region} (regional prices differ)`
        : "",
      notPriced.length ? `${notPriced.join(" and ")} operations: no price in the data for ${label}` : "",
      "list, other operations, blob index and early deletion are not included",
    ],
    { ...storage, label },
    requests,
  );
}

export const pricers: PricerModule["pricers"] = { "azure-native:storage:StorageAccount": storageAccount };
