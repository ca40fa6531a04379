import { priceCompute } from "../compute";
import { dig, isUnknown, missing, num, Props, str, unpriced } from "../helpers";
import type { PriceContext, PriceLine, Unpriced } from "../types";
import {
  IOPS_PRICES,
  LOCAL_SSD_GB,
  LOCAL_SSD_PRICE,
  pdPrice,
  unknownDiskType,
} from "./persistent-disk-prices";
import { priceNotes } from "./price-kit";
import { isZone, lastSegment } from "./region";

/** What a group of GKE nodes costs: lines for all of them and the hourly price of one. */
export interface NodeCost {
  lines: PriceLine[];
  assumptions: string[];
  perNodeHourlyUsd: number;
  nodes: number;
}

/** Nodes GKE runs for a pool: per-zone count × zones, with the autoscaling range when set. */
export interface PoolSize {
  nodes: number;
  min?: number;
  max?: number;
  note: string;
}

/** GKE's node count when a pool or default pool names none (the gcloud and Infracost default). */
export const DEFAULT_NODES_PER_ZONE = 3;

/**
 * Zones a cluster's nodes run in: the nodeLocations list, else 1 for a zonal cluster and 3 for a
 * regional one (GKE spreads a regional cluster's nodes over three zones of the region).
 */
export function zoneCount(location: string, nodeLocations: unknown): { zones: number; note: string } {
  const listed = Array.isArray(nodeLocations) ? nodeLocations.length : 0;
  if (listed > 0) return { zones: listed, note: `${listed} zone(s) from nodeLocations` };
  return isZone(location)
    ? { zones: 1, note: `zonal location ${location}: 1 zone` }
    : { zones: 3, note: `regional location ${location}: nodes in 3 zones (GKE's default for a region)` };
}

/**
 * Node count of a pool (`nodeCount`, `initialNodeCount` and `autoscaling` are per zone; the
 * `total…` autoscaling limits are for the whole pool), or why it cannot be read.
 */
export function poolSize(pool: Props, zones: number, field: string): PoolSize | Unpriced {
  for (const key of ["nodeCount", "initialNodeCount"]) {
    if (isUnknown(pool[key])) return unpriced(missing(`${field}.${key}`, pool[key]), "gcp");
  }
  const perZone = num(pool.nodeCount) ?? num(pool.initialNodeCount);
  const auto = pool.autoscaling as Props | undefined;
  const min = auto ? (num(auto.totalMinNodeCount) ?? (num(auto.minNodeCount) ?? 0) * zones) : undefined;
  const max = auto ? (num(auto.totalMaxNodeCount) ?? (num(auto.maxNodeCount) ?? 0) * zones) : undefined;
  const range = min !== undefined && max !== undefined && max > 0 ? { min, max } : {};
  if (perZone !== undefined)
    return {
      nodes: perZone * zones,
      ...range,
      note: `${perZone} node(s) per zone × ${zones} zone(s) = ${perZone * zones}`,
    };
  if (min !== undefined)
    return {
      nodes: min,
      ...range,
      note: `autoscaled pool with no node count: priced at its minimum of ${min} node(s) (maximum ${max})`,
    };
  return {
    nodes: DEFAULT_NODES_PER_ZONE * zones,
    note: `no node count set: ${DEFAULT_NODES_PER_ZONE} per zone assumed (GKE's default) × ${zones} zone(s)`,
  };
}

/**
 * Prices `nodes` GKE nodes of a node config: the machine through the catalog (`priceCompute`),
 * e2-medium (the default) from its golden price when the catalog lacks it, plus the boot disk and
 * local SSDs by disk type. `label` prefixes the lines (`default pool`, `node pool 0`).
 */
export function priceNodes(
  label: string,
  region: string,
  nodeConfig: Props | undefined,
  nodes: number,
  ctx: PriceContext,
): NodeCost | Unpriced {
  const cfg = nodeConfig ?? {};
  if (isUnknown(cfg.machineType))
    return unpriced(missing("nodeConfig.machineType", cfg.machineType), "gcp", region);
  const machine = lastSegment(str(cfg.machineType) ?? "e2-medium");
  const assumptions: string[] = [];
  if (!str(cfg.machineType)) assumptions.push(`${label}: machineType not set: e2-medium (the GKE default)`);

  const accelerators = ((cfg.guestAccelerators as Props[] | undefined) ?? [])
    .map((a) => ({ type: lastSegment(str(a.type) ?? ""), count: num(a.count) ?? 1 }))
    .filter((a) => a.type);
  const perNode: PriceLine[] = [];
  const compute = priceCompute(
    { cloud: "gcp", region, instanceType: machine, count: 1, disks: [], accelerators, assumptions: [] },
    ctx,
  );
  // Every machine type, shared-core e2 included, is priced by the catalog (its full GCP table).
  if (!compute.priced) return compute;
  perNode.push(...compute.lines);
  assumptions.push(...compute.assumptions.filter((a) => a.startsWith("instance price")));

  const diskType = str(dig(cfg, "bootDisk.diskType")) ?? str(cfg.diskType);
  const diskGb = num(dig(cfg, "bootDisk.sizeGb")) ?? num(cfg.diskSizeGb) ?? 100;
  if (!diskType) assumptions.push(`${label}: boot disk type not set: pd-balanced (the GKE default)`);
  if (num(dig(cfg, "bootDisk.sizeGb")) === undefined && num(cfg.diskSizeGb) === undefined)
    assumptions.push(`${label}: boot disk size not set: 100 GB (the GKE default)`);
  const disk = pdPrice(diskType ?? "pd-balanced");
  if (!disk) return unpriced(unknownDiskType("nodeConfig.diskType", diskType!), "gcp", region);
  if (IOPS_PRICES[lastSegment(diskType ?? "pd-balanced")])
    return unpriced(
      `nodeConfig.diskType ${diskType}: provisioned IOPS of node boot disks are not modelled`,
      "gcp",
      region,
    );
  perNode.push({
    item: `${lastSegment(diskType ?? "pd-balanced")} boot disk ${diskGb} GB`,
    hourlyUsd: (disk.usd * diskGb) / 730,
  });
  assumptions.push(...priceNotes(disk, region));

  const localSsds =
    (num(cfg.localSsdCount) ?? 0) +
    (num(dig(cfg, "ephemeralStorageLocalSsdConfig.localSsdCount")) ?? 0) +
    (num(dig(cfg, "localNvmeSsdBlockConfig.localSsdCount")) ?? 0);
  if (localSsds > 0) {
    const gb = localSsds * LOCAL_SSD_GB;
    perNode.push({ item: `local SSD ${gb} GB`, hourlyUsd: (LOCAL_SSD_PRICE.usd * gb) / 730 });
    assumptions.push(...priceNotes(LOCAL_SSD_PRICE, region));
  }
  if (cfg.spot === true || cfg.preemptible === true)
    assumptions.push(
      `${label}: spot/preemptible nodes priced at the on-demand price (no spot prices in the sources): an upper bound`,
    );

  return {
    lines: perNode.map((l) => ({ item: `${label}: ${l.item} × ${nodes}`, hourlyUsd: l.hourlyUsd * nodes })),
    assumptions,
    perNodeHourlyUsd: perNode.reduce((s, l) => s + l.hourlyUsd, 0),
    nodes,
  };
}
