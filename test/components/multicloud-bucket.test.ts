import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { installMocks, ofType, Recorded, settle, valueOf } from "../helpers/mocks";

const recorded: Recorded[] = installMocks();
let lib: typeof import("../../components/multicloud-bucket");
let sdk: typeof import("../../sdk");
let shared: typeof import("../../components/shared");

beforeAll(async () => {
  lib = await import("../../components/multicloud-bucket");
  sdk = await import("../../sdk");
  shared = await import("../../components/shared");
});

beforeEach(() => pulumi.runtime.setAllConfig({}));

/** The recorded children of the bucket named `name` (children are named from it). */
async function childrenOf(name: string): Promise<Recorded[]> {
  await settle();
  return recorded.filter((r) => r.custom && (r.name === name || r.name.startsWith(`${name}-`)));
}

function one(rs: Recorded[], type: string): Record<string, unknown> {
  const found = ofType(rs, type);
  expect(found, type).toHaveLength(1);
  return found[0].inputs;
}

/** What the sdk charges for the same unit in the same place. */
function sdkPrice(
  unit: { expectedGb: number; class?: "hot" | "cool" | "archive" },
  cloud: "aws" | "azure" | "gcp",
  region: string,
) {
  return sdk.priceStorageUnit(unit, cloud, region, sdk.defaultCatalog()).monthlyUsd;
}

/** What the sdk's cost engine charges for the raw storage resource as it was registered. */
function rawPrice(type: string, inputs: Record<string, unknown>): number | string {
  const p = sdk.priceResource(type, inputs, { catalog: sdk.defaultCatalog() });
  return p.priced ? p.monthlyUsd : p.reason;
}

function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error("expected an error");
}

