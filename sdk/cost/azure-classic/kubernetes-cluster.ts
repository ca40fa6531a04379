import { azureLocation } from "../../catalog/region-names";
import { dig, isUnknown, missing, Props, resolveReference, str, unpriced } from "../helpers";
import * as nativeAks from "../azure/kubernetes-cluster";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { defined, viaNative } from "./native";

/** A classic node pool block (`defaultNodePool`, or a KubernetesClusterNodePool) as an agent pool profile. */
function agentPoolProfile(pool: Props): Props {
  return defined({
    name: pool.name,
    vmSize: pool.vmSize,
    count: pool.nodeCount,
    minCount: pool.minCount,
    maxCount: pool.maxCount,
    // v6 spells it autoScalingEnabled, v5 enableAutoScaling.
    enableAutoScaling: pool.autoScalingEnabled ?? pool.enableAutoScaling,
    osDiskSizeGB: pool.osDiskSizeGb,
    osDiskType: pool.osDiskType,
    osType: pool.osType,
    osSKU: pool.osSku,
    scaleSetPriority: pool.priority,
  });
}

/**
 * A classic AKS cluster (azurerm_kubernetes_cluster): `skuTier` (Free, Standard) and the
 * `defaultNodePool`'s nodes, priced as an azure-native ManagedCluster.
 */
function kubernetesCluster(props: Props, ctx: PriceContext): ResourcePrice {
  const pool = dig(props, "defaultNodePool");
  if (isUnknown(pool)) return unpriced(missing("defaultNodePool", pool), "azure");
  return viaNative(
    nativeAks,
    "azure-native:containerservice:ManagedCluster",
    defined({
      location: props.location,
      sku: { name: "Base", tier: str(props.skuTier) ?? "Free" },
      agentPoolProfiles:
        pool && typeof pool === "object"
          ? [agentPoolProfile({ name: "default", ...(pool as Props) })]
          : undefined,
    }),
    ctx,
  );
}

/** A classic AKS node pool: located by its cluster (`kubernetesClusterId`), priced as an AgentPool. */
function kubernetesClusterNodePool(props: Props, ctx: PriceContext): ResourcePrice {
  const cluster = resolveReference(props, "kubernetesClusterId", ctx);
  const location = str(cluster?.props.location);
  const r = viaNative(
    nativeAks,
    "azure-native:containerservice:AgentPool",
    defined({ ...agentPoolProfile(props), location: location ? azureLocation(location) : undefined }),
    ctx,
  );
  if (!r.priced || !location) return r;
  return { ...r, assumptions: [...r.assumptions, "location from its cluster"] };
}

export const pricers: PricerModule["pricers"] = {
  "azure:containerservice/kubernetesCluster:KubernetesCluster": kubernetesCluster,
  "azure:containerservice/kubernetesClusterNodePool:KubernetesClusterNodePool": kubernetesClusterNodePool,
};
