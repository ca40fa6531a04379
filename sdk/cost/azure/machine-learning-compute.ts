import { priceCompute } from "../compute";
import { dig, num, Props, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

/**
 * An Azure Machine Learning compute: a compute instance is one VM of its size; a compute cluster
 * (AmlCompute) runs between minNodeCount (priced) and maxNodeCount nodes. VMs at the catalog's
 * Linux price; other compute kinds (attached AKS, Databricks …) are billed where they run.
 */
function mlCompute(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const kind = str(dig(props, "properties.computeType"));
  const vmSize = str(dig(props, "properties.properties.vmSize"));
  if (kind !== "ComputeInstance" && kind !== "AmlCompute")
    return unpriced(
      `computeType ${kind ?? "not set"}: attached compute is billed where it runs; priced: ComputeInstance, AmlCompute`,
      "azure",
      region,
    );
  if (!vmSize) return unpriced("properties.properties.vmSize is not set", "azure", region);
  if (kind === "ComputeInstance")
    return priceCompute(
      {
        cloud: "azure",
        region,
        instanceType: vmSize,
        count: 1,
        disks: [],
        assumptions: [assumption, "compute instance running all month"],
      },
      ctx,
    );
  const min = num(dig(props, "properties.properties.scaleSettings.minNodeCount")) ?? 0;
  const max = num(dig(props, "properties.properties.scaleSettings.maxNodeCount")) ?? min;
  const low = /lowpriority/i.test(str(dig(props, "properties.properties.vmPriority")) ?? "");
  return priceCompute(
    {
      cloud: "azure",
      region,
      instanceType: vmSize,
      count: min,
      min,
      max,
      disks: [],
      assumptions: [
        assumption,
        `cluster priced at its ${min} minimum node(s), up to ${max}`,
        low ? "low-priority nodes priced at the on-demand rate (an upper bound)" : "",
      ],
    },
    ctx,
  );
}

export const pricers: PricerModule["pricers"] = { "azure-native:machinelearningservices:Compute": mlCompute };
