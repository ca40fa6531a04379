import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Arch } from "../units/compute";
import type { Category, InstanceType, PublicCloud, Source } from "./types";

/** The shipped file `data/<cloud>-full.json`: every type the sources list, as columns to stay small. */
interface FullTableFile {
  cloud: PublicCloud;
  sources: Source[];
  onDemandSource: string;
  spotSource: string;
  regions: string[];
  /** [name, family, category, vcpus, memoryGiB, gpuCount, gpuModel, arch]; nulls where the source has no figure. */
  types: [
    string,
    string,
    Category,
    number | null,
    number | null,
    number | null,
    string | null,
    Arch | null,
  ][];
  /** USD per hour, per type, per region (same order as `regions`); 0 where the source has no price. */
  onDemand: number[][];
  spot: number[][];
}

/** One cloud's full pricing table, indexed. Read only when a lookup misses the curated catalog. */
export class FullTable {
  readonly sources: readonly Source[];
  readonly onDemandSource: string;
  readonly spotSource: string;
  private readonly regionColumn = new Map<string, number>();
  private readonly row = new Map<string, number>();

  constructor(private readonly file: FullTableFile) {
    this.sources = file.sources;
    this.onDemandSource = file.onDemandSource;
    this.spotSource = file.spotSource;
    file.regions.forEach((r, i) => this.regionColumn.set(r, i));
    file.types.forEach((t, i) => this.row.set(t[0], i));
  }

  get cloud(): PublicCloud {
    return this.file.cloud;
  }

  /** Every type name the table lists (priced in at least one region). */
  names(): string[] {
    return this.file.types.map((t) => t[0]);
  }

  has(name: string): boolean {
    return this.row.has(name);
  }

  /** The type's spec when the sources give all of it (vCPUs, memory, GPU count, architecture). */
  spec(name: string): InstanceType | undefined {
    const i = this.row.get(name);
    if (i === undefined) return undefined;
    const [, family, category, vcpus, memoryGiB, gpuCount, gpuModel, arch] = this.file.types[i];
    if (vcpus === null || memoryGiB === null || gpuCount === null || arch === null) return undefined;
    return {
      cloud: this.file.cloud,
      name,
      family,
      category,
      vcpus,
      memoryGiB,
      arch,
      gpuCount,
      ...(gpuModel ? { gpuModel } : {}),
    };
  }

  /** On-demand Linux USD per hour, or undefined when the source has no price there. */
  onDemand(region: string, name: string): number | undefined {
    return this.cell(this.file.onDemand, region, name);
  }

  /** Spot USD per hour where the source has one (AWS, GCP; Azure US regions). */
  spot(region: string, name: string): number | undefined {
    return this.cell(this.file.spot, region, name);
  }

  private cell(table: number[][], region: string, name: string): number | undefined {
    const i = this.row.get(name);
    const j = this.regionColumn.get(region);
    if (i === undefined || j === undefined) return undefined;
    const v = table[i][j];
    return v > 0 ? v : undefined;
  }
}

/** How many times each cloud's full table was read from disk in this process (tests check laziness). */
export const fullTableReads: Record<PublicCloud, number> = { aws: 0, azure: 0, gcp: 0 };

const loaded = new Map<PublicCloud, FullTable>();

/** The shipped full table of one cloud, read from disk on first use and kept. */
export function shippedFullTable(cloud: PublicCloud): FullTable {
  let table = loaded.get(cloud);
  if (!table) {
    fullTableReads[cloud]++;
    const file = JSON.parse(
      readFileSync(join(__dirname, "data", `${cloud}-full.json`), "utf8"),
    ) as FullTableFile;
    table = new FullTable(file);
    loaded.set(cloud, table);
  }
  return table;
}

/** Whether a name is spelled like one of the cloud's instance types (so other clouds' tables stay unread). */
export function looksLikeInstanceType(cloud: PublicCloud, name: string): boolean {
  if (cloud === "aws") return /^[a-z][a-z0-9-]*\.[a-z0-9-]+$/.test(name);
  if (cloud === "azure") return /^(Standard|Basic)_[A-Za-z0-9_-]+$/.test(name);
  return /^[a-z][a-z0-9]*-[a-z0-9-]+$/.test(name);
}
