import type { PublicCloud } from "../catalog/types";
import { readNumericTag, readTag, TAGS } from "../tags";
import { STORAGE_CLASSES, StorageClass } from "../units/storage";
import { describeUsage, priced, Props, unpriced } from "./helpers";
import type { PriceContext, ResourcePrice, UsageCharge } from "./types";

/** The usage-file key of the GB stored in a bucket or storage account (a monthly average, in GB). */
export const STORAGE_GB_KEY = "storageGb";

/** A GB-month storage price as the bucket pricers use it: the figure and where it comes from. */
export interface ObjectStoragePrice {
  usdPerGbMonth: number;
  /** Source and date (or the catalog note that stands for them), shown with the charge. */
  source: string;
  /** What is stored, e.g. `S3 Standard` or `hot LRS`. */
  label: string;
}

/** The class a bucket is priced in: the `lepton:storage-class` tag (MultiCloudBucket sets it), else the native one. */
export function objectStorageClass(props: Props, nativeClass: StorageClass = "hot"): StorageClass {
  const tagged = readTag(props, TAGS.storageClass);
  return (STORAGE_CLASSES as readonly string[]).includes(tagged ?? "")
    ? (tagged as StorageClass)
    : nativeClass;
}

/**
 * The catalog's GB-month price of a class in a region, the figure MultiCloudBucket is placed and
 * priced with (so the component's own cost and the plan's price of its bucket agree).
 */
export function catalogObjectPrice(
  cloud: PublicCloud,
  region: string,
  cls: StorageClass,
  ctx: PriceContext,
): ObjectStoragePrice | undefined {
  const p = ctx.catalog.service(cloud, region, `object.${cls}`);
  if (!p) return undefined;
  return {
    usdPerGbMonth: p.usd,
    source: `${ctx.catalog.describeSource(p.source)}${p.note ? `; ${p.note}` : ""}`,
    label: `${cls} storage`,
  };
}

/** The reason a bucket is unpriced when the catalog has no price for its class. */
export function noObjectPrice(cloud: PublicCloud, region: string, cls: StorageClass): ResourcePrice {
  return unpriced(
    `no ${cls} object storage price for ${cloud} ${region} in the catalog; add one with a user catalog`,
    cloud,
    region,
  );
}

/**
 * The GB stored, a usage charge: its quantity is the usage file's `storageGb`, else the
 * `lepton:expected-gb` tag, else unknown (listed with its unit price, never a silent 0 GB).
 */
export function storedGbCharge(
  props: Props,
  ctx: PriceContext,
  price: ObjectStoragePrice,
): { charge: UsageCharge; assumption: string } {
  const charge: UsageCharge = {
    key: STORAGE_GB_KEY,
    quantityUnit: `GB stored (${price.label})`,
    unit: "GB-month",
    unitSize: 1,
    usdPerUnit: price.usdPerGbMonth,
    source: price.source,
  };
  const fromFile = ctx.usage?.[STORAGE_GB_KEY];
  const tagged = readNumericTag(props, TAGS.expectedGb);
  if (fromFile !== undefined)
    return {
      charge: { ...charge, quantity: fromFile },
      assumption: `${fromFile} GB stored (usage file ${STORAGE_GB_KEY}${tagged !== undefined ? `, over the lepton:expected-gb tag's ${tagged}` : ""})`,
    };
  if (tagged !== undefined)
    return {
      charge: { ...charge, quantity: tagged },
      assumption: `${tagged} GB stored (lepton:expected-gb tag)`,
    };
  return {
    charge,
    assumption: `GB stored not known: ${describeUsage(charge)} (${price.label}); set ${STORAGE_GB_KEY} in the usage file or tag lepton:expected-gb`,
  };
}

/**
 * Object storage is billed per GB stored and per request, which no resource input says: the GB
 * stored is a usage charge (see `storedGbCharge`), requests and retrieval are further usage
 * charges the caller gives with their unit prices.
 */
export function priceObjectStorage(
  cloud: PublicCloud,
  region: string,
  props: Props,
  ctx: PriceContext,
  assumptions: string[],
  price: ObjectStoragePrice,
  requests: UsageCharge[] = [],
): ResourcePrice {
  const stored = storedGbCharge(props, ctx, price);
  return priced(
    cloud,
    region,
    [],
    [
      ...assumptions,
      `${price.label}: $${price.usdPerGbMonth} per GB-month (${price.source})`,
      stored.assumption,
    ],
    { usage: [stored.charge, ...requests] },
  );
}
