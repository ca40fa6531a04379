// A plain Pulumi program on Azure: one Linux VM in its own network, with a data disk.
// `lepton-mc plan examples/raw-azure` prices it and runs the policy pack without credentials.
import * as compute from "@pulumi/azure-native/compute";
import * as network from "@pulumi/azure-native/network";
import * as resources from "@pulumi/azure-native/resources";

const tags = { owner: "analytics", "cost-center": "cc-204" };

const group = new resources.ResourceGroup("analytics", { tags });

const vnet = new network.VirtualNetwork("analytics", {
  resourceGroupName: group.name,
  addressSpace: { addressPrefixes: ["10.20.0.0/16"] },
  tags,
});

const subnet = new network.Subnet("workers", {
  resourceGroupName: group.name,
  virtualNetworkName: vnet.name,
  addressPrefix: "10.20.1.0/24",
});

const nic = new network.NetworkInterface("worker", {
  resourceGroupName: group.name,
  ipConfigurations: [{ name: "primary", subnet: { id: subnet.id }, privateIPAllocationMethod: "Dynamic" }],
  tags,
});

const vm = new compute.VirtualMachine("worker", {
  resourceGroupName: group.name,
  hardwareProfile: { vmSize: "Standard_D4s_v5" },
  networkProfile: { networkInterfaces: [{ id: nic.id, primary: true }] },
  osProfile: {
    computerName: "worker",
    adminUsername: "lepton",
    linuxConfiguration: {
      disablePasswordAuthentication: true,
      ssh: {
        publicKeys: [{ path: "/home/lepton/.ssh/authorized_keys", keyData: "ssh-ed25519 AAAAC3Nza example" }],
      },
    },
  },
  storageProfile: {
    imageReference: {
      publisher: "Canonical",
      offer: "ubuntu-24_04-lts",
      sku: "server",
      version: "latest",
    },
    osDisk: {
      createOption: "FromImage",
      diskSizeGB: 64,
      managedDisk: { storageAccountType: "Premium_LRS" },
    },
  },
  tags,
});

new compute.Disk("worker-data", {
  resourceGroupName: group.name,
  creationData: { createOption: "Empty" },
  diskSizeGB: 256,
  sku: { name: "StandardSSD_LRS" },
  encryption: { type: "EncryptionAtRestWithPlatformKey" },
  tags,
});

export const vmName = vm.name;
