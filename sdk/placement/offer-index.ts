import type { Catalog } from "../catalog/catalog";
import type { InstanceType, Offer } from "../catalog/types";
import { GEOGRAPHIES, PUBLIC_CLOUDS } from "../catalog/types";
import { HOURS_PER_MONTH } from "../cost/formulas";
import type { ResolvedComputeUnit } from "../units/compute";

/**
 * Every offer of a catalog as columns of typed arrays, cheapest instance first, so placing a unit
 * is one tight loop with no map look-ups or closures. Built once per catalog.
 */
export interface OfferIndex {
  offers: Offer[];
  types: InstanceType[];
  cloud: Uint8Array;
  region: Uint16Array;
  regionNames: string[];
  geography: Uint8Array;
  family: Uint16Array;
  familyNames: string[];
  vcpus: Float64Array;
  memoryGiB: Float64Array;
  arm: Uint8Array;
  burstable: Uint8Array;
  gpuCount: Float64Array;
  price: Float64Array;
  /** USD per GB-month of the boot disk classes; NaN where the catalog has no price. */
  diskStandard: Float64Array;
  diskSsd: Float64Array;
  /** The lowest of each disk column, to bound what any later offer can cost. */
  minDiskStandard: number;
  minDiskSsd: number;
  /** Positions of the offers of a set of clouds and a geography, cheapest first (built on first use). */
  views: Map<number, Int32Array>;
  /**
   * Spot USD per hour per offer (Infinity where the catalog has none) and its source. Built on the
   * first scan by spot price, since it reads the full tables, which on-demand placement never loads.
   */
  spot?: { price: Float64Array; source: (string | undefined)[]; views: Map<number, Int32Array> };
}

const cache = new WeakMap<Catalog, OfferIndex>();
const catalogOf = new WeakMap<OfferIndex, Catalog>();

export function offerIndex(catalog: Catalog): OfferIndex {
  const known = cache.get(catalog);
  if (known) return known;
  const pairs = catalog.offers
    .map((offer) => ({ offer, type: catalog.instanceType(offer.cloud, offer.instanceType) }))
    .filter((p): p is { offer: Offer; type: InstanceType } => p.type !== undefined);
  const n = pairs.length;
  const ids = new Map<string, number>();
  const idOf = (names: string[], key: string) => {
    let id = ids.get(key);
    if (id === undefined) {
      id = names.length;
      names.push(key.slice(key.indexOf("/") + 1));
      ids.set(key, id);
    }
    return id;
  };
  const index: OfferIndex = {
    offers: pairs.map((p) => p.offer),
    types: pairs.map((p) => p.type),
    cloud: new Uint8Array(n),
    region: new Uint16Array(n),
    regionNames: [],
    geography: new Uint8Array(n),
    family: new Uint16Array(n),
    familyNames: [],
    vcpus: new Float64Array(n),
    memoryGiB: new Float64Array(n),
    arm: new Uint8Array(n),
    burstable: new Uint8Array(n),
    gpuCount: new Float64Array(n),
    price: new Float64Array(n),
    diskStandard: new Float64Array(n),
    diskSsd: new Float64Array(n),
    minDiskStandard: Infinity,
    minDiskSsd: Infinity,
    views: new Map(),
  };
  pairs.forEach(({ offer, type }, i) => {
    index.cloud[i] = PUBLIC_CLOUDS.indexOf(offer.cloud);
    index.region[i] = idOf(index.regionNames, `r/${offer.region}`);
    const geo = catalog.region(offer.cloud, offer.region)?.geography;
    index.geography[i] = geo ? GEOGRAPHIES.indexOf(geo) : 255;
    index.family[i] = idOf(index.familyNames, `f/${type.family}`);
    index.vcpus[i] = type.vcpus;
    index.memoryGiB[i] = type.memoryGiB;
    index.arm[i] = type.arch === "arm64" ? 1 : 0;
    index.burstable[i] = type.category === "burstable" ? 1 : 0;
    index.gpuCount[i] = type.gpuCount;
    index.price[i] = offer.hourlyUsd;
    index.diskStandard[i] = catalog.service(offer.cloud, offer.region, "disk.standard")?.usd ?? NaN;
    index.diskSsd[i] = catalog.service(offer.cloud, offer.region, "disk.ssd")?.usd ?? NaN;
    if (index.diskStandard[i] < index.minDiskStandard) index.minDiskStandard = index.diskStandard[i];
    if (index.diskSsd[i] < index.minDiskSsd) index.minDiskSsd = index.diskSsd[i];
  });
  cache.set(catalog, index);
  catalogOf.set(index, catalog);
  return index;
}

