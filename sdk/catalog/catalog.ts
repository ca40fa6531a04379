import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LeptonError } from "../errors";
import { editDistance, oneOf } from "../units/checks";
import { FullTable, looksLikeInstanceType, shippedFullTable } from "./full-table";
import { validateOverrides } from "./overrides";
import { deriveKubernetesProfile } from "./kubernetes";
import type {
  AcceleratorPrice,
  CatalogData,
  CatalogOverrides,
  InstanceType,
  KubernetesProfile,
  Offer,
  PublicCloud,
  Region,
  ServiceItem,
  ServicePrice,
  Source,
} from "./types";
import { PUBLIC_CLOUDS } from "./types";

const key = (...parts: string[]) => parts.join("\u0000");

/** What every spot figure says about itself: the price moves, the catalog holds one reading of it. */
export const SPOT_SNAPSHOT_NOTE =
  "spot prices change over time with supply and demand: this figure is a snapshot as of its source's date, not a quote";

/** GCP attaches GPUs to N1 machines; these composite entries make them placeable like any type. */
function gcpGpuComposites(data: CatalogData): { types: InstanceType[]; offers: Offer[] } {
  const types: InstanceType[] = [];
  const offers: Offer[] = [];
  const hosts = data.instanceTypes.filter((t) => t.cloud === "gcp" && t.family === "n1" && t.gpuCount === 0);
  for (const accel of data.accelerators.filter((a) => a.cloud === "gcp")) {
    for (const host of hosts) {
      const hostOffer = data.offers.find(
        (o) => o.cloud === "gcp" && o.instanceType === host.name && o.region === accel.region,
      );
      if (!hostOffer) continue;
      for (const count of [1, 2]) {
        const name = `${host.name}+${count}x${accel.accelerator}`;
        if (!types.some((t) => t.name === name)) {
          types.push({
            ...host,
            name,
            category: "gpu",
            gpuCount: count,
            gpuModel: accel.gpuModel,
            machineType: host.name,
            accelerator: { type: accel.accelerator, count },
          });
        }
        offers.push({
          cloud: "gcp",
          region: accel.region,
          instanceType: name,
          hourlyUsd: Math.round((hostOffer.hourlyUsd + count * accel.hourlyUsd) * 1e6) / 1e6,
          source: `${hostOffer.source}+${accel.source}`,
        });
      }
    }
  }
  return { types, offers };
}

/** Finds a cloud's full pricing table; `undefined` when the catalog has none (a bare user catalog). */
export type FullTableSource = (cloud: PublicCloud) => FullTable | undefined;

/**
 * The price catalog: regions, instance types, on-demand offers and service prices of AWS, Azure
 * and GCP, plus the Kubernetes price profile. Immutable; `withOverrides` returns a new one.
 *
 * Two levels: the curated set (`data`, `offers`, `instanceTypes()`) is what placement chooses
 * among; the full tables know every type the sources list and answer `offer()`, `instanceType()`
 * and `spotPrice()` when the curated set misses. A full table is read from disk only then.
 */
export class Catalog {
  readonly data: CatalogData;
  private kubernetesProfile?: KubernetesProfile;
  /** Every offer, cheapest first (ties by cloud, region, type), for placement. */
  readonly offers: readonly Offer[];
  private readonly typeIndex = new Map<string, InstanceType>();
  private readonly regionIndex = new Map<string, Region>();
  private readonly offerIndex = new Map<string, Offer>();
  private readonly spotIndex = new Map<string, Offer>();
  private readonly serviceIndex = new Map<string, ServicePrice>();
  private readonly acceleratorIndex = new Map<string, AcceleratorPrice>();
  private readonly sourceIndex = new Map<string, Source>();

  /**
   * @param data regions, types, offers and service prices.
   * @param kubernetesOverride figures that replace the derived Kubernetes profile.
   */
  private readonly fullOffers = new Map<string, Offer | null>();

  constructor(
    data: CatalogData,
    private readonly kubernetesOverride: Partial<KubernetesProfile> = {},
    private readonly fullTables: FullTableSource = () => undefined,
  ) {
    const composites = gcpGpuComposites(data);
    this.data = {
      ...data,
      instanceTypes: [...data.instanceTypes, ...composites.types],
      offers: [...data.offers, ...composites.offers],
    };
    for (const s of this.data.sources) this.sourceIndex.set(s.id, s);
    for (const r of this.data.regions) this.regionIndex.set(key(r.cloud, r.name), r);
    for (const t of this.data.instanceTypes) this.typeIndex.set(key(t.cloud, t.name), t);
    for (const o of this.data.offers) this.offerIndex.set(key(o.cloud, o.region, o.instanceType), o);
    for (const o of this.data.spotOffers ?? []) this.spotIndex.set(key(o.cloud, o.region, o.instanceType), o);
    for (const s of this.data.services) this.serviceIndex.set(key(s.cloud, s.region, s.item), s);
    for (const a of this.data.accelerators)
      this.acceleratorIndex.set(key(a.cloud, a.region, a.accelerator), a);
    this.offers = [...this.offerIndex.values()].sort(
      (a, b) =>
        a.hourlyUsd - b.hourlyUsd ||
        a.cloud.localeCompare(b.cloud) ||
        a.region.localeCompare(b.region) ||
        a.instanceType.localeCompare(b.instanceType),
    );
  }