describe("MultiCloudBucket on AWS", () => {
  it("is encrypted, private, TLS-only, versioned and tiers to Standard-IA and Glacier in days", async () => {
    const b = new lib.MultiCloudBucket("logs", {
      storage: { expectedGb: 500, class: "hot" },
      placement: { cloud: "aws", region: "us-east-1" },
      tiering: { coolAfterDays: 30, archiveAfterDays: 90, expireAfterDays: 365 },
      tags: { team: "platform" },
    });
    const rs = await childrenOf("logs");
    expect(b.cloud).toBe("aws");
    expect(b.region).toBe("us-east-1");
    const sse = one(
      rs,
      "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
    );
    expect(sse.rules).toEqual([{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }]);
    expect(one(rs, "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock")).toMatchObject({
      blockPublicAcls: true,
      ignorePublicAcls: true,
      blockPublicPolicy: true,
      restrictPublicBuckets: true,
    });
    expect(one(rs, "aws:s3/bucketOwnershipControls:BucketOwnershipControls").rule).toEqual({
      objectOwnership: "BucketOwnerEnforced",
    });
    expect(one(rs, "aws:s3/bucketVersioning:BucketVersioning").versioningConfiguration).toEqual({
      status: "Enabled",
    });
    const policy = JSON.parse(one(rs, "aws:s3/bucketPolicy:BucketPolicy").policy as string);
    expect(policy.Statement).toHaveLength(1);
    expect(policy.Statement[0]).toMatchObject({
      Effect: "Deny",
      Condition: { Bool: { "aws:SecureTransport": "false" } },
    });
    const [rule] = one(rs, "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration")
      .rules as Record<string, unknown>[];
    expect(rule.transitions).toEqual([
      { days: 30, storageClass: "STANDARD_IA" },
      { days: 90, storageClass: "GLACIER" },
    ]);
    expect(rule.expiration).toEqual({ days: 365 });
    expect(rule.noncurrentVersionExpiration).toEqual({ noncurrentDays: 365 });
    // Every child lands in the placed region, whatever the provider's default.
    for (const r of rs) expect(r.inputs.region, r.type).toBe("us-east-1");
    const bucket = one(rs, "aws:s3/bucket:Bucket");
    expect(bucket.tags).toMatchObject({
      "lepton:component": "MultiCloudBucket/logs",
      "lepton:unit": "hot-500gb",
      "lepton:expected-gb": "500",
      "lepton:storage-class": "hot",
      team: "platform",
    });
    expect(b.monthlyUsd).toBe(sdkPrice({ expectedGb: 500, class: "hot" }, "aws", "us-east-1"));
    expect(rawPrice("aws:s3/bucket:Bucket", bucket)).toBe(b.monthlyUsd);
    expect(await valueOf(b.url)).toMatch(/^https:\/\/logs-.*\.s3\.us-east-1\.amazonaws\.com$/);
  });

  it("a cool bucket moves objects to Standard-IA at day 30, and later steps wait 30 days there", async () => {
    const b = new lib.MultiCloudBucket("coolaws", {
      storage: { expectedGb: 100, class: "cool" },
      placement: { cloud: "aws", region: "eu-west-1" },
      tiering: { archiveAfterDays: 60 },
    });
    const rs = await childrenOf("coolaws");
    const [rule] = one(rs, "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration")
      .rules as Record<string, unknown>[];
    expect(rule.transitions).toEqual([
      { days: 30, storageClass: "STANDARD_IA" },
      { days: 60, storageClass: "GLACIER" },
    ]);
    expect(rawPrice("aws:s3/bucket:Bucket", one(rs, "aws:s3/bucket:Bucket"))).toBe(b.monthlyUsd);
    expect(b.monthlyUsd).toBe(sdkPrice({ expectedGb: 100, class: "cool" }, "aws", "eu-west-1"));
    const early = thrown(
      () =>
        new lib.MultiCloudBucket("coolaws2", {
          storage: { expectedGb: 1, class: "cool" },
          placement: { cloud: "aws" },
          tiering: { archiveAfterDays: 45 },
        }),
    );
    expect(early).toContain("tiering.archiveAfterDays: 45 is too early for S3");
    expect(early).toContain('because storage.class is "cool"');
    expect(early).toContain("use 60 or more");
  });

  it("refuses a Standard-IA transition S3 would refuse, naming the field and the minimum", () => {
    const msg = thrown(
      () =>
        new lib.MultiCloudBucket("early", {
          storage: { expectedGb: 1 },
          placement: { cloud: "aws" },
          tiering: { coolAfterDays: 7 },
        }),
    );
    expect(msg).toContain("tiering.coolAfterDays: 7 is too early for S3");
    expect(msg).toContain("use 30 or more");
  });

  it("public read opens only the bucket policy, for GetObject, and keeps the reason as a tag", async () => {
    new lib.MultiCloudBucket("site", {
      storage: { expectedGb: 2 },
      placement: { cloud: "aws", region: "us-east-1" },
      publicRead: true,
      publicReadReason: "static site assets",
      versioning: false,
    });
    const rs = await childrenOf("site");
    expect(one(rs, "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock")).toMatchObject({
      blockPublicAcls: true,
      ignorePublicAcls: true,
      blockPublicPolicy: false,
      restrictPublicBuckets: false,
    });
    const policy = JSON.parse(one(rs, "aws:s3/bucketPolicy:BucketPolicy").policy as string);
    const allow = policy.Statement.filter((s: { Effect: string }) => s.Effect === "Allow");
    expect(allow).toEqual([
      {
        Sid: "PublicRead",
        Effect: "Allow",
        Principal: "*",
        Action: "s3:GetObject",
        Resource: expect.stringMatching(/^arn:aws:s3:::site-.*\/\*$/),
      },
    ]);
    expect(ofType(rs, "aws:s3/bucketVersioning:BucketVersioning")).toHaveLength(0);
    expect(one(rs, "aws:s3/bucket:Bucket").tags).toMatchObject({
      "lepton:public-read": "static site assets",
    });
  });

  it("applies a per-child transform", async () => {
    new lib.MultiCloudBucket("scratch", {
      storage: { expectedGb: 1 },
      placement: { cloud: "aws", region: "us-east-1" },
      transform: { aws: { bucket: { forceDestroy: true } } },
    });
    const rs = await childrenOf("scratch");
    expect(one(rs, "aws:s3/bucket:Bucket").forceDestroy).toBe(true);
  });
});

