import * as pulumi from "@pulumi/pulumi";
import type { PublicCloud } from "../../sdk/catalog/types";
import { PUBLIC_CLOUDS } from "../../sdk/catalog/types";
import type { StoragePrice } from "../../sdk/cost/unit-prices";
import { Issue, throwIfIssues, ValidationError } from "../../sdk/errors";
import { checkChildNames, type NameClaim, normalizableIssues, type Normalization } from "../../sdk/names";
import { checkTags, TAGS } from "../../sdk/tags";
import { Checker } from "../../sdk/units/checks";
import { ResolvedStorageUnit, StorageUnit, validateStorageUnit } from "../../sdk/units/storage";
import { priceStorageUnit } from "../../sdk/cost/unit-prices";
import { leptonConfig } from "../shared/config";
import { lockKey, placeBucketUnderLock } from "../shared/lock";
import { reportCost } from "../shared/cost-sink";
import { claimChildNames, normalizedInput } from "../shared/names";
import { assertPlain } from "../shared/plain";
import type { ProviderMap } from "../shared/providers";
import {
  checkStoragePlacement,
  placeStorageForComponent,
  StoragePlacementArgs,
} from "../shared/storage-placement";
import { childTags } from "../shared/tags";
import { AwsBucketResources, AwsBucketTransforms, awsBucket } from "./aws";
import { AzureBucketResources, AzureBucketTransforms, azureBucket } from "./azure";
import type { BucketBackend, BucketBuild, BucketIntent, BucketPlan, Tiering } from "./backend";
import { accountName, storageName } from "./backend";
import { GcpBucketResources, GcpBucketTransforms, gcpBucket } from "./gcp";

export type { AwsBucketResources, AwsBucketTransforms } from "./aws";
export type { AzureBucketResources, AzureBucketTransforms } from "./azure";
export type { GcpBucketResources, GcpBucketTransforms } from "./gcp";
export type { Tiering } from "./backend";

const TYPE = "lepton-multicloud:index:MultiCloudBucket";

/** Tag naming why a bucket is world-readable, for reviewers and the policy pack. */
export const PUBLIC_READ_TAG = "lepton:public-read";

/** Per-child escape hatches, per cloud (see each cloud's children in the README). */
export interface MultiCloudBucketTransforms {
  aws?: AwsBucketTransforms;
  azure?: AzureBucketTransforms;
  gcp?: GcpBucketTransforms;
}

/** Arguments of a MultiCloudBucket. */
export interface MultiCloudBucketArgs {
  /**
   * What is stored: expected GB (priced by the sdk) and the class objects start in. On AWS, which
   * has no bucket-wide class, `cool` moves objects to Standard-IA after 30 days (the earliest S3
   * allows) and `archive` moves them to Glacier at once; uploads that name the class skip that.
   */
  storage: StorageUnit;
  /**
   * Where the bucket goes: a pinned cloud and/or region, or the cheapest region for the class (in
   * a geography, if given). Clouds that cannot honour `storage` and `tiering` are skipped.
   * @default the cheapest cloud for the class; on a cloud whose default provider has a region, that region
   */
  placement?: StoragePlacementArgs;
  /**
   * Moves objects to colder tiers, then deletes them, by age in days; each step must come after
   * the one before. Clouds state their own limits (S3: 30 days before Standard-IA and 30 in it).
   * @default no tiering and no expiry
   */
  tiering?: Tiering;
  /** Keep every version of every object. @default true */
  versioning?: boolean;
  /**
   * Make objects world-readable (never listable or writable). Needs `publicReadReason`.
   * @default false
   */
  publicRead?: boolean;
  /** Why the objects must be public; required with `publicRead`, kept as a tag. @default none */
  publicReadReason?: string;
  /** Azure only: an existing resource group for the storage account. @default a new resource group */
  resourceGroupName?: pulumi.Input<string>;
  /** Extra tags/labels (normalized per cloud; yours win over Lepton's). @default none */
  tags?: Record<string, string>;
  /** Explicit providers per cloud. @default the default providers */
  providers?: ProviderMap;
  /** Per-child escape hatches. @default none */
  transform?: MultiCloudBucketTransforms;
}

const ARG_FIELDS = [
  "storage",
  "placement",
  "tiering",
  "versioning",
  "publicRead",
  "publicReadReason",
  "resourceGroupName",
  "tags",
  "providers",
  "transform",
] as const;

