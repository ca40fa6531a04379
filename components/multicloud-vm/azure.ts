import * as compute from "@pulumi/azure-native/compute";
import * as monitor from "@pulumi/azure-native/monitor";
import * as network from "@pulumi/azure-native/network";
import * as resources from "@pulumi/azure-native/resources";
import * as pulumi from "@pulumi/pulumi";
import type { Issue } from "../../sdk/errors";
import { type ChildName, checkChildNames } from "../../sdk/names";
import { azureCpuAlertArgs } from "../shared/alarms";
import { azureImageReference } from "../shared/images";
import { azureSecurityRules } from "../shared/ingress";
import { throwawaySshPublicKey } from "../shared/ssh";
import { child, type Transform } from "../shared/transform";
import { base64UserData } from "../shared/user-data";
import { dnsName, VmBackend, VmPlan } from "./backend";

/** Transforms of the Azure children. */
export interface AzureVmTransforms {
  /** Edits the args of the resourceGroup child. @default none */
  resourceGroup?: Transform<resources.ResourceGroupArgs>;
  /** Edits the args of the virtualNetwork child. @default none */
  virtualNetwork?: Transform<network.VirtualNetworkArgs>;
  /** Edits the args of the subnet child. @default none */
  subnet?: Transform<network.SubnetArgs>;
  /** Edits the args of the networkSecurityGroup child. @default none */
  networkSecurityGroup?: Transform<network.NetworkSecurityGroupArgs>;
  /** Edits the args of the publicIp child. @default none */
  publicIp?: Transform<network.PublicIPAddressArgs>;
  /** Edits the args of the networkInterface child. @default none */
  networkInterface?: Transform<network.NetworkInterfaceArgs>;
  /** Edits the args of the virtualMachine child. @default none */
  virtualMachine?: Transform<compute.VirtualMachineArgs>;
  /** Applied to both CPU alerts. @default none */
  alert?: Transform<monitor.MetricAlertArgs>;
}

/** The Azure children of a MultiCloudVm (the group and network only when not given). */
export interface AzureVmResources {
  virtualMachine: compute.VirtualMachine;
  networkInterface: network.NetworkInterface;
  networkSecurityGroup: network.NetworkSecurityGroup;
  resourceGroup?: resources.ResourceGroup;
  virtualNetwork?: network.VirtualNetwork;
  subnet?: network.Subnet;
  publicIp?: network.PublicIPAddress;
  alerts: monitor.MetricAlert[];
  /** The resource group the children are in. */
  resourceGroupName: pulumi.Output<string>;
}

/**
 * An Azure VM in the placed location: SSH key login only (without `sshPublicKey`, a key whose
 * private half is never kept, so nobody logs in over SSH, as on the other clouds), a managed OS disk (Azure encrypts
 * every managed disk at rest with platform keys), Trusted Launch (Secure Boot and vTPM) on x86
 * sizes without GPUs — Azure's Arm64 sizes do not offer it, and GPU drivers on Secure Boot are the
 * user's call — and an NSG on the NIC with only the requested rules above Azure's deny-all.
 */
