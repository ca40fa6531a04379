import { priceCompute } from "../compute";
import { dig, missing, Props, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { azureRegion, NO_AZURE_LOCATION, osDisk } from "./region";

/** A virtual machine: its size's pay-as-you-go Linux price and the OS disk. */
function vm(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const size = str(dig(props, "hardwareProfile.vmSize"));
  if (!size)
    return unpriced(missing("hardwareProfile.vmSize", dig(props, "hardwareProfile.vmSize")), "azure", region);
  const assumptions = [assumption];
  const disks = [osDisk(props.storageProfile, assumptions)];
  return priceCompute({ cloud: "azure", region, instanceType: size, count: 1, disks, assumptions }, ctx);
}

export const pricers: PricerModule["pricers"] = { "azure-native:compute:VirtualMachine": vm };
