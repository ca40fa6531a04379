import * as s3 from "@pulumi/aws/s3";
import * as pulumi from "@pulumi/pulumi";
import type { Issue } from "../../sdk/errors";
import { child, type Transform } from "../shared/transform";
import { BucketBackend, BucketIntent, transitions } from "./backend";

/** The S3 children, for users to reach past the abstraction. */
export interface AwsBucketResources {
  bucket: s3.Bucket;
  ownershipControls: s3.BucketOwnershipControls;
  publicAccessBlock: s3.BucketPublicAccessBlock;
  encryption: s3.BucketServerSideEncryptionConfiguration;
  /** Absent when `versioning` is false. */
  versioning?: s3.BucketVersioning;
  lifecycle: s3.BucketLifecycleConfiguration;
  policy: s3.BucketPolicy;
}

/** Per-child escape hatches on AWS. */
export interface AwsBucketTransforms {
  bucket?: Transform<s3.BucketArgs>;
  ownershipControls?: Transform<s3.BucketOwnershipControlsArgs>;
  publicAccessBlock?: Transform<s3.BucketPublicAccessBlockArgs>;
  encryption?: Transform<s3.BucketServerSideEncryptionConfigurationArgs>;
  versioning?: Transform<s3.BucketVersioningArgs>;
  lifecycle?: Transform<s3.BucketLifecycleConfigurationArgs>;
  policy?: Transform<s3.BucketPolicyArgs>;
}

/** S3 storage classes for the tiers (the catalog prices `archive` as Glacier Flexible Retrieval). */
const S3_CLASS = { cool: "STANDARD_IA", cold: "GLACIER_IR", archive: "GLACIER" } as const;

/** S3 moves objects to Standard-IA only after 30 days, and out of it only after 30 more. */
const IA_MINIMUM_DAYS = 30;

/**
 * The transitions S3 runs: the class the unit asks for (S3 has no default class, so a `cool`
 * bucket moves objects to Standard-IA at the earliest day S3 allows, an `archive` one to Glacier at
 * once), then the tiering.
 */
function s3Transitions(plan: BucketIntent) {
  const start =
    plan.unit.class === "cool"
      ? [{ tier: "cool" as const, days: IA_MINIMUM_DAYS, implied: true }]
      : plan.unit.class === "archive"
        ? [{ tier: "archive" as const, days: 0, implied: true }]
        : [];
  return [...start, ...transitions(plan.tiering).map((t) => ({ ...t, implied: false }))];
}

export const awsBucket: BucketBackend<AwsBucketResources> = {
  check(intent) {
    const issues: Issue[] = [];
    let iaDay: number | undefined;
    for (const t of s3Transitions(intent)) {
      const field = `tiering.${t.tier}AfterDays`;
      if (t.tier === "cool" && !t.implied && t.days < IA_MINIMUM_DAYS) {
        issues.push({
          path: field,
          value: t.days,
          problem: `${t.days} is too early for S3`,
          expected: `S3 moves objects to Standard-IA only after ${IA_MINIMUM_DAYS} days or more in Standard; use ${IA_MINIMUM_DAYS} or more, or skip the cool tier`,
        });
      } else if (iaDay !== undefined && t.days < iaDay + IA_MINIMUM_DAYS) {
        issues.push({
          path: field,
          value: t.days,
          problem: `${t.days} is too early for S3`,
          expected: `objects must stay ${IA_MINIMUM_DAYS} days in Standard-IA (reached on day ${iaDay}${intent.unit.class === "cool" ? ' because storage.class is "cool"' : ""}) before S3 moves them on; use ${iaDay + IA_MINIMUM_DAYS} or more`,
        });
      }
      if (t.tier === "cool") iaDay = t.days;
    }
    return issues;
  },

  build(plan, opts) {
    const t = plan.args.transform?.aws;
    const region = plan.region;
    const bucket = child(
      s3.Bucket,
      plan.storageName,
      { region, forceDestroy: false, tags: plan.storageTags },
      opts,
      t?.bucket,
    );
    // ACLs off: access is decided by policy only, so no object can be made public by an ACL.
    const ownershipControls = child(
      s3.BucketOwnershipControls,
      `${plan.name}-ownership`,
      { region, bucket: bucket.id, rule: { objectOwnership: "BucketOwnerEnforced" } },
      opts,
      t?.ownershipControls,
    );
    const publicAccessBlock = child(
      s3.BucketPublicAccessBlock,
      `${plan.name}-public-access`,
      {
        region,
        bucket: bucket.id,
        blockPublicAcls: true,
        ignorePublicAcls: true,
        // Public read is granted by the bucket policy, so only policies may be public.
        blockPublicPolicy: !plan.publicRead,
        restrictPublicBuckets: !plan.publicRead,
      },
      opts,
      t?.publicAccessBlock,
    );
    const encryption = child(
      s3.BucketServerSideEncryptionConfiguration,
      `${plan.name}-encryption`,
      {
        region,
        bucket: bucket.id,
        rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }],
      },
      opts,
      t?.encryption,
    );
    const versioning = plan.versioning
      ? child(
          s3.BucketVersioning,
          `${plan.name}-versioning`,
          { region, bucket: bucket.id, versioningConfiguration: { status: "Enabled" } },
          opts,
          t?.versioning,
        )
      : undefined;
    const moves = s3Transitions(plan);
    const expire = plan.tiering.expireAfterDays;
    const lifecycle = child(
      s3.BucketLifecycleConfiguration,
      `${plan.name}-lifecycle`,
      {
        region,
        bucket: bucket.id,
        rules: [
          {
            id: "lepton-tiering",
            status: "Enabled",
            filter: { prefix: "" },
            transitions: moves.map((m) => ({ days: m.days, storageClass: S3_CLASS[m.tier] })),
            ...(expire !== undefined ? { expiration: { days: expire } } : {}),
            // Expiry makes the current version noncurrent; this removes it (and older ones) too.
            ...(plan.versioning && expire !== undefined
              ? { noncurrentVersionExpiration: { noncurrentDays: expire } }
              : {}),
            // Parts of uploads that never completed are billed until removed.
            abortIncompleteMultipartUpload: { daysAfterInitiation: 7 },
          },
        ],
      },
      { ...opts, dependsOn: versioning ? [versioning] : [] },
      t?.lifecycle,
    );
    const statements: unknown[] = [
      {
        Sid: "DenyInsecureTransport",
        Effect: "Deny",
        Principal: "*",
        Action: "s3:*",
        Resource: [bucket.arn, pulumi.interpolate`${bucket.arn}/*`],
        Condition: { Bool: { "aws:SecureTransport": "false" } },
      },
    ];
    if (plan.publicRead) {
      statements.push({
        Sid: "PublicRead",
        Effect: "Allow",
        Principal: "*",
        Action: "s3:GetObject",
        Resource: pulumi.interpolate`${bucket.arn}/*`,
      });
    }
    const policy = child(
      s3.BucketPolicy,
      `${plan.name}-policy`,
      {
        region,
        bucket: bucket.id,
        policy: pulumi.jsonStringify({ Version: "2012-10-17", Statement: statements }),
      },
      // S3 rejects a public policy until the access block allows one.
      { ...opts, dependsOn: [publicAccessBlock, ownershipControls] },
      t?.policy,
    );
    return {
      bucketName: bucket.bucket,
      url: pulumi.interpolate`https://${bucket.bucketRegionalDomainName}`,
      resources: { bucket, ownershipControls, publicAccessBlock, encryption, versioning, lifecycle, policy },
    };
  },
};
