import { priceCompute } from "../compute";
import { dig, missing, num, perGbMonth, priced, Props, resolveReference, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, Priced, PriceLine, ResourcePrice } from "../types";
import { combinePriced } from "./combine";
import { goldenPrice, hourlyOf, priceNotes } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";
import { azureLocation } from "../../catalog/region-names";

const CLUSTER_GOLDEN = "kubernetes_cluster_test (azurerm_kubernetes_cluster)";
const POOL_GOLDEN = "kubernetes_cluster_node_pool_test (azurerm_kubernetes_cluster_node_pool)";

/** The Standard tier's uptime SLA, per cluster-hour (the Free tier has no control-plane charge). */
const UPTIME_SLA = goldenPrice(0.1, "hour", "eastus", CLUSTER_GOLDEN, "2024-08-30");

/**
 * Standard HDD managed disks bill per size tier; AKS gives nodes without premium storage support a
 * Standard HDD OS disk. Tiers the goldens price, by the largest GiB they hold.
 */
const HDD_TIERS: { gb: number; name: string; price: ReturnType<typeof goldenPrice> }[] = [
  { gb: 32, name: "S4", price: goldenPrice(1.536, "month", "eastus", CLUSTER_GOLDEN, "2024-08-30") },
  {
    gb: 64,
    name: "S6",
    price: goldenPrice(3.01, "month", "westeurope", "recovery_services_vault_test", "2024-07-01"),
  },
  { gb: 128, name: "S10", price: goldenPrice(5.89, "month", "eastus", POOL_GOLDEN, "2025-01-15") },
  {
    gb: 512,
    name: "S20",
    price: goldenPrice(21.76, "month", "westeurope", "recovery_services_vault_test", "2024-07-01"),
  },
];
/** The tier sizes between the priced ones, so a 256 GiB disk is known to be S15, not S20. */
const HDD_TIER_SIZES = [4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32767];

/** AKS's OS disk size when osDiskSizeGB is not set (the API picks 128 GiB for most sizes). */
const DEFAULT_OS_DISK_GB = 128;

/**
 * VM sizes that take premium disks have an `s` in their features (D2s_v3, B2ms, DS2_v2); AKS
 * gives those a Premium SSD OS disk and the others a Standard HDD one.
 */
export function supportsPremiumStorage(vmSize: string): boolean {
  const m = /^Standard_([A-Z]+)(\d+)(-\d+)?([a-z]*)/i.exec(vmSize);
  if (!m) return false;
  return /S$/i.test(m[1]) || m[4].includes("s");
}

interface PoolResult {
  price: Priced;
  label: string;
}

/** One node pool: count nodes of vmSize (priced from the catalog) and their OS disks. */
function pricePool(profile: Props, region: string, ctx: PriceContext, label: string): PoolResult | string {
  const vmSize = str(profile.vmSize);
  if (!vmSize) return missing(`${label}.vmSize`, profile.vmSize);
  const osType = str(profile.osType) ?? "Linux";
  if (/windows/i.test(osType) || /^windows/i.test(str(profile.osSKU) ?? ""))
    return `${label} runs Windows nodes: the catalog holds Linux VM prices only`;
  const assumptions: string[] = [];
  const countIn = num(profile.count);
  const min = num(profile.minCount);
  const max = num(profile.maxCount);
  const count = countIn ?? min ?? 1;
  assumptions.push(
    countIn !== undefined
      ? `${label}: ${count} node(s)`
      : min !== undefined
        ? `${label}: count not set, minCount ${min} nodes assumed`
        : `${label}: count not set, 1 node assumed`,
  );
  if (/spot/i.test(str(profile.scaleSetPriority) ?? ""))
    assumptions.push(`${label}: Spot nodes priced at the on-demand rate (an upper bound)`);
  const vm = priceCompute(
    {
      cloud: "azure",
      region,
      instanceType: vmSize,
      count,
      ...(profile.enableAutoScaling === true && min !== undefined && max !== undefined ? { min, max } : {}),
      disks: [],
      assumptions,
    },
    ctx,
  );
  if (!vm.priced) return `${label}: ${vm.reason}`;
  const disk = osDiskLine(profile, vmSize, region, ctx, label, count);
  if (typeof disk === "string") return disk;
  if (!disk) return { price: vm, label };
  const each = disk.line.hourlyUsd / Math.max(count, 1);
  const extraMonthly = (n: number) => Math.round(each * n * 730 * 100) / 100;
  const price: Priced = {
    ...priced("azure", region, [...vm.lines, disk.line], [...vm.assumptions, ...disk.notes]),
    count,
    instanceType: vmSize,
    perInstanceHourlyUsd: Math.round(((vm.perInstanceHourlyUsd ?? 0) + each) * 1e6) / 1e6,
    ...(vm.range
      ? {
          range: {
            minMonthlyUsd: vm.range.minMonthlyUsd + extraMonthly(min ?? count),
            maxMonthlyUsd: vm.range.maxMonthlyUsd + extraMonthly(max ?? count),
          },
        }
      : {}),
  };
  return { price, label };
}