describe("MultiCloudBucket on Azure", () => {
  it("is a StorageV2 account (HTTPS, TLS 1.2, no public blobs) with a private container and a Cool/Cold/Archive/delete policy", async () => {
    const b = new lib.MultiCloudBucket("Reports", {
      storage: { expectedGb: 200, class: "cool" },
      placement: { cloud: "azure", region: "westeurope" },
      tiering: { coldAfterDays: 60, archiveAfterDays: 180, expireAfterDays: 400 },
      tags: { "cost/centre": "42" },
    });
    await settle();
    const rs = recorded.filter((r) => r.custom && /^(Reports|reports)/.test(r.name));
    const account = one(rs, "azure-native:storage:StorageAccount");
    expect(account).toMatchObject({
      kind: "StorageV2",
      sku: { name: "Standard_LRS" },
      accessTier: "Cool",
      location: "westeurope",
      enableHttpsTrafficOnly: true,
      minimumTlsVersion: "TLS1_2",
      allowBlobPublicAccess: false,
      encryption: {
        keySource: "Microsoft.Storage",
        services: { blob: { enabled: true, keyType: "Account" } },
      },
    });
    // The account's logical name stays within what azure-native autonaming keeps valid.
    expect(ofType(rs, "azure-native:storage:StorageAccount")[0].name).toBe("reports");
    expect(one(rs, "azure-native:storage:BlobContainer")).toMatchObject({
      publicAccess: "None",
      containerName: "reports",
    });
    expect(one(rs, "azure-native:storage:BlobServiceProperties").isVersioningEnabled).toBe(true);
    const policy = one(rs, "azure-native:storage:ManagementPolicy");
    expect(policy.managementPolicyName).toBe("default");
    const actions = (policy.policy as { rules: { definition: { actions: Record<string, unknown> } }[] })
      .rules[0].definition.actions;
    expect(actions.baseBlob).toEqual({
      tierToCold: { daysAfterModificationGreaterThan: 60 },
      tierToArchive: { daysAfterModificationGreaterThan: 180 },
      delete: { daysAfterModificationGreaterThan: 400 },
    });
    expect(actions.version).toEqual({ delete: { daysAfterCreationGreaterThan: 400 } });
    expect(account.tags).toMatchObject({
      "lepton:expected-gb": "200",
      "lepton:storage-class": "cool",
      // Azure tag names may not contain "/": normalized by the sdk.
      cost_centre: "42",
    });
    expect(one(rs, "azure-native:resources:ResourceGroup").location).toBe("westeurope");
    expect(b.monthlyUsd).toBe(sdkPrice({ expectedGb: 200, class: "cool" }, "azure", "westeurope"));
    expect(rawPrice("azure-native:storage:StorageAccount", account)).toBe(b.monthlyUsd);
    expect(await valueOf(b.bucketName)).toBe("reports0abc123/reports");
  });

  it("uses a resource group it is given, and refuses the archive class with the reason", async () => {
    new lib.MultiCloudBucket("given-rg", {
      storage: { expectedGb: 1 },
      placement: { cloud: "azure", region: "eastus" },
      resourceGroupName: "shared-rg",
    });
    const rs = await childrenOf("given-rg");
    expect(ofType(rs, "azure-native:resources:ResourceGroup")).toHaveLength(0);
    expect(ofType(recorded, "azure-native:storage:StorageAccount").at(-1)!.inputs.resourceGroupName).toBe(
      "shared-rg",
    );
    const msg = thrown(
      () =>
        new lib.MultiCloudBucket("cold", {
          storage: { expectedGb: 1, class: "archive" },
          placement: { cloud: "azure" },
        }),
    );
    expect(msg).toContain('storage.class: "archive" is not available on Azure');
    expect(msg).toContain("no citable Azure Archive price");
  });
});

