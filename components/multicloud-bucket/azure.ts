import * as pulumi from "@pulumi/pulumi";
import * as resources from "@pulumi/azure-native/resources";
import * as storage from "@pulumi/azure-native/storage";
import type { Issue } from "../../sdk/errors";
import { child, type Transform } from "../shared/transform";
import { accountName, BucketBackend, transitions } from "./backend";

/** The Azure children, for users to reach past the abstraction. */
export interface AzureBucketResources {
  /** Absent when `resourceGroupName` was given. */
  resourceGroup?: resources.ResourceGroup;
  account: storage.StorageAccount;
  /** Absent when `versioning` is false. */
  blobService?: storage.BlobServiceProperties;
  container: storage.BlobContainer;
  /** Absent when nothing tiers or expires. */
  managementPolicy?: storage.ManagementPolicy;
}

/** Per-child escape hatches on Azure. */
export interface AzureBucketTransforms {
  resourceGroup?: Transform<resources.ResourceGroupArgs>;
  account?: Transform<storage.StorageAccountArgs>;
  blobService?: Transform<storage.BlobServicePropertiesArgs>;
  container?: Transform<storage.BlobContainerArgs>;
  managementPolicy?: Transform<storage.ManagementPolicyArgs>;
}

/** Lifecycle actions for the tiers. */
const ACTION = { cool: "tierToCool", cold: "tierToCold", archive: "tierToArchive" } as const;

export const azureBucket: BucketBackend<AzureBucketResources> = {
  check(intent) {
    const issues: Issue[] = [];
    if (intent.unit.class === "archive") {
      issues.push({
        path: "storage.class",
        value: "archive",
        problem: '"archive" is not available on Azure',
        expected:
          'a storage account cannot default to the Archive tier and the catalog has no citable Azure Archive price; use class "cool" with tiering.archiveAfterDays, or place the bucket on aws or gcp',
      });
    }
    return issues;
  },

  build(plan, opts) {
    const t = plan.args.transform?.azure;
    const resourceGroup =
      plan.args.resourceGroupName === undefined
        ? child(
            resources.ResourceGroup,
            `${plan.name}-rg`,
            { location: plan.region, tags: plan.tags },
            opts,
            t?.resourceGroup,
          )
        : undefined;
    const resourceGroupName = resourceGroup?.name ?? pulumi.output(plan.args.resourceGroupName!);
    const account = child(
      storage.StorageAccount,
      accountName(plan.name),
      {
        resourceGroupName,
        location: plan.region,
        kind: "StorageV2",
        sku: { name: "Standard_LRS" },
        accessTier: plan.unit.class === "cool" ? "Cool" : "Hot",
        enableHttpsTrafficOnly: true,
        minimumTlsVersion: "TLS1_2",
        allowBlobPublicAccess: plan.publicRead,
        encryption: {
          keySource: "Microsoft.Storage",
          services: { blob: { enabled: true, keyType: "Account" } },
        },
        tags: plan.storageTags,
      },
      opts,
      t?.account,
    );
    const blobService = plan.versioning
      ? child(
          storage.BlobServiceProperties,
          `${plan.name}-blob-service`,
          {
            resourceGroupName,
            accountName: account.name,
            blobServicesName: "default",
            isVersioningEnabled: true,
          },
          opts,
          t?.blobService,
        )
      : undefined;
    const container = child(
      storage.BlobContainer,
      `${plan.name}-container`,
      {
        resourceGroupName,
        accountName: account.name,
        containerName: plan.storageName,
        publicAccess: plan.publicRead ? "Blob" : "None",
      },
      opts,
      t?.container,
    );
    const moves = transitions(plan.tiering);
    const expire = plan.tiering.expireAfterDays;
    const baseBlob: Record<string, { daysAfterModificationGreaterThan: number }> = {};
    for (const m of moves) baseBlob[ACTION[m.tier]] = { daysAfterModificationGreaterThan: m.days };
    if (expire !== undefined) baseBlob.delete = { daysAfterModificationGreaterThan: expire };
    const managementPolicy =
      Object.keys(baseBlob).length > 0
        ? child(
            storage.ManagementPolicy,
            `${plan.name}-lifecycle`,
            {
              resourceGroupName,
              accountName: account.name,
              // Azure allows one policy per account, and it must be called "default".
              managementPolicyName: "default",
              policy: {
                rules: [
                  {
                    name: "lepton-tiering",
                    enabled: true,
                    type: "Lifecycle",
                    definition: {
                      filters: { blobTypes: ["blockBlob"] },
                      actions: {
                        baseBlob,
                        // Replaced versions are deleted as long after replacement as objects live.
                        ...(plan.versioning && expire !== undefined
                          ? { version: { delete: { daysAfterCreationGreaterThan: expire } } }
                          : {}),
                      },
                    },
                  },
                ],
              },
            },
            opts,
            t?.managementPolicy,
          )
        : undefined;
    return {
      bucketName: pulumi.interpolate`${account.name}/${container.name}`,
      // The endpoint ends with "/"; it differs in sovereign clouds, so it is read, not built.
      url: pulumi.interpolate`${account.primaryEndpoints.blob}${container.name}`,
      resources: { resourceGroup, account, blobService, container, managementPolicy },
    };
  },
};