/** The spot columns of an index, read from its catalog on first use. */
export function spotColumns(ix: OfferIndex): NonNullable<OfferIndex["spot"]> {
  if (!ix.spot) {
    const catalog = catalogOf.get(ix)!;
    const price = new Float64Array(ix.offers.length);
    const source: (string | undefined)[] = [];
    ix.offers.forEach((o, i) => {
      const spot = catalog.spotPrice(o.cloud, o.region, o.instanceType);
      price[i] = spot?.hourlyUsd ?? Infinity;
      source.push(spot?.source);
    });
    ix.spot = { price, source, views: new Map() };
  }
  return ix.spot;
}

/**
 * The offers of the clouds in `cloudMask` (bit per PUBLIC_CLOUDS entry), in geography `geo` (-1:
 * any), as positions in price order. Most constraints name clouds or a geography, so a scan skips
 * the rest of the catalog instead of excluding it offer by offer.
 */
function view(ix: OfferIndex, cloudMask: number, geo: number): Int32Array {
  const key = cloudMask * 8 + geo + 1;
  let positions = ix.views.get(key);
  if (!positions) {
    const kept: number[] = [];
    for (let i = 0; i < ix.price.length; i++) {
      if (cloudMask & (1 << ix.cloud[i]) && (geo < 0 || ix.geography[i] === geo)) kept.push(i);
    }
    positions = Int32Array.from(kept);
    ix.views.set(key, positions);
  }
  return positions;
}

/** `view`, ordered by spot price (offers without one last, in on-demand order). */
function spotView(ix: OfferIndex, cloudMask: number, geo: number): Int32Array {
  const spot = spotColumns(ix);
  const key = cloudMask * 8 + geo + 1;
  let positions = spot.views.get(key);
  if (!positions) {
    const p = spot.price;
    positions = Int32Array.from(view(ix, cloudMask, geo)).sort((a, b) =>
      p[a] === p[b] ? a - b : p[a] < p[b] ? -1 : 1,
    );
    spot.views.set(key, positions);
  }
  return positions;
}

/** The constraints of one scan, already validated and resolved. */
export interface ScanFilter {
  clouds: readonly string[];
  regions?: readonly string[];
  geography?: string;
  instanceType?: string;
  families?: readonly string[];
  allowBurstable: boolean;
  maxHourlyUsd?: number;
  /** Rank by spot price and exclude offers without one. @default false (on-demand) */
  bySpot?: boolean;
  /** How many of the best offers to return. */
  keep: number;
}

/** Why offers were excluded, in the order they are checked. */
export const STAGES = [
  "placement.cloud(s)",
  "placement.region(s)",
  "placement.geography",
  "placement.instanceType",
  "placement.families",
  "placement.allowBurstable",
  "unit.arch",
  "unit.gpu",
  "unit.vcpus",
  "unit.memoryGiB",
  "placement.priceBy",
  "disk price",
  "placement.maxHourlyUsd",
  "dearer than the alternatives (not examined)",
] as const;

// Positions in STAGES of the stages the scan refers to by number.
const S_GPU = 7;
const S_VCPUS = 8;
const S_MEMORY = 9;
const S_SPOT = 10;
const S_DISK = 11;
const S_MAX_PRICE = 12;
const S_NOT_EXAMINED = 13;