/** Fields read while the program runs, and why each must be a plain value, in the field's terms. */
const PLAIN: Partial<Record<(typeof ARG_FIELDS)[number], string>> = {
  storage: "placement reads it to choose the cloud and region, and prices it",
  placement: "placement reads it to choose where the bucket goes",
  tiering: "it is checked against each cloud's limits and decides the lifecycle rules",
  versioning: "it decides whether versioning is configured",
  publicRead: "it decides whether a public-read policy is created",
  publicReadReason:
    "it is kept as the lepton:public-read tag, which reviewers and the policy pack read during preview",
  tags: "tags are checked and rewritten for the cloud the bucket lands on",
};

const BACKENDS: Record<PublicCloud, BucketBackend<unknown>> = {
  aws: awsBucket,
  azure: azureBucket,
  gcp: gcpBucket,
};

/** Checks the tiering against the cross-cloud rules: whole days, in order, after the start class. */
function checkTiering(input: unknown, unit: ResolvedStorageUnit | undefined, c: Checker): Tiering {
  if (input === undefined) return {};
  const t = c.object("tiering", input);
  if (!t) return {};
  const steps = ["coolAfterDays", "coldAfterDays", "archiveAfterDays", "expireAfterDays"] as const;
  c.unknownKeys(t, steps);
  const out: Tiering = {};
  let previous: { field: string; days: number } | undefined;
  for (const field of steps) {
    if (t[field] === undefined) continue;
    const days = c.number(`tiering.${field}`, t[field], { exclusiveMin: 0, integer: true });
    if (days === undefined) continue;
    if (previous && days <= previous.days) {
      c.issues.push({
        path: `tiering.${field}`,
        value: days,
        problem: `${days} is not after tiering.${previous.field} (${previous.days})`,
        expected: `each step must come later than the one before; use a number greater than ${previous.days}`,
      });
    }
    out[field] = days;
    previous = { field, days };
  }
  if (unit?.class === "cool" && out.coolAfterDays !== undefined) {
    c.issues.push({
      path: "tiering.coolAfterDays",
      value: out.coolAfterDays,
      problem: 'has nothing to do: storage.class is "cool", so objects start there',
      expected: 'remove tiering.coolAfterDays, or use storage.class "hot"',
    });
  }
  if (unit?.class === "archive") {
    for (const field of ["coolAfterDays", "coldAfterDays", "archiveAfterDays"] as const) {
      if (out[field] === undefined) continue;
      c.issues.push({
        path: `tiering.${field}`,
        value: out[field],
        problem: 'has nothing to do: storage.class is "archive", the coldest tier',
        expected: `remove tiering.${field} (expireAfterDays still applies), or start warmer`,
      });
    }
  }
  return out;
}

/** The `lepton:unit` value of a storage unit, e.g. `hot-500gb`. */
function storageLabel(unit: ResolvedStorageUnit): string {
  return `${unit.class}-${unit.expectedGb}gb`;
}

/**
 * Decides everything about the bucket before anything is registered: checks every argument
 * (all problems at once), places it on a cloud that can honour the request, and prices it.
 */
