/** Classic Azure types that are billed but have no citable price in the engine's sources, with the reason. */
export const AZURE_CLASSIC_KNOWN_UNPRICED: Record<string, string> = {
  "azure:compute/windowsVirtualMachine:WindowsVirtualMachine":
    "Windows VMs bill a Windows license on top of the VM: the catalog holds Linux VM prices only",
};
