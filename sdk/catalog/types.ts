import type { Arch } from "../units/compute";

export const PUBLIC_CLOUDS = ["aws", "azure", "gcp"] as const;
export type PublicCloud = (typeof PUBLIC_CLOUDS)[number];
export const CLOUDS = ["aws", "azure", "gcp", "kubernetes"] as const;
export type Cloud = (typeof CLOUDS)[number];

export const GEOGRAPHIES = ["us", "eu", "asia", "canada", "middle-east", "africa"] as const;
/**
 * Coarse geography of a region: `asia` covers Asia-Pacific, Australia included; `canada`,
 * `middle-east` and `africa` hold the AWS regions there (ca-central-1, me-*, af-south-1).
 */
export type Geography = (typeof GEOGRAPHIES)[number];

export const CATEGORIES = ["general", "compute", "memory", "burstable", "gpu"] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Region {
  cloud: PublicCloud;
  name: string;
  geography: Geography;
  /** Human name of the location, e.g. "Frankfurt". */
  location: string;
}

export interface InstanceType {
  cloud: PublicCloud;
  /** Catalog name; for GCP machine types with attached GPUs `n1-standard-4+1xnvidia-tesla-t4`. */
  name: string;
  family: string;
  category: Category;
  vcpus: number;
  memoryGiB: number;
  arch: Arch;
  /** May be fractional for partitioned GPUs (Azure NVadsA10 v5). */
  gpuCount: number;
  gpuModel?: string;
  /** GCP only: the machine type and accelerator that make up a composite GPU entry. */
  machineType?: string;
  accelerator?: { type: string; count: number };
}

/** A citable origin of figures in the catalog. */
export interface Source {
  id: string;
  /** What was read: repository, file and commit, or a page. */
  description: string;
  /** Date of the source snapshot when known (YYYY-MM-DD). */
  asOf?: string;
}

/**
 * Linux price of one instance type in one region: on-demand in `offers`, spot in `spotOffers`
 * (where it is a snapshot of a market price, see `Catalog.spotPrice`).
 */
export interface Offer {
  cloud: PublicCloud;
  region: string;
  instanceType: string;
  hourlyUsd: number;
  source: string;
}

export const SERVICE_ITEMS = [
  "disk.standard",
  "disk.ssd",
  "object.hot",
  "object.cool",
  "object.archive",
  "lb.hour",
  "egress.gb",
  "publicIp.hour",
] as const;
/** Non-compute prices: disks and object storage per GB-month, load balancer and public IP per hour, egress per GB. */
export type ServiceItem = (typeof SERVICE_ITEMS)[number];

export interface ServicePrice {
  cloud: PublicCloud;
  /** Region the price was read for; `*` for a price that applies to every region. */
  region: string;
  item: ServiceItem;
  usd: number;
  unit: "GB-month" | "hour" | "GB";
  source: string;
  /** What the figure stands for and what it leaves out. */
  note?: string;
}

/** GPU accelerator price per GPU-hour (GCP bills GPUs apart from the machine). */
export interface AcceleratorPrice {
  cloud: PublicCloud;
  region: string;
  accelerator: string;
  gpuModel: string;
  hourlyUsd: number;
  source: string;
}

/** Kubernetes price profile: what a pod's requests cost, split from a node's price. */
export interface KubernetesProfile {
  vcpuHourUsd: number;
  memoryGiBHourUsd: number;
  gpuHourUsd: number;
  /** How the figures were derived. */
  derivation: string;
}

/** The serializable content of a catalog; also the format of user catalog files (every list optional there). */
export interface CatalogData {
  /** Date the figures were transcribed into this catalog (YYYY-MM-DD). */
  readOn: string;
  sources: Source[];
  regions: Region[];
  instanceTypes: InstanceType[];
  offers: Offer[];
  services: ServicePrice[];
  accelerators: AcceleratorPrice[];
  /**
   * Spot prices that replace or add to the full tables' (which give the shipped spot figures).
   * @default none
   */
  spotOffers?: Offer[];
}

/** A user catalog file: additions and overrides merged over the shipped catalog. */
export interface CatalogOverrides {
  readOn?: string;
  sources?: Source[];
  regions?: Region[];
  instanceTypes?: InstanceType[];
  offers?: Offer[];
  /** Spot prices (same fields as `offers`): a price you see in your account, or one the tables lack. */
  spotOffers?: Offer[];
  services?: ServicePrice[];
  accelerators?: AcceleratorPrice[];
  kubernetes?: Partial<KubernetesProfile>;
}