function planBucket(
  name: string,
  args: MultiCloudBucketArgs,
  parent: pulumi.Resource | undefined,
): BucketPlan & { price: StoragePrice; normalized: Normalization[] } {
  const c = new Checker("");
  if (typeof args !== "object" || args === null || Array.isArray(args))
    throw new ValidationError([
      { path: "args", value: args, expected: "use an object with at least storage" },
    ]);
  const a = args as unknown as Record<string, unknown>;
  c.unknownKeys(a, ARG_FIELDS);
  for (const [field, why] of Object.entries(PLAIN)) assertPlain(a[field], field, why);
  let unit: ResolvedStorageUnit | undefined;
  try {
    unit = validateStorageUnit(a.storage, "storage");
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    c.issues.push(...e.issues);
  }
  const { catalog, clouds } = leptonConfig();
  c.issues.push(...checkStoragePlacement(a.placement, catalog));
  const tiering = checkTiering(a.tiering, unit, c);
  if (a.versioning !== undefined && typeof a.versioning !== "boolean")
    c.add("versioning", a.versioning, "use true or false");
  if (a.publicRead !== undefined && typeof a.publicRead !== "boolean")
    c.add("publicRead", a.publicRead, "use true or false");
  const reason = a.publicReadReason;
  if (a.publicRead === true && (typeof reason !== "string" || reason.trim() === "")) {
    c.add(
      "publicReadReason",
      reason,
      'say why every object must be world-readable, e.g. "static site assets served without a CDN"',
    );
  } else if (a.publicRead !== true && reason !== undefined) {
    c.issues.push({
      path: "publicReadReason",
      value: reason,
      problem: "is set but publicRead is not true",
      expected: "set publicRead: true to make the objects public, or remove publicReadReason",
    });
  }
  if (a.tags !== undefined) {
    const tags = c.object("tags", a.tags);
    for (const [k, v] of Object.entries(tags ?? {}))
      if (typeof v !== "string") c.add(`tags.${k}`, v, "use a string value");
  }
  throwIfIssues(c.issues, `MultiCloudBucket "${name}"`);

  const placement: StoragePlacementArgs = args.placement ?? {};
  const intent: BucketIntent = { unit: unit!, tiering };
  const pinned = placement.cloud ?? PUBLIC_CLOUDS.find((cl) => catalog.region(cl, placement.region ?? ""));
  const scope = pinned ? [pinned] : (placement.clouds ?? clouds);
  const refusals = new Map(scope.map((cl) => [cl, BACKENDS[cl].check(intent)] as [PublicCloud, Issue[]]));
  const able = scope.filter((cl) => refusals.get(cl)!.length === 0);
  if (able.length === 0) throwIfIssues([...refusals.values()].flat(), `MultiCloudBucket "${name}"`);
  const price = placeBucketUnderLock(
    lockKey(name, parent),
    unit!.class,
    placement,
    () => placeStorageForComponent(unit!, { ...placement, ...(pinned ? {} : { clouds: able }) }).price,
    (cloud, region) => priceStorageUnit(unit!, cloud, region, catalog),
  );

  const names = bucketNames(name, price.cloud);
  const tags = checkTags(price.cloud, args.tags ?? {}, "tags");
  // The reason is a tag value too: it must survive the cloud's limits whole.
  const reasonTag = args.publicRead
    ? checkTags(price.cloud, { [PUBLIC_READ_TAG]: args.publicReadReason! }, "publicReadReason")
    : undefined;
  throwIfIssues(
    [
      ...names.issues,
      ...tags.issues,
      ...(reasonTag?.issues ?? []).map((i) => ({ ...i, path: "publicReadReason" })),
    ],
    `MultiCloudBucket "${name}"`,
  );
  throwIfIssues(claimChildNames(name, names.claims), `MultiCloudBucket "${name}"`);

  const component = { type: TYPE, name, parent };
  const user = args.tags ?? {};
  // GCP label values cannot hold a decimal point: a fractional volume is labelled rounded up.
  const gb = price.cloud === "gcp" ? Math.ceil(unit!.expectedGb) : unit!.expectedGb;
  const extra: Record<string, string> = {
    [TAGS.expectedGb]: String(gb),
    [TAGS.storageClass]: unit!.class,
    ...(args.publicRead ? { [PUBLIC_READ_TAG]: args.publicReadReason! } : {}),
  };
  return {
    name,
    storageName: storageName(name),
    args,
    cloud: price.cloud,
    region: price.region,
    unit: unit!,
    tiering,
    versioning: args.versioning ?? true,
    publicRead: args.publicRead ?? false,
    storageTags: childTags(price.cloud, component, storageLabel(unit!), extra, user),
    tags: childTags(price.cloud, component, storageLabel(unit!), {}, user),
    price,
    normalized: [...names.normalized, ...tags.normalized, ...(reasonTag?.normalized ?? [])],
  };
}

/** Where a bucket's normalized names must be unique on a cloud. */
const bucketSpace = (cloud: PublicCloud, what: string) => `MultiCloudBucket/${cloud}/${what}`;

/**
 * The cloud-side names the bucket's children get from its name: the bucket (or container) name
 * every storage service accepts, and on Azure the storage account's; checked, with what was
 * rewritten and the names no other bucket of the program may share.
 */
