import type { StorageClass } from "../../units/storage";
import { missing, Props, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import { priceObjectStorage } from "../storage";
import type { PriceContext, ResourcePrice } from "../types";

const GCS_CLASSES: Record<string, StorageClass> = { STANDARD: "hot", NEARLINE: "cool", ARCHIVE: "archive" };

/** A Cloud Storage bucket: GB-month of its storage class (volume from the lepton-expected-gb label). */
function bucket(props: Props, ctx: PriceContext): ResourcePrice {
  const location = str(props.location)?.toLowerCase();
  if (!location) return unpriced(missing("location", props.location), "gcp");
  const native = str(props.storageClass)?.toUpperCase() ?? "STANDARD";
  const cls = GCS_CLASSES[native];
  if (!cls)
    return unpriced(
      `storage class ${native} is not in the catalog (STANDARD, NEARLINE and ARCHIVE are)`,
      "gcp",
      location,
    );
  const known = ctx.catalog.region("gcp", location);
  return priceObjectStorage(
    "gcp",
    location,
    props,
    ctx,
    [
      known
        ? "region from the bucket's location"
        : `location ${location} is a multi-region: the all-regions figure is used`,
    ],
    cls,
  );
}

export const pricers: PricerModule["pricers"] = { "gcp:storage/bucket:Bucket": bucket };
