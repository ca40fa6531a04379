import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LeptonError } from "../errors";
import { oneOf } from "../units/checks";
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

/**
 * The price catalog: regions, instance types, on-demand offers and service prices of AWS, Azure
 * and GCP, plus the Kubernetes price profile. Immutable; `withOverrides` returns a new one.
 */
export class Catalog {
  readonly data: CatalogData;
  private kubernetesProfile?: KubernetesProfile;
  /** Every offer, cheapest first (ties by cloud, region, type), for placement. */
  readonly offers: readonly Offer[];
  private readonly typeIndex = new Map<string, InstanceType>();
  private readonly regionIndex = new Map<string, Region>();
  private readonly offerIndex = new Map<string, Offer>();
  private readonly serviceIndex = new Map<string, ServicePrice>();
  private readonly acceleratorIndex = new Map<string, AcceleratorPrice>();
  private readonly sourceIndex = new Map<string, Source>();

  /**
   * @param data regions, types, offers and service prices.
   * @param kubernetesOverride figures that replace the derived Kubernetes profile.
   */
  constructor(
    data: CatalogData,
    private readonly kubernetesOverride: Partial<KubernetesProfile> = {},
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

  instanceType(cloud: PublicCloud, name: string): InstanceType | undefined {
    return this.typeIndex.get(key(cloud, name));
  }

  offer(cloud: PublicCloud, region: string, instanceType: string): Offer | undefined {
    return this.offerIndex.get(key(cloud, region, instanceType));
  }

  /** A service price for the region, else the all-regions figure (`region: "*"`), else undefined. */
  service(cloud: PublicCloud, region: string, item: ServiceItem): ServicePrice | undefined {
    return this.serviceIndex.get(key(cloud, region, item)) ?? this.serviceIndex.get(key(cloud, "*", item));
  }

  accelerator(cloud: PublicCloud, region: string, accelerator: string): AcceleratorPrice | undefined {
    return this.acceleratorIndex.get(key(cloud, region, accelerator));
  }

  source(id: string): Source | undefined {
    return this.sourceIndex.get(id);
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
      },
      { ...this.kubernetesOverride, ...o.kubernetes },
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

/** The catalog shipped with the package (read on first use). */
export function defaultCatalog(): Catalog {
  if (!shipped) {
    const parts = PUBLIC_CLOUDS.map(
      (cloud) => JSON.parse(readFileSync(join(__dirname, "data", `${cloud}.json`), "utf8")) as CatalogData,
    );
    shipped = new Catalog({
      readOn: parts[0].readOn,
      sources: parts.flatMap((p) => p.sources),
      regions: parts.flatMap((p) => p.regions),
      instanceTypes: parts.flatMap((p) => p.instanceTypes),
      offers: parts.flatMap((p) => p.offers),
      services: parts.flatMap((p) => p.services),
      accelerators: parts.flatMap((p) => p.accelerators),
    });
  }
  return shipped;
}

/** The shipped catalog, with a user catalog file merged over it when one is named. */
export function loadCatalog(file?: string): Catalog {
  return file ? defaultCatalog().withFile(file) : defaultCatalog();
}
