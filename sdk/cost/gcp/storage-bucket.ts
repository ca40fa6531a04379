import { STORAGE_CLASSES } from "../../units/storage";
import { GCS_STORAGE_CLASSES, gcsTier, storageClassOfTier } from "../../units/storage-classes";
import { missing, Props, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import { priceObjectStorage } from "../storage";
import type { PriceContext, ResourcePrice } from "../types";

/** The GCS classes the catalog has a price for (those of the StorageUnit classes). */
const PRICED_GCS_CLASSES = STORAGE_CLASSES.map((c) => GCS_STORAGE_CLASSES[c]);

/** A Cloud Storage bucket: GB-month of its storage class (volume from the lepton-expected-gb label). */
function bucket(props: Props, ctx: PriceContext): ResourcePrice {
  const location = str(props.location)?.toLowerCase();
  if (!location) return unpriced(missing("location", props.location), "gcp");
  const native = str(props.storageClass)?.toUpperCase() ?? "STANDARD";
  const tier = gcsTier(native);
  const cls = tier && storageClassOfTier(tier);
  if (!cls)
    return unpriced(
      `storage class ${native} is not in the catalog (${PRICED_GCS_CLASSES.join(", ")} are)`,
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
