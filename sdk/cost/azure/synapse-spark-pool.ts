import { azureLocation } from "../../catalog/region-names";
import { dig, isUnknown, missing, num, priced, Props, resolveReference, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, priceNotes, usageAt } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

/**
 * Memory Optimized Spark pool compute per vCore-hour (westeurope). The golden prints $20.40 for 132
 * vCore-hours and $22.26 for 144: the rate is in [0.15454861, 0.15458333]; 0.15457 is inside both.
 */
const VCORE_HOUR = goldenPrice(
  0.15457,
  "vCore-hour",
  "westeurope",
  "synapse_spark_pool_test (azurerm_synapse_spark_pool)",
  "2024-07-01",
);

/** vCores of each Spark node size (Azure's node sizes, as Infracost maps them). */
const NODE_VCORES: Record<string, number> = { Small: 4, Medium: 8, Large: 16, XLarge: 32, XXLarge: 64 };

/**
 * A Synapse Spark pool (BigDataPool): serverless, billed per vCore-hour only while Spark runs on it,
 * so its compute is usage: the hours its nodes run a month (`monthlyHours`) × nodes × vCores per node.
 * Nodes: `nodeCount`, else the autoscale minimum.
 */
function sparkPool(props: Props, ctx: PriceContext): ResourcePrice {
  const workspace = resolveReference(props, "workspaceName", ctx)?.props;
  const own = str(props.location) ?? str(workspace?.location);
  const { region, assumption } = own
    ? {
        region: azureLocation(own),
        assumption: str(props.location) ? "region from the pool's location" : "region from its workspace",
      }
    : azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const family = str(props.nodeSizeFamily) ?? "MemoryOptimized";
  if (family !== "MemoryOptimized")
    return unpriced(
      `nodeSizeFamily ${family}: only MemoryOptimized Spark pools have a price in the data`,
      "azure",
      region,
    );
  if (isUnknown(props.nodeSize)) return unpriced(missing("nodeSize", props.nodeSize), "azure", region);
  const size = str(props.nodeSize) ?? "Small";
  const vcores = NODE_VCORES[size];
  if (!vcores)
    return unpriced(
      `nodeSize ${size} is not a Spark node size (${Object.keys(NODE_VCORES).join(", ")})`,
      "azure",
      region,
    );
  const autoMin =
    dig(props, "autoScale.enabled") === false ? undefined : num(dig(props, "autoScale.minNodeCount"));
  const nodes = num(props.nodeCount) ?? autoMin;
  if (nodes === undefined)
    return unpriced(
      isUnknown(props.nodeCount)
        ? missing("nodeCount", props.nodeCount)
        : "nodeCount (or autoScale.minNodeCount) is not set",
      "azure",
      region,
    );
  const charge = usageAt(
    ctx,
    VCORE_HOUR,
    "monthlyHours",
    `hours the pool runs (${nodes} × ${size}, ${nodes * vcores} vCores)`,
  );
  // One hour of the pool is nodes × vCores vCore-hours.
  const usage = [{ ...charge, unitSize: 1 / (nodes * vcores) }];
  return priced(
    "azure",
    region,
    [],
    [
      assumption,
      `${nodes} node(s) (${num(props.nodeCount) !== undefined ? "nodeCount" : "autoscale minimum"}) × ${size} (${vcores} vCores)`,
      "Spark pools bill only while Spark runs: the hours are usage (the pool auto-pauses when idle)",
      ...priceNotes(region, VCORE_HOUR),
    ],
    { usage },
  );
}

export const pricers: PricerModule["pricers"] = { "azure-native:synapse:BigDataPool": sparkPool };
