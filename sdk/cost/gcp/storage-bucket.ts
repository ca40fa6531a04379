import { STORAGE_CLASSES } from "../../units/storage";
import { GCS_STORAGE_CLASSES, gcsTier, storageClassOfTier } from "../../units/storage-classes";
import { missing, Props, str, unpriced } from "../helpers";
import { describePrice, regionNote } from "../list-price";
import type { PricerModule } from "../registry";
import {
  catalogObjectPrice,
  noObjectPrice,
  objectStorageClass,
  ObjectStoragePrice,
  priceObjectStorage,
} from "../storage";
import type { PriceContext, ResourcePrice, UsageCharge } from "../types";
import { golden, usageAt } from "./price-kit";

/** The GCS classes the catalog has a price for (those of the StorageUnit classes). */
const PRICED_GCS_CLASSES = STORAGE_CLASSES.map((c) => GCS_STORAGE_CLASSES[c]);

/** The EU multi-region Standard bucket of the golden: storage and operations. */
const EU_STANDARD_GB = golden("storage_bucket", 0.026, "GiB-month", "eu", "2024-07-01");
const CLASS_A = golden("storage_bucket", 0.05, "10k operations", "eu", "2024-07-01");
const CLASS_B = golden("storage_bucket", 0.004, "10k operations", "eu", "2024-07-01");
/** Internet egress to anywhere but Asia and Australia, first 1 TB a month (EU and ASIA buckets alike). */
const EGRESS = golden("storage_bucket", 0.12, "GB", "*", "2024-07-01");

/**
 * A Cloud Storage bucket: GB stored in its class, and (Standard) class A and class B operations, all
 * usage-based. Regional buckets take the catalog's price (the one MultiCloudBucket is placed with);
 * the EU multi-region Standard price is the golden's; other multi-regions take the all-regions figure.
 */
function bucket(props: Props, ctx: PriceContext): ResourcePrice {
  const location = str(props.location)?.toLowerCase();
  if (!location) return unpriced(missing("location", props.location), "gcp");
  const native = str(props.storageClass)?.toUpperCase() ?? "STANDARD";
  const tier = gcsTier(native);
  const nativeClass = tier && storageClassOfTier(tier);
  if (!nativeClass)
    return unpriced(
      `storage class ${native} is not in the catalog (${PRICED_GCS_CLASSES.join(", ")} are)`,
      "gcp",
      location,
    );
  const cls = objectStorageClass(props, nativeClass);
  const known = ctx.catalog.region("gcp", location);
  let storage: ObjectStoragePrice | undefined;
  if (location === "eu" && cls === "hot")
    storage = { usdPerGbMonth: EU_STANDARD_GB.usd, source: describePrice(EU_STANDARD_GB), label: "" };
  else storage = catalogObjectPrice("gcp", location, cls, ctx);
  if (!storage) return noObjectPrice("gcp", location, cls);
  const requests: UsageCharge[] =
    cls === "hot"
      ? [
          usageAt(ctx, CLASS_A, "monthlyWriteRequests", "class A operations (object adds, lists)", 1e4),
          usageAt(ctx, CLASS_B, "monthlyReadRequests", "class B operations (object gets, metadata)", 1e4),
        ]
      : [];
  requests.push(usageAt(ctx, EGRESS, "internetEgressGb", "GB sent to the internet (first 1 TB band)"));
  return priceObjectStorage(
    "gcp",
    location,
    props,
    ctx,
    [
      known
        ? "region from the bucket's location"
        : location === "eu" && cls === "hot"
          ? "EU multi-region Standard price (the golden bills per GiB; applied per GB)"
          : `location ${location} is a multi-region: the all-regions figure is used`,
      cls === "hot"
        ? regionNote(CLASS_A, location).replace("list price", "operations price")
        : `${GCS_STORAGE_CLASSES[cls]} operations and retrieval: no price in the data, not included`,
      "internet egress at the first-1-TB rate to the worldwide (not Asia or Australia) zone; egress within the continent ($0.02/GB) is not included",
    ],
    { ...storage, label: `${GCS_STORAGE_CLASSES[cls]} storage` },
    requests,
  );
}

export const pricers: PricerModule["pricers"] = { "gcp:storage/bucket:Bucket": bucket };