/** The pool's OS disks: none when ephemeral, else Premium SSD or Standard HDD by the VM size. */
function osDiskLine(
  profile: Props,
  vmSize: string,
  region: string,
  ctx: PriceContext,
  label: string,
  count: number,
): { line: PriceLine; notes: string[] } | string | undefined {
  if (/ephemeral/i.test(str(profile.osDiskType) ?? "")) return undefined; // ephemeral OS disks live on the VM's local storage: no disk charge
  const sized = num(profile.osDiskSizeGB);
  const gb = sized ?? DEFAULT_OS_DISK_GB;
  const notes = sized === undefined ? [`${label}: osDiskSizeGB not set, ${gb} GiB assumed`] : [];
  if (str(profile.osDiskType) === undefined)
    notes.push(
      `${label}: osDiskType not set, a managed OS disk assumed (AKS picks Ephemeral when the size's cache holds the OS disk)`,
    );
  if (supportsPremiumStorage(vmSize)) {
    const ssd = ctx.catalog.service("azure", region, "disk.ssd");
    if (!ssd) return `${label}: no Premium SSD disk price for ${region} in the catalog`;
    return {
      line: { item: `OS disk Premium SSD ${gb} GiB × ${count}`, hourlyUsd: perGbMonth(ssd.usd, gb) * count },
      notes: [...notes, `OS disk Premium SSD at $${ssd.usd}/GiB-month (${ssd.note ?? "catalog"})`],
    };
  }
  const tierGb = HDD_TIER_SIZES.find((t) => t >= gb);
  const tier = HDD_TIERS.find((t) => t.gb === tierGb);
  if (!tier)
    return `${label}: a ${gb} GiB Standard HDD OS disk has no tier price in the engine's sources (priced tiers: ${HDD_TIERS.map(
      (t) => `${t.name} ${t.gb} GiB`,
    ).join(", ")})`;
  return {
    line: { item: `OS disk Standard HDD ${tier.name} × ${count}`, hourlyUsd: hourlyOf(tier.price, count) },
    notes: [...notes, `OS disk ${tier.name}:`, ...priceNotes(region, tier.price)],
  };
}

/** An AKS cluster: the Standard tier's uptime SLA and every agent pool profile's nodes. */
function managedCluster(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const tier = str(dig(props, "sku.tier")) ?? "Free";
  const skuName = str(dig(props, "sku.name")) ?? "Base";
  if (/automatic/i.test(skuName))
    return unpriced(
      "sku.name Automatic: AKS Automatic has no list price in the engine's sources",
      "azure",
      region,
    );
  if (!/^(free|standard)$/i.test(tier))
    return unpriced(
      `sku.tier "${tier}" has no list price in the engine's sources; priced tiers: Free, Standard`,
      "azure",
      region,
    );
  const standard = /^standard$/i.test(tier);
  const own: PriceLine[] = standard
    ? [{ item: "uptime SLA (Standard tier)", hourlyUsd: hourlyOf(UPTIME_SLA) }]
    : [];
  const profiles = dig(props, "agentPoolProfiles");
  const pools: Priced[] = [];
  for (const [i, p] of (Array.isArray(profiles) ? profiles : []).entries()) {
    const label = `agentPoolProfiles[${i}]${str(dig(p, "name")) ? ` (${str(dig(p, "name"))})` : ""}`;
    const r = pricePool((p ?? {}) as Props, region, ctx, label);
    if (typeof r === "string") return unpriced(r, "azure", region);
    pools.push(r.price);
  }
  return combinePriced(region, pools, own, [
    assumption,
    standard
      ? `Standard tier: ${priceNotes(region, UPTIME_SLA).join("; ")}`
      : "Free tier: no control-plane charge",
    ...(pools.length ? [] : ["no agentPoolProfiles: nodes are priced on their AgentPool resources"]),
  ]);
}

/** A separate AKS node pool: located by its cluster (resourceName) or the provider. */
function agentPool(props: Props, ctx: PriceContext): ResourcePrice {
  const cluster = resolveReference(props, "resourceName", ctx);
  const fromCluster = str(cluster?.props.location);
  const region = fromCluster ? azureLocation(fromCluster) : azureRegion(props, ctx).region;
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const r = pricePool(props, region, ctx, "agent pool");
  if (typeof r === "string") return unpriced(r, "azure", region);
  return {
    ...r.price,
    assumptions: [
      ...r.price.assumptions,
      fromCluster ? "region from its cluster's location" : "region from the provider (azure-native:location)",
    ],
  };
}

export const pricers: PricerModule["pricers"] = {
  "azure-native:containerservice:ManagedCluster": managedCluster,
  "azure-native:containerservice:AgentPool": agentPool,
};