  /** The Kubernetes price profile: the user's figures, else derived from the catalog (on first use). */
  get kubernetes(): KubernetesProfile {
    if (!this.kubernetesProfile) {
      const o = this.kubernetesOverride;
      const complete =
        o.vcpuHourUsd !== undefined && o.memoryGiBHourUsd !== undefined && o.gpuHourUsd !== undefined;
      this.kubernetesProfile = complete
        ? { derivation: "user catalog", ...(o as Omit<KubernetesProfile, "derivation">) }
        : { ...deriveKubernetesProfile(this), ...o };
    }
    return this.kubernetesProfile;
  }

  regions(cloud?: PublicCloud): Region[] {
    return this.data.regions.filter((r) => !cloud || r.cloud === cloud);
  }

  region(cloud: PublicCloud, name: string): Region | undefined {
    return this.regionIndex.get(key(cloud, name));
  }

  /** The region, or an error naming the field and the valid regions. */
  requireRegion(cloud: PublicCloud, name: string, field = "region"): Region {
    const region = this.region(cloud, name);
    if (!region) {
      const valid = this.regions(cloud).map((r) => r.name);
      throw new LeptonError(
        `${field}: ${JSON.stringify(name)} is not a ${cloud} region in the catalog; ${oneOf(valid, name)}`,
      );
    }
    return region;
  }

  instanceTypes(cloud?: PublicCloud): InstanceType[] {
    return this.data.instanceTypes.filter((t) => !cloud || t.cloud === cloud);
  }

  /**
   * Every type name the catalog knows for a cloud: the curated set's and the full table's (read
   * from disk on first use). For searches beyond what placement chooses among.
   */
  instanceTypeNames(cloud: PublicCloud): string[] {
    const names = new Set(this.instanceTypes(cloud).map((t) => t.name));
    for (const n of this.fullTables(cloud)?.names() ?? []) names.add(n);
    return [...names];
  }

  /** A type of the curated set, else of the cloud's full table (when the sources give its whole spec). */
  instanceType(cloud: PublicCloud, name: string): InstanceType | undefined {
    return this.typeIndex.get(key(cloud, name)) ?? this.fullTable(cloud, name)?.spec(name);
  }

  /** The on-demand Linux price of a type in a region: curated first, else the cloud's full table. */
  offer(cloud: PublicCloud, region: string, instanceType: string): Offer | undefined {
    const curated = this.offerIndex.get(key(cloud, region, instanceType));
    if (curated) return curated;
    const k = key(cloud, region, instanceType);
    let offer = this.fullOffers.get(k);
    if (offer === undefined) {
      const table = this.region(cloud, region) ? this.fullTable(cloud, instanceType) : undefined;
      const usd = table?.onDemand(region, instanceType);
      offer =
        table && usd !== undefined
          ? { cloud, region, instanceType, hourlyUsd: usd, source: table.onDemandSource }
          : null;
      this.fullOffers.set(k, offer);
    }
    return offer ?? undefined;
  }

  /**
   * The spot (interruptible) Linux price of a type in a region: a user catalog's `spotOffers`
   * first, else the cloud's full table (AWS and GCP in every catalog region, Azure in US regions).
   * Undefined where no source has one (GCP types with attached GPUs among them). Spot prices move:
   * each figure is a snapshot as of its source's date (`SPOT_SNAPSHOT_NOTE`).
   */
  spotPrice(cloud: PublicCloud, region: string, instanceType: string): Offer | undefined {
    const own = this.spotIndex.get(key(cloud, region, instanceType));
    if (own) return own;
    const table = this.fullTable(cloud, instanceType);
    const usd = table?.spot(region, instanceType);
    return table && usd !== undefined
      ? { cloud, region, instanceType, hourlyUsd: usd, source: table.spotSource }
      : undefined;
  }

  /**
   * The type names closest to `name` (curated and full table), nearest first: by edit distance,
   * then same family, then name. For "not in the catalog" messages.
   */
  nearestInstanceTypes(cloud: PublicCloud, name: string, count = 3): string[] {
    const names = new Set(this.instanceTypes(cloud).map((t) => t.name));
    const table = this.fullTables(cloud);
    for (const n of table?.names() ?? []) names.add(n);
    const familyOf = (n: string) => n.split(/[.-]/)[0].toLowerCase();
    const lower = name.toLowerCase();
    return [...names]
      .filter((n) => !n.includes("+"))
      .map((n) => ({ n, d: editDistance(lower, n.toLowerCase()), f: familyOf(n) === familyOf(name) ? 0 : 1 }))
      .sort((a, b) => a.d - b.d || a.f - b.f || a.n.localeCompare(b.n))
      .slice(0, count)
      .map((x) => x.n);
  }