function bucketNames(
  name: string,
  cloud: PublicCloud,
): { issues: Issue[]; normalized: Normalization[]; claims: NameClaim[] } {
  const bucket = storageName(name);
  const issues = [
    ...normalizableIssues(name, cloud),
    ...(cloud === "azure"
      ? checkChildNames(name, [
          { type: "azure-native:resources:ResourceGroup", name: `${name}-rg` },
          { type: "azure-native:storage:StorageAccount", name: accountName(name) },
        ])
      : []),
  ];
  const normalized: Normalization[] = [];
  const rewrote = (what: string, to: string, reason: string) =>
    normalized.push({
      cloud,
      field: "name",
      kind: "resource names",
      original: name,
      normalized: to,
      reason: `${what}: ${reason}`,
    });
  if (bucket !== name)
    rewrote(
      cloud === "azure" ? "the blob container" : "the bucket",
      bucket,
      "lowercase letters, digits and single hyphens, 3 to 40 characters so autonaming's suffix fits",
    );
  if (cloud === "azure" && accountName(name) !== name)
    rewrote(
      "the storage account",
      accountName(name),
      "lowercase letters and digits, at most 16 so autonaming's 8 fit Azure's 24 (a long name keeps its start and a hash)",
    );
  const claims: NameClaim[] =
    cloud === "azure"
      ? [{ space: bucketSpace(cloud, "storage account names"), normalized: accountName(name) }]
      : [{ space: bucketSpace(cloud, "bucket names"), normalized: bucket }];
  return { issues, normalized, claims };
}

/**
 * Object storage with secure defaults on AWS, Azure or GCP: encrypted, never public unless asked
 * with a reason, TLS only, versioned, with lifecycle tiering in each cloud's own terms. Placed at
 * the best price for its class, priced by the sdk, and reported to a BudgetedStack above it.
 *
 * @example
 * ```ts
 * const assets = new MultiCloudBucket("assets", {
 *   storage: { expectedGb: 500, class: "hot" },
 *   placement: { geography: "eu" },
 *   tiering: { coolAfterDays: 30, archiveAfterDays: 180, expireAfterDays: 730 },
 * });
 * export const bucket = assets.bucketName;
 * export const monthly = assets.monthlyUsd;
 * ```
 */
export class MultiCloudBucket extends pulumi.ComponentResource {
  /** The cloud the bucket was placed on. */
  readonly cloud: PublicCloud;
  readonly region: string;
  /** Monthly USD at `storage.expectedGb` in the unit's class (requests and retrieval excluded). */
  readonly monthlyUsd: number;
  /** The sdk's price behind `monthlyUsd`, with its source. */
  readonly price: StoragePrice;
  /** S3 bucket name, `<account>/<container>` on Azure, GCS bucket name. */
  readonly bucketName: pulumi.Output<string>;
  /** The bucket's HTTPS endpoint. */
  readonly url: pulumi.Output<string>;
  /** The S3 children, when on AWS. */
  readonly aws?: AwsBucketResources;
  /** The storage account and its children, when on Azure. */
  readonly azure?: AzureBucketResources;
  /** The GCS children, when on GCP. */
  readonly gcp?: GcpBucketResources;

  constructor(name: string, args: MultiCloudBucketArgs, opts: pulumi.ComponentResourceOptions = {}) {
    const plan = planBucket(name, args, opts.parent);
    super(
      TYPE,
      name,
      {
        storage: plan.unit,
        placement: { cloud: plan.cloud, region: plan.region },
        tiering: plan.tiering,
        versioning: plan.versioning,
        publicRead: plan.publicRead,
        monthlyUsd: plan.price.monthlyUsd,
        ...normalizedInput(plan.normalized),
      },
      opts,
    );
    this.cloud = plan.cloud;
    this.region = plan.region;
    this.price = plan.price;
    this.monthlyUsd = plan.price.monthlyUsd;
    const provider = args.providers?.[plan.cloud];
    const childOpts: pulumi.CustomResourceOptions = { parent: this, ...(provider ? { provider } : {}) };
    let built: BucketBuild<unknown>;
    switch (plan.cloud) {
      case "aws": {
        const b = awsBucket.build(plan, childOpts);
        this.aws = b.resources;
        built = b;
        break;
      }
      case "azure": {
        const b = azureBucket.build(plan, childOpts);
        this.azure = b.resources;
        built = b;
        break;
      }
      case "gcp": {
        const b = gcpBucket.build(plan, childOpts);
        this.gcp = b.resources;
        built = b;
        break;
      }
    }
    this.bucketName = built.bucketName;
    this.url = built.url;
    reportCost(this, {
      componentType: TYPE,
      name,
      cloud: plan.cloud,
      region: plan.region,
      monthlyUsd: plan.price.monthlyUsd,
      storage: plan.unit,
    });
    this.registerOutputs({
      cloud: this.cloud,
      region: this.region,
      bucketName: this.bucketName,
      url: this.url,
      monthlyUsd: this.monthlyUsd,
    });
  }
}
