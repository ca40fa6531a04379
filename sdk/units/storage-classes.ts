import { STORAGE_CLASSES, StorageClass } from "./storage";

/** A storage tier: the classes a StorageUnit asks for, and `cold`, which lifecycle rules move objects to. */
export type StorageTier = StorageClass | "cold";

/**
 * Google Cloud Storage's class for each tier: the one mapping the bucket component (which writes
 * it) and the cost engine (which reads it back) share.
 */
export const GCS_STORAGE_CLASSES = {
  hot: "STANDARD",
  cool: "NEARLINE",
  cold: "COLDLINE",
  archive: "ARCHIVE",
} as const satisfies Record<StorageTier, string>;

/** A GCS storage class name, as the API spells it. */
export type GcsStorageClass = (typeof GCS_STORAGE_CLASSES)[StorageTier];

/** The tier of a GCS storage class name (any case); undefined for a name not in `GCS_STORAGE_CLASSES`. */
export function gcsTier(native: string): StorageTier | undefined {
  const upper = native.toUpperCase();
  return (Object.keys(GCS_STORAGE_CLASSES) as StorageTier[]).find((t) => GCS_STORAGE_CLASSES[t] === upper);
}

/** The StorageUnit class of a tier; undefined for `cold`, which no StorageUnit (nor the catalog) has. */
export function storageClassOfTier(tier: StorageTier): StorageClass | undefined {
  return (STORAGE_CLASSES as readonly string[]).includes(tier) ? (tier as StorageClass) : undefined;
}