export interface ScanResult {
  /** Offer positions of the best offers, best first. */
  best: number[];
  /** Instance (spot when scanning by spot) + boot disk per hour of each offer in `best`. */
  hourly: number[];
  /** Offers excluded per stage (same order as STAGES). */
  excludedBy: number[];
  /** Per stage, up to three excluded offers that came nearest (hardware) or were cheapest. */
  nearest: number[][];
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Deterministic order: cheaper, then fewer spare vCPUs and GiB, then cloud, region and type names. */
function before(ix: OfferIndex, ha: number, a: number, hb: number, b: number): boolean {
  const d =
    ha - hb ||
    ix.vcpus[a] - ix.vcpus[b] ||
    ix.memoryGiB[a] - ix.memoryGiB[b] ||
    byName(ix.offers[a].cloud, ix.offers[b].cloud) ||
    byName(ix.offers[a].region, ix.offers[b].region) ||
    byName(ix.offers[a].instanceType, ix.offers[b].instanceType);
  return d < 0;
}

/** Scans every offer once: counts exclusions per constraint and keeps the best `filter.keep`. */
export function scanOffers(ix: OfferIndex, unit: ResolvedComputeUnit, filter: ScanFilter): ScanResult {
  let cloudMask = 0;
  for (const c of filter.clouds) cloudMask |= 1 << PUBLIC_CLOUDS.indexOf(c as (typeof PUBLIC_CLOUDS)[number]);
  const regionOk = filter.regions ? ix.regionNames.map((r) => filter.regions!.includes(r)) : undefined;
  const geo = filter.geography ? GEOGRAPHIES.indexOf(filter.geography as (typeof GEOGRAPHIES)[number]) : -1;
  const familyOk = filter.families ? ix.familyNames.map((f) => filter.families!.includes(f)) : undefined;
  const wantArm = unit.arch === "arm64" ? 1 : 0;
  const gpuCount = unit.gpu?.count ?? 0;
  const gpuModel = unit.gpu?.model;
  const disk = unit.diskClass === "ssd" ? ix.diskSsd : ix.diskStandard;
  const diskGb = unit.diskGiB / HOURS_PER_MONTH;
  // Offers come cheapest instance first: once the best list is full, an offer whose instance plus
  // the cheapest disk anywhere costs more than the last kept one cannot enter, nor can any after it.
  const floor = (unit.diskClass === "ssd" ? ix.minDiskSsd : ix.minDiskStandard) * diskGb - 1e-6;
  const excludedBy = new Array<number>(STAGES.length).fill(0);
  const nearest: number[][] = STAGES.map(() => []);
  const nearness = (stage: number, i: number) =>
    stage === S_GPU
      ? ix.gpuCount[i]
      : stage === S_VCPUS
        ? ix.vcpus[i]
        : stage === S_MEMORY
          ? ix.memoryGiB[i]
          : 0;
  const exclude = (stage: number, i: number) => {
    excludedBy[stage]++;
    const kept = nearest[stage];
    if (kept.length < 3) kept.push(i);
    else if (stage >= S_GPU && stage <= S_MEMORY) {
      // Offers come cheapest first; for hardware limits a later one is kept only when it comes nearer.
      let worst = 0;
      for (let k = 1; k < 3; k++) if (nearness(stage, kept[k]) < nearness(stage, kept[worst])) worst = k;
      if (nearness(stage, i) > nearness(stage, kept[worst])) kept[worst] = i;
    }
  };
  const best: number[] = [];
  const hourly: number[] = [];
  // Offers outside the clouds and geography are counted, not visited.
  const inClouds = view(ix, cloudMask, -1).length;
  const positions = filter.bySpot ? spotView(ix, cloudMask, geo) : view(ix, cloudMask, geo);
  // Offers come in order of this column: on-demand prices, or spot prices (Infinity where none).
  const price = filter.bySpot ? spotColumns(ix).price : ix.price;
  excludedBy[0] = ix.price.length - inClouds;
  excludedBy[2] = inClouds - positions.length;
  const n = positions.length;
  for (let k = 0; k < n; k++) {
    const i = positions[k];
    if (best.length === filter.keep && price[i] + floor > hourly[best.length - 1]) {
      excludedBy[S_NOT_EXAMINED] = n - k;
      break;
    }
    if (regionOk && !regionOk[ix.region[i]]) exclude(1, i);
    else if (filter.instanceType !== undefined && ix.offers[i].instanceType !== filter.instanceType)
      exclude(3, i);
    else if (familyOk && !familyOk[ix.family[i]]) exclude(4, i);
    else if (!filter.allowBurstable && ix.burstable[i]) exclude(5, i);
    else if (ix.arm[i] !== wantArm) exclude(6, i);
    else if (
      gpuCount
        ? ix.gpuCount[i] < gpuCount || (gpuModel !== undefined && ix.types[i].gpuModel !== gpuModel)
        : ix.gpuCount[i] !== 0
    )
      exclude(S_GPU, i);
    else if (ix.vcpus[i] < unit.vcpus) exclude(S_VCPUS, i);
    else if (ix.memoryGiB[i] < unit.memoryGiB) exclude(S_MEMORY, i);
    else if (price[i] === Infinity) exclude(S_SPOT, i);
    else if (Number.isNaN(disk[i])) exclude(S_DISK, i);
    else {
      const h = round6(price[i] + disk[i] * diskGb);
      if (filter.maxHourlyUsd !== undefined && h > filter.maxHourlyUsd) {
        exclude(S_MAX_PRICE, i);
        continue;
      }
      const last = best.length - 1;
      if (best.length === filter.keep && !before(ix, h, i, hourly[last], best[last])) continue;
      let at = best.length;
      while (at > 0 && before(ix, h, i, hourly[at - 1], best[at - 1])) at--;
      best.splice(at, 0, i);
      hourly.splice(at, 0, h);
      if (best.length > filter.keep) {
        best.pop();
        hourly.pop();
      }
    }
  }
  return { best, hourly, excludedBy, nearest };
}
