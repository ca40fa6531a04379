import { RULES } from "../lib/names";
import { resourceRule } from "../lib/rule";
import { at, isUnknown, list, Subject } from "../lib/subject";

export interface EncryptedDisksConfig {
  ebsEncryptionByDefault: boolean;
  requireCustomerManagedKeys: boolean;
}

const EBS_PROVISIONERS = ["ebs.csi.aws.com", "kubernetes.io/aws-ebs"];

/** Each disk's encryption setting: `true`/`false`/`undefined` (not set) or UNKNOWN, with its path. */
function awsDisks(s: Subject): { where: string; value: unknown }[] {
  const p = s.props;
  switch (s.type) {
    case "aws:ec2/instance:Instance": {
      const out = [{ where: "rootBlockDevice.encrypted", value: at(p, "rootBlockDevice.encrypted") }];
      const ebs = list(p, "ebsBlockDevices");
      if (isUnknown(ebs)) out.push({ where: "ebsBlockDevices", value: ebs });
      else
        ebs.forEach((d, i) =>
          out.push({ where: `ebsBlockDevices[${i}].encrypted`, value: at(d, "encrypted") }),
        );
      return out;
    }
    case "aws:ebs/volume:Volume":
      return [{ where: "encrypted", value: p.encrypted }];
    case "aws:ec2/launchTemplate:LaunchTemplate": {
      const maps = list(p, "blockDeviceMappings");
      if (isUnknown(maps)) return [{ where: "blockDeviceMappings", value: maps }];
      return maps
        .filter((m) => at(m, "ebs") !== undefined)
        .map((m, i) => ({ where: `blockDeviceMappings[${i}].ebs.encrypted`, value: at(m, "ebs.encrypted") }));
    }
  }
  return [];
}

/** Where a customer-managed key would be set on an Azure or GCP disk, and its value. */
function customerKey(s: Subject): { where: string; value: unknown } | undefined {
  const p = s.props;
  switch (s.type) {
    case "azure-native:compute:Disk":
      return { where: "encryption.diskEncryptionSetId", value: at(p, "encryption.diskEncryptionSetId") };
    case "azure-native:compute:VirtualMachine":
      return {
        where: "storageProfile.osDisk.managedDisk.diskEncryptionSet.id",
        value: at(p, "storageProfile.osDisk.managedDisk.diskEncryptionSet.id"),
      };
    case "azure-native:compute:VirtualMachineScaleSet":
      return {
        where: "virtualMachineProfile.storageProfile.osDisk.managedDisk.diskEncryptionSet.id",
        value: at(p, "virtualMachineProfile.storageProfile.osDisk.managedDisk.diskEncryptionSet.id"),
      };
    case "gcp:compute/disk:Disk":
      return { where: "diskEncryptionKey.kmsKeySelfLink", value: at(p, "diskEncryptionKey.kmsKeySelfLink") };
    case "gcp:compute/instance:Instance":
      return { where: "bootDisk.kmsKeySelfLink", value: at(p, "bootDisk.kmsKeySelfLink") };
  }
  return undefined;
}

const TYPES = new Set([
  "aws:ec2/instance:Instance",
  "aws:ebs/volume:Volume",
  "aws:ec2/launchTemplate:LaunchTemplate",
  "azure-native:compute:Disk",
  "azure-native:compute:VirtualMachine",
  "azure-native:compute:VirtualMachineScaleSet",
  "gcp:compute/disk:Disk",
  "gcp:compute/instance:Instance",
  "kubernetes:storage.k8s.io/v1:StorageClass",
]);

/**
 * Disks are encrypted at rest. AWS EBS volumes (instances, volumes, launch templates) and
 * Kubernetes EBS storage classes must ask for it; Azure and GCP encrypt every disk with
 * platform keys, so there the rule only demands customer-managed keys when configured to.
 */
export const encryptedDisks = resourceRule<EncryptedDisksConfig>({
  name: RULES.encryptedDisks,
  description: "Disks must be encrypted at rest.",
  enforcementLevel: "mandatory",
  configSchema: {
    properties: {
      ebsEncryptionByDefault: {
        type: "boolean",
        default: false,
        description:
          "The AWS accounts have EBS encryption by default on: an unset `encrypted` counts as encrypted.",
      },
      requireCustomerManagedKeys: {
        type: "boolean",
        default: false,
        description:
          "Azure and GCP disks must use a customer-managed key (disk encryption set / Cloud KMS key).",
      },
    },
  },
  appliesTo: (type) => TYPES.has(type),
  check: (s, ctx) => {
    if (s.type === "kubernetes:storage.k8s.io/v1:StorageClass") {
      if (!EBS_PROVISIONERS.includes(String(s.props.provisioner))) return;
      const v = at(s.props, "parameters.encrypted");
      if (isUnknown(v))
        ctx.note(
          `${s.name}: could not check disk encryption: parameters.encrypted is unknown during preview.`,
        );
      else if (v !== "true")
        ctx.violation(
          `${s.name}: this storage class creates unencrypted EBS volumes; set parameters.encrypted: "true" (encryption costs nothing extra).`,
        );
      return;
    }
    if (s.cloud === "aws") {
      for (const d of awsDisks(s)) {
        if (isUnknown(d.value)) {
          ctx.note(`${s.name}: could not check disk encryption: ${d.where} is unknown during preview.`);
          continue;
        }
        const encrypted =
          d.value === true ||
          d.value === "true" ||
          (d.value === undefined && ctx.config.ebsEncryptionByDefault);
        if (!encrypted)
          ctx.violation(
            `${s.name}: ${d.where} is ${d.value === undefined ? "not set" : String(d.value)}: the EBS volume is stored unencrypted; set it to true (EBS encryption costs nothing extra), or set encrypted-disks.ebsEncryptionByDefault if the account encrypts by default.`,
          );
      }
      return;
    }
    if (!ctx.config.requireCustomerManagedKeys) return;
    const key = customerKey(s);
    if (!key) return;
    if (isUnknown(key.value))
      ctx.note(`${s.name}: could not check the disk key: ${key.where} is unknown during preview.`);
    else if (typeof key.value !== "string" || key.value === "")
      ctx.violation(
        `${s.name}: the disk uses the platform-managed key; set ${key.where} to a customer-managed key (required by encrypted-disks.requireCustomerManagedKeys).`,
      );
  },
});
