import { createHash } from "node:crypto";
import * as pulumi from "@pulumi/pulumi";
import type { PublicCloud } from "../../sdk/catalog/types";
import type { Issue } from "../../sdk/errors";
import type { ResolvedStorageUnit } from "../../sdk/units/storage";
import type { MultiCloudBucketArgs } from "./index";

/** When objects move to a colder tier or are deleted, in days after they were written. */
export interface Tiering {
  /** Days until objects move to the cool tier (S3 Standard-IA, Blob Cool, GCS Nearline). @default never */
  coolAfterDays?: number;
  /** Days until objects move to the cold tier (S3 Glacier Instant Retrieval, Blob Cold, GCS Coldline). @default never */
  coldAfterDays?: number;
  /** Days until objects move to the archive tier (S3 Glacier Flexible Retrieval, Blob Archive, GCS Archive). @default never */
  archiveAfterDays?: number;
  /** Days until objects (and, with versioning, their old versions) are deleted. @default never */
  expireAfterDays?: number;
}

/** What is asked of the bucket, whatever the target: what each target checks against its limits. */
export interface BucketIntent {
  unit: ResolvedStorageUnit;
  tiering: Tiering;
}

/** Everything decided about a bucket before any child exists: the backends only compile it. */
export interface BucketPlan extends BucketIntent {
  /** The component's name; children are named `${name}-<role>`. */
  name: string;
  /** A lowercase name the storage services accept, for the children whose names become global. */
  storageName: string;
  args: MultiCloudBucketArgs;
  cloud: PublicCloud;
  region: string;
  versioning: boolean;
  publicRead: boolean;
  /** Tags for the storage resource itself, with `lepton:expected-gb` and `lepton:storage-class`. */
  storageTags: Record<string, string>;
  /** Tags for the other children that take tags. */
  tags: Record<string, string>;
}

/** What a backend built: the bucket's address and the children, to reach past the abstraction. */
export interface BucketBuild<Resources> {
  bucketName: pulumi.Output<string>;
  url: pulumi.Output<string>;
  resources: Resources;
}

/** One target. Adding a cloud is adding a file that implements this. */
export interface BucketBackend<Resources> {
  /** Problems only this target has with the request (its own limits on classes, tiers and days). */
  check(intent: BucketIntent): Issue[];
  /** Creates the children with `opts` (parent and explicit provider) on each. */
  build(plan: BucketPlan, opts: pulumi.CustomResourceOptions): BucketBuild<Resources>;
}

/**
 * A bucket name S3, GCS and Blob containers all accept: lowercase letters, digits and single
 * hyphens, 3 to 40 characters (autonaming adds a suffix), starting and ending alphanumeric.
 */
export function storageName(name: string): string {
  const s = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  return s.length >= 3 ? s : `${s || "x"}-bucket`;
}

/**
 * A storage account's logical name: lowercase letters and digits only, at most 16 characters, so
 * the 8 characters azure-native autonaming appends keep it within Azure's 24. A long name keeps
 * its start and a hash of the whole, so two long names never collide.
 */
export function accountName(name: string): string {
  const s = name.toLowerCase().replace(/[^a-z0-9]/g, "");
  if (s.length >= 3 && s.length <= 16) return s;
  const hash = createHash("sha256").update(name).digest("hex").slice(0, 6);
  return `${s.slice(0, 10)}${hash}`;
}

/** The tier transitions that apply, coldest last, with their day. */
export function transitions(t: Tiering): { tier: "cool" | "cold" | "archive"; days: number }[] {
  return (["cool", "cold", "archive"] as const)
    .map((tier) => ({ tier, days: t[`${tier}AfterDays`] }))
    .filter((x): x is { tier: "cool" | "cold" | "archive"; days: number } => x.days !== undefined);
}