export const azureBackend: VmBackend<AzureVmResources> = {
  check(): Issue[] {
    return [];
  },

  names({ name, args, alarms, publicIp }) {
    const given = args.network?.azure;
    const children: ChildName[] = [
      ...(given?.resourceGroupName
        ? []
        : [{ type: "azure-native:resources:ResourceGroup", name: `${name}-rg` }]),
      ...(given?.subnetId
        ? []
        : [
            { type: "azure-native:network:VirtualNetwork", name: `${name}-vnet` },
            { type: "azure-native:network:Subnet", name: `${name}-subnet` },
          ]),
      { type: "azure-native:network:NetworkSecurityGroup", name: `${name}-nsg` },
      ...(publicIp ? [{ type: "azure-native:network:PublicIPAddress", name: `${name}-ip` }] : []),
      { type: "azure-native:network:NetworkInterface", name: `${name}-nic` },
      { type: "azure-native:compute:VirtualMachine", name: `${name}-vm` },
      ...alarms.map((a) => ({ type: "azure-native:monitor:MetricAlert", name: `${name}-cpu-${a.kind}` })),
    ];
    const computerName = dnsName(name, 63);
    return {
      issues: checkChildNames(name, children),
      // A host name is lowercase; the machine keeps the component's name as its resource name.
      normalized:
        computerName === name
          ? []
          : [
              {
                cloud: "azure",
                field: "name",
                kind: "host name",
                original: name,
                normalized: computerName,
                reason:
                  "the machine's host name (osProfile.computerName) is lowercase letters, digits and '-'",
              },
            ],
      claims: [],
    };
  },

  build(plan: VmPlan, _parent, opts) {
    const { name, args, placement, unit, tags } = plan;
    const location = placement.region;
    const t = args.transform?.azure;
    const given = args.network?.azure;

    const resourceGroup = given?.resourceGroupName
      ? undefined
      : child(resources.ResourceGroup, `${name}-rg`, { location, tags }, opts, t?.resourceGroup);
    const resourceGroupName = resourceGroup ? resourceGroup.name : pulumi.output(given!.resourceGroupName!);

    let virtualNetwork: network.VirtualNetwork | undefined;
    let subnet: network.Subnet | undefined;
    if (!given?.subnetId) {
      virtualNetwork = child(
        network.VirtualNetwork,
        `${name}-vnet`,
        { resourceGroupName, location, addressSpace: { addressPrefixes: ["10.0.0.0/16"] }, tags },
        opts,
        t?.virtualNetwork,
      );
      subnet = child(
        network.Subnet,
        `${name}-subnet`,
        {
          resourceGroupName,
          virtualNetworkName: virtualNetwork.name,
          addressPrefix: "10.0.0.0/24",
          // Private: no implicit outbound address; the machine's public IP, if asked, is its way out.
          defaultOutboundAccess: false,
        },
        opts,
        t?.subnet,
      );
    }
    const subnetId = subnet ? subnet.id : pulumi.output(given!.subnetId!);

    const networkSecurityGroup = child(
      network.NetworkSecurityGroup,
      `${name}-nsg`,
      { resourceGroupName, location, securityRules: azureSecurityRules(plan.ingress, 100), tags },
      opts,
      t?.networkSecurityGroup,
    );
    const publicIp = plan.publicIp
      ? child(
          network.PublicIPAddress,
          `${name}-ip`,
          {
            resourceGroupName,
            location,
            sku: { name: "Standard", tier: "Regional" },
            publicIPAllocationMethod: "Static",
            publicIPAddressVersion: "IPv4",
            tags,
          },
          opts,
          t?.publicIp,
        )
      : undefined;
    const networkInterface = child(
      network.NetworkInterface,
      `${name}-nic`,
      {
        resourceGroupName,
        location,
        networkSecurityGroup: { id: networkSecurityGroup.id },
        ipConfigurations: [
          {
            name: "primary",
            primary: true,
            privateIPAllocationMethod: "Dynamic",
            subnet: { id: subnetId },
            ...(publicIp ? { publicIPAddress: { id: publicIp.id } } : {}),
          },
        ],
        tags,
      },
      opts,
      t?.networkInterface,
    );

    const admin = plan.adminUsername;
    // Azure wants a key (or a password) on every Linux VM: without the user's, one nobody holds.
    const throwaway = args.sshPublicKey === undefined;
    const trustedLaunch = unit.arch === "x86_64" && placement.gpuCount === 0;
    const virtualMachine = child(
      compute.VirtualMachine,
      `${name}-vm`,
      {
        resourceGroupName,
        location,
        hardwareProfile: { vmSize: placement.instanceType },
        // Spot: "stop" deallocates (the disks stay, billed), "delete" deletes the VM and its disks;
        // the price cap is pay-as-you-go (-1), so the VM is evicted for capacity only.
        ...(plan.spot
          ? {
              priority: "Spot",
              evictionPolicy: plan.spot.onInterruption === "stop" ? "Deallocate" : "Delete",
              billingProfile: { maxPrice: -1 },
            }
          : {}),
        networkProfile: { networkInterfaces: [{ id: networkInterface.id, primary: true }] },
        osProfile: {
          computerName: dnsName(name, 63),
          adminUsername: admin,
          ...(args.userData === undefined
            ? {}
            : { customData: pulumi.output(args.userData).apply(base64UserData) }),
          linuxConfiguration: {
            disablePasswordAuthentication: true,
            provisionVMAgent: true,
            ssh: {
              publicKeys: [
                {
                  path: pulumi.interpolate`/home/${admin}/.ssh/authorized_keys`,
                  keyData: args.sshPublicKey ?? throwawaySshPublicKey(),
                },
              ],
            },
          },
        },
        storageProfile: {
          imageReference: azureImageReference(unit.image, unit.arch),
          osDisk: {
            createOption: "FromImage",
            caching: "ReadWrite",
            diskSizeGB: unit.diskGiB,
            deleteOption: "Delete",
            managedDisk: { storageAccountType: unit.diskClass === "ssd" ? "Premium_LRS" : "StandardSSD_LRS" },
          },
        },
        ...(trustedLaunch
          ? {
              securityProfile: {
                securityType: "TrustedLaunch",
                uefiSettings: { secureBootEnabled: true, vTpmEnabled: true },
              },
            }
          : {}),
        tags,
      },
      // The throwaway key is new on every run; it must not replace the machine.
      throwaway ? { ...opts, ignoreChanges: ["osProfile.linuxConfiguration.ssh"] } : opts,
      t?.virtualMachine,
    );
    const alerts = plan.alarms.map((alarm) =>
      child(
        monitor.MetricAlert,
        `${name}-cpu-${alarm.kind}`,
        azureCpuAlertArgs(
          alarm,
          virtualMachine.id,
          resourceGroupName,
          "Microsoft.Compute/virtualMachines",
          tags,
        ),
        opts,
        t?.alert,
      ),
    );
    return {
      privateIp: networkInterface.ipConfigurations.apply((c) => c?.[0]?.privateIPAddress),
      ...(publicIp ? { publicIp: publicIp.ipAddress } : {}),
      resources: {
        virtualMachine,
        networkInterface,
        networkSecurityGroup,
        ...(resourceGroup ? { resourceGroup } : {}),
        ...(virtualNetwork ? { virtualNetwork } : {}),
        ...(subnet ? { subnet } : {}),
        ...(publicIp ? { publicIp } : {}),
        alerts,
        resourceGroupName,
      },
    };
  },
};
