import { dig, Props, str, unpriced } from "../helpers";
import * as nativeVm from "../azure/virtual-machine";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { defined, viaNative } from "./native";
import { AZURE_CLASSIC_KNOWN_UNPRICED } from "./unpriced-types";

const VM = "azure-native:compute:VirtualMachine";

/** The reason a Windows VM is unpriced (WindowsVirtualMachine is in ./unpriced-types.ts). */
const WINDOWS = AZURE_CLASSIC_KNOWN_UNPRICED["azure:compute/windowsVirtualMachine:WindowsVirtualMachine"];

/** A classic Linux VM (azurerm_linux_virtual_machine): `size` and `osDisk`, priced as a VirtualMachine. */
function linuxVm(props: Props, ctx: PriceContext): ResourcePrice {
  return viaNative(
    nativeVm,
    VM,
    defined({
      location: props.location,
      priority: props.priority,
      hardwareProfile: { vmSize: props.size },
      storageProfile: {
        osDisk: defined({
          diskSizeGB: dig(props, "osDisk.diskSizeGb"),
          managedDisk: { storageAccountType: dig(props, "osDisk.storageAccountType") },
        }),
      },
    }),
    ctx,
  );
}

/**
 * A legacy classic VM (azurerm_virtual_machine): `vmSize` and `storageOsDisk`; Windows when it has
 * an `osProfileWindowsConfig` or a Windows OS disk.
 */
function legacyVm(props: Props, ctx: PriceContext): ResourcePrice {
  if (
    props.osProfileWindowsConfig !== undefined ||
    /windows/i.test(str(dig(props, "storageOsDisk.osType")) ?? "")
  )
    return unpriced(`${WINDOWS} (vmSize ${str(props.vmSize) ?? "not set"})`, "azure");
  return viaNative(
    nativeVm,
    VM,
    defined({
      location: props.location,
      hardwareProfile: { vmSize: props.vmSize },
      storageProfile: {
        osDisk: defined({
          diskSizeGB: dig(props, "storageOsDisk.diskSizeGb"),
          managedDisk: { storageAccountType: dig(props, "storageOsDisk.managedDiskType") },
        }),
      },
    }),
    ctx,
  );
}

export const pricers: PricerModule["pricers"] = {
  "azure:compute/linuxVirtualMachine:LinuxVirtualMachine": linuxVm,
  "azure:compute/virtualMachine:VirtualMachine": legacyVm,
};
