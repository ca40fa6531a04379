import * as gcs from "@pulumi/gcp/storage";
import * as pulumi from "@pulumi/pulumi";
import { GCS_STORAGE_CLASSES, StorageTier } from "../../sdk/units/storage-classes";
import { child, type Transform } from "../shared/transform";
import { BucketBackend, transitions } from "./backend";

/** The GCS children, for users to reach past the abstraction. */
export interface GcpBucketResources {
  bucket: gcs.Bucket;
  /** The `allUsers` reader; only with `publicRead`. */
  publicReader?: gcs.BucketIAMMember;
}

/** Per-child escape hatches on GCP. */
export interface GcpBucketTransforms {
  bucket?: Transform<gcs.BucketArgs>;
  publicReader?: Transform<gcs.BucketIAMMemberArgs>;
}

/** The tiers from warmest to coldest. */
const TIERS: readonly StorageTier[] = ["hot", "cool", "cold", "archive"];

/** The GCS classes warmer than a tier: only objects still in one of them move. */
const warmerThan = (tier: StorageTier) =>
  TIERS.slice(0, TIERS.indexOf(tier)).map((t) => GCS_STORAGE_CLASSES[t]);

export const gcpBucket: BucketBackend<GcpBucketResources> = {
  // GCS has no minimum age for a class change (early deletion is billed, not refused).
  check: () => [],

  build(plan, opts) {
    const t = plan.args.transform?.gcp;
    const rules: gcs.BucketArgs["lifecycleRules"] = transitions(plan.tiering).map((m) => ({
      action: { type: "SetStorageClass", storageClass: GCS_STORAGE_CLASSES[m.tier] },
      // Matching only warmer classes keeps a rule from moving an object back up.
      condition: { age: m.days, matchesStorageClasses: warmerThan(m.tier) },
    }));
    if (plan.tiering.expireAfterDays !== undefined) {
      // Age counts from creation for live and replaced versions alike, so this deletes both.
      rules.push({ action: { type: "Delete" }, condition: { age: plan.tiering.expireAfterDays } });
    }
    const bucket = child(
      gcs.Bucket,
      plan.storageName,
      {
        // GCS reports locations in upper case; writing them so avoids a diff on every refresh.
        location: plan.region.toUpperCase(),
        storageClass: GCS_STORAGE_CLASSES[plan.unit.class],
        uniformBucketLevelAccess: true,
        publicAccessPrevention: plan.publicRead ? "inherited" : "enforced",
        versioning: { enabled: plan.versioning },
        lifecycleRules: rules,
        forceDestroy: false,
        labels: plan.storageTags,
      },
      opts,
      t?.bucket,
    );
    const publicReader = plan.publicRead
      ? child(
          gcs.BucketIAMMember,
          `${plan.name}-public-read`,
          { bucket: bucket.name, role: "roles/storage.objectViewer", member: "allUsers" },
          opts,
          t?.publicReader,
        )
      : undefined;
    return {
      bucketName: bucket.name,
      url: pulumi.interpolate`https://storage.googleapis.com/${bucket.name}`,
      resources: { bucket, publicReader },
    };
  },
};