describe("MultiCloudBucket on GCP", () => {
  it("has uniform access, enforced public access prevention, versioning, SetStorageClass/Delete rules and normalized labels", async () => {
    const b = new lib.MultiCloudBucket("media", {
      storage: { expectedGb: 1000 },
      placement: { cloud: "gcp", region: "europe-west1" },
      tiering: { coolAfterDays: 30, coldAfterDays: 90, archiveAfterDays: 365, expireAfterDays: 1000 },
      tags: { Team: "Media Ops" },
    });
    const rs = await childrenOf("media");
    const bucket = one(rs, "gcp:storage/bucket:Bucket");
    expect(bucket).toMatchObject({
      location: "EUROPE-WEST1",
      storageClass: "STANDARD",
      uniformBucketLevelAccess: true,
      publicAccessPrevention: "enforced",
      versioning: { enabled: true },
    });
    expect(bucket.lifecycleRules).toEqual([
      {
        action: { type: "SetStorageClass", storageClass: "NEARLINE" },
        condition: { age: 30, matchesStorageClasses: ["STANDARD"] },
      },
      {
        action: { type: "SetStorageClass", storageClass: "COLDLINE" },
        condition: { age: 90, matchesStorageClasses: ["STANDARD", "NEARLINE"] },
      },
      {
        action: { type: "SetStorageClass", storageClass: "ARCHIVE" },
        condition: { age: 365, matchesStorageClasses: ["STANDARD", "NEARLINE", "COLDLINE"] },
      },
      { action: { type: "Delete" }, condition: { age: 1000 } },
    ]);
    expect(bucket.labels).toEqual({
      lepton_component: "multicloudbucket_media",
      lepton_unit: "hot-1000gb",
      "lepton_expected-gb": "1000",
      "lepton_storage-class": "hot",
      team: "media_ops",
    });
    expect(ofType(rs, "gcp:storage/bucketIAMMember:BucketIAMMember")).toHaveLength(0);
    expect(b.monthlyUsd).toBe(sdkPrice({ expectedGb: 1000 }, "gcp", "europe-west1"));
    expect(rawPrice("gcp:storage/bucket:Bucket", bucket)).toBe(b.monthlyUsd);
  });

  it("an archive bucket starts in ARCHIVE; public read adds only an allUsers object viewer", async () => {
    const b = new lib.MultiCloudBucket("vault", {
      storage: { expectedGb: 5000, class: "archive" },
      placement: { cloud: "gcp", region: "us-central1" },
      publicRead: true,
      publicReadReason: "open data set",
    });
    const rs = await childrenOf("vault");
    const bucket = one(rs, "gcp:storage/bucket:Bucket");
    expect(bucket.storageClass).toBe("ARCHIVE");
    expect(bucket.publicAccessPrevention).toBe("inherited");
    expect(one(rs, "gcp:storage/bucketIAMMember:BucketIAMMember")).toMatchObject({
      role: "roles/storage.objectViewer",
      member: "allUsers",
    });
    expect(b.monthlyUsd).toBe(6);
    expect(rawPrice("gcp:storage/bucket:Bucket", bucket)).toBe(6);
  });
});

describe("MultiCloudBucket placement", () => {
  it("takes the cheapest region for the class in a geography, as the sdk does", () => {
    const b = new lib.MultiCloudBucket("eu-data", {
      storage: { expectedGb: 10, class: "archive" },
      placement: { geography: "eu" },
    });
    const best = sdk.cheapestStorage({ expectedGb: 10, class: "archive" }, sdk.defaultCatalog(), {
      geography: "eu",
    });
    expect([b.cloud, b.region]).toEqual([best.cloud, best.region]);
    expect(b.monthlyUsd).toBe(best.monthlyUsd);
  });

  it("keeps a cloud's data in its default provider's region", () => {
    pulumi.runtime.setAllConfig({ "aws:region": "eu-west-2" });
    const b = new lib.MultiCloudBucket("near", {
      storage: { expectedGb: 10 },
      placement: { clouds: ["aws"] },
    });
    expect([b.cloud, b.region]).toEqual(["aws", "eu-west-2"]);
  });

  it("skips a cheaper cloud that cannot honour the tiering", () => {
    const dir = mkdtempSync(join(tmpdir(), "lepton-bucket-"));
    const file = join(dir, "catalog.json");
    writeFileSync(
      file,
      JSON.stringify({
        sources: [{ id: "negotiated", description: "a negotiated S3 price" }],
        services: [
          {
            cloud: "aws",
            region: "*",
            item: "object.hot",
            usd: 0.001,
            unit: "GB-month",
            source: "negotiated",
          },
        ],
      }),
    );
    pulumi.runtime.setAllConfig({ "lepton-multicloud:catalog": file });
    expect(new lib.MultiCloudBucket("cheap", { storage: { expectedGb: 10 } }).cloud).toBe("aws");
    const tiered = new lib.MultiCloudBucket("tiered", {
      storage: { expectedGb: 10 },
      tiering: { coolAfterDays: 7 },
    });
    expect(tiered.cloud).toBe("gcp");
  });
});