  /** The cloud's full table when `name` could be one of its types (other names never load it). */
  private fullTable(cloud: PublicCloud, name: string): FullTable | undefined {
    if (!looksLikeInstanceType(cloud, name)) return undefined;
    const table = this.fullTables(cloud);
    return table?.has(name) ? table : undefined;
  }

  /** A service price for the region, else the all-regions figure (`region: "*"`), else undefined. */
  service(cloud: PublicCloud, region: string, item: ServiceItem): ServicePrice | undefined {
    return this.serviceIndex.get(key(cloud, region, item)) ?? this.serviceIndex.get(key(cloud, "*", item));
  }

  accelerator(cloud: PublicCloud, region: string, accelerator: string): AcceleratorPrice | undefined {
    return this.acceleratorIndex.get(key(cloud, region, accelerator));
  }

  source(id: string): Source | undefined {
    const cloud = PUBLIC_CLOUDS.find((c) => id.startsWith(`${c}-full-`));
    return (
      this.sourceIndex.get(id) ??
      (cloud ? this.fullTables(cloud)?.sources.find((s) => s.id === id) : undefined)
    );
  }

  /** Describes a source id (composite ids `a+b` are joined), for messages and reports. */
  describeSource(id: string): string {
    return id
      .split("+")
      .map((part) => {
        const s = this.source(part);
        return s ? `${s.description}${s.asOf ? ` (as of ${s.asOf})` : ""}` : part;
      })
      .join(" + ");
  }

  /**
   * A new catalog with user entries merged over this one: same keys replace (a negotiated price,
   * a corrected spec), new keys add (a private cloud region, a new type).
   */
  withOverrides(input: CatalogOverrides, origin = "catalog overrides"): Catalog {
    const o = validateOverrides(input, origin);
    const merge = <T>(base: T[], extra: T[] | undefined, id: (x: T) => string): T[] => {
      const map = new Map(base.map((x) => [id(x), x]));
      for (const x of extra ?? []) map.set(id(x), x);
      return [...map.values()];
    };
    const base = this.baseData();
    return new Catalog(
      {
        readOn: base.readOn,
        sources: merge(base.sources, o.sources, (s) => s.id),
        regions: merge(base.regions, o.regions, (r) => key(r.cloud, r.name)),
        instanceTypes: merge(base.instanceTypes, o.instanceTypes, (t) => key(t.cloud, t.name)),
        offers: merge(base.offers, o.offers, (x) => key(x.cloud, x.region, x.instanceType)),
        services: merge(base.services, o.services, (s) => key(s.cloud, s.region, s.item)),
        accelerators: merge(base.accelerators, o.accelerators, (a) => key(a.cloud, a.region, a.accelerator)),
        spotOffers: merge(base.spotOffers ?? [], o.spotOffers, (x) => key(x.cloud, x.region, x.instanceType)),
      },
      { ...this.kubernetesOverride, ...o.kubernetes },
      this.fullTables,
    );
  }

  /** Reads a user catalog file (JSON, the CatalogOverrides format) and merges it over this one. */
  withFile(file: string): Catalog {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, "utf8"));
    } catch (e) {
      throw new LeptonError(`catalog file ${file}: ${(e as Error).message}`);
    }
    return this.withOverrides(parsed as CatalogOverrides, file);
  }

  /** The data without derived GCP composites, so merging never duplicates them. */
  private baseData(): CatalogData {
    const composite = (name: string) => name.includes("+");
    return {
      ...this.data,
      instanceTypes: this.data.instanceTypes.filter((t) => !composite(t.name)),
      offers: this.data.offers.filter((o) => !composite(o.instanceType)),
    };
  }
}

let shipped: Catalog | undefined;

/** The catalog shipped with the package (read on first use; its full tables only when a lookup needs them). */
export function defaultCatalog(): Catalog {
  if (!shipped) {
    const parts = PUBLIC_CLOUDS.map(
      (cloud) => JSON.parse(readFileSync(join(__dirname, "data", `${cloud}.json`), "utf8")) as CatalogData,
    );
    shipped = new Catalog(
      {
        readOn: parts[0].readOn,
        sources: parts.flatMap((p) => p.sources),
        regions: parts.flatMap((p) => p.regions),
        instanceTypes: parts.flatMap((p) => p.instanceTypes),
        offers: parts.flatMap((p) => p.offers),
        services: parts.flatMap((p) => p.services),
        accelerators: parts.flatMap((p) => p.accelerators),
      },
      {},
      shippedFullTable,
    );
  }
  return shipped;
}

/** The shipped catalog, with a user catalog file merged over it when one is named. */
export function loadCatalog(file?: string): Catalog {
  return file ? defaultCatalog().withFile(file) : defaultCatalog();
}
