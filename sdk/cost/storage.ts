import type { PublicCloud } from "../catalog/types";
import { readNumericTag, readTag, TAGS } from "../tags";
import { STORAGE_CLASSES, StorageClass } from "../units/storage";
import { perGbMonth, priced, Props, unpriced } from "./helpers";
import type { PriceContext, ResourcePrice } from "./types";

/**
 * Object storage is billed per GB stored, which no resource input says: the figure uses the
 * `lepton:expected-gb` tag (MultiCloudBucket sets it) and is 0 GB, stated, without it.
 */
export function priceObjectStorage(
  cloud: PublicCloud,
  region: string,
  props: Props,
  ctx: PriceContext,
  assumptions: string[],
  nativeClass?: StorageClass,
): ResourcePrice {
  const tagged = readTag(props, TAGS.storageClass);
  const cls: StorageClass = (STORAGE_CLASSES as readonly string[]).includes(tagged ?? "")
    ? (tagged as StorageClass)
    : (nativeClass ?? "hot");
  const price = ctx.catalog.service(cloud, region, `object.${cls}`);
  if (!price)
    return unpriced(
      `no ${cls} object storage price for ${cloud} ${region} in the catalog; add one with a user catalog`,
      cloud,
      region,
    );
  const gb = readNumericTag(props, TAGS.expectedGb);
  return priced(
    cloud,
    region,
    [{ item: `${cls} storage ${gb ?? 0} GB`, hourlyUsd: perGbMonth(price.usd, gb ?? 0) }],
    [
      ...assumptions,
      `$${price.usd}/GB-month${price.note ? ` (${price.note})` : ""}`,
      gb === undefined
        ? "stored volume unknown: 0 GB assumed; tag lepton:expected-gb to price it"
        : `${gb} GB stored (lepton:expected-gb)`,
      "requests and retrieval not included",
    ],
  );
}