describe("MultiCloudBucket under a budget", () => {
  it("reports its price with the storage unit and carries the budget's tags", async () => {
    const reports: unknown[] = [];
    class Budget extends pulumi.ComponentResource {
      constructor() {
        super("test:index:Budget", "budget", {});
        shared.registerCostSink(this, { report: (r) => reports.push(r), costTags: { owner: "data-team" } });
      }
    }
    const budget = new Budget();
    const b = new lib.MultiCloudBucket(
      "owned",
      { storage: { expectedGb: 50 }, placement: { cloud: "aws", region: "us-east-1" } },
      { parent: budget },
    );
    expect(reports).toEqual([
      {
        componentType: "lepton-multicloud:index:MultiCloudBucket",
        name: "owned",
        cloud: "aws",
        region: "us-east-1",
        monthlyUsd: b.monthlyUsd,
        storage: { expectedGb: 50, class: "hot" },
      },
    ]);
    const rs = await childrenOf("owned");
    expect(one(rs, "aws:s3/bucket:Bucket").tags).toMatchObject({ owner: "data-team" });
  });
});

describe("MultiCloudBucket errors", () => {
  const count = () => recorded.length;

  it("rejects Kubernetes with a pointer to the clouds, before anything is registered", async () => {
    await settle();
    const before = count();
    const msg = thrown(
      () =>
        new lib.MultiCloudBucket("k8s", {
          storage: { expectedGb: 1 },
          placement: { cloud: "kubernetes" as "aws" },
        }),
    );
    expect(msg).toContain('placement.cloud: "kubernetes" has no object store');
    expect(msg).toContain('choose a cloud ("aws", "azure" or "gcp"');
    await settle();
    expect(count()).toBe(before);
  });

  it("lists every problem at once: tiers out of order, days not positive, public read without reason, unknown region", async () => {
    await settle();
    const before = count();
    const msg = thrown(
      () =>
        new lib.MultiCloudBucket("bad", {
          storage: { expectedGb: 1 },
          placement: { cloud: "aws", region: "us-est-1" },
          tiering: { coolAfterDays: 90, archiveAfterDays: 30, expireAfterDays: 0 },
          publicRead: true,
        }),
    );
    expect(msg).toContain(
      'placement.region: "us-est-1" is not valid; not a aws region in the catalog; did you mean "us-east-1"?',
    );
    expect(msg).toContain("tiering.archiveAfterDays: 30 is not after tiering.coolAfterDays (90)");
    expect(msg).toContain("tiering.expireAfterDays: 0 is not valid; use a whole number greater than 0");
    expect(msg).toContain("publicReadReason: is required; say why every object must be world-readable");
    await settle();
    expect(count()).toBe(before);
  });

  it("says a tier the class already starts in has nothing to do", () => {
    const msg = thrown(
      () =>
        new lib.MultiCloudBucket("x", {
          storage: { expectedGb: 1, class: "cool" },
          placement: { cloud: "gcp" },
          tiering: { coolAfterDays: 30 },
        }),
    );
    expect(msg).toContain('tiering.coolAfterDays: has nothing to do: storage.class is "cool"');
  });
});
