import { parse } from "csv-parse/sync";
import type { Arch } from "../units/compute";
import type { CatalogOverrides, Category, Geography, InstanceType, Offer, PublicCloud } from "./types";
import { GEOGRAPHIES } from "./types";

const GEOGRAPHY_PATTERNS: Record<PublicCloud, [RegExp, Geography][]> = {
  aws: [
    [/^us-/, "us"],
    [/^eu-/, "eu"],
    [/^ap-/, "asia"],
    [/^ca-/, "canada"],
    [/^me-/, "middle-east"],
    [/^af-/, "africa"],
  ],
  gcp: [
    [/^us-/, "us"],
    [/^europe-/, "eu"],
    [/^(asia|australia)-/, "asia"],
    [/^northamerica-northeast/, "canada"],
    [/^me-/, "middle-east"],
    [/^africa-/, "africa"],
  ],
  azure: [
    [/us\d?(euap)?$/, "us"],
    [/europe|^uk|^france|^germany|^switzerland|^norway|^sweden|^poland|^italy|^spain/, "eu"],
    [/asia|^japan|^korea|^australia|india$/, "asia"],
    [/^canada/, "canada"],
    [/^uae|^qatar|^israel/, "middle-east"],
    [/^southafrica/, "africa"],
  ],
};

/** Geography of a region by its name, for regions the shipped catalog does not list. */
export function geographyOf(cloud: PublicCloud, region: string): Geography | undefined {
  return GEOGRAPHY_PATTERNS[cloud].find(([re]) => re.test(region))?.[1];
}

/** Columns each cloud's SkyPilot `vms.csv` must have (the rest are ignored). */
export const SKYPILOT_COLUMNS: Record<PublicCloud, string[]> = {
  aws: [
    "InstanceType",
    "AcceleratorName",
    "AcceleratorCount",
    "vCPUs",
    "MemoryGiB",
    "Price",
    "Region",
    "Arch",
  ],
  gcp: ["InstanceType", "vCPUs", "MemoryGiB", "AcceleratorName", "AcceleratorCount", "Region", "Price"],
  azure: ["InstanceType", "AcceleratorName", "AcceleratorCount", "vCPUs", "MemoryGiB", "Price", "Region"],
};

export interface ImportProblem {
  /** 1-based line in the file. */
  line: number;
  message: string;
}

export interface ImportResult {
  catalog: CatalogOverrides;
  /** Rows skipped, each with its line number and why. */
  skipped: ImportProblem[];
  /** Zone rows read, and (type, region) pairs written. */
  rowsRead: number;
  offers: number;
  /** Regions where zones disagreed on price; the highest was kept. */
  conflicts: { instanceType: string; region: string; prices: number[] }[];
}

function categoryOf(cloud: PublicCloud, name: string, gpu: number): Category {
  if (gpu > 0) return "gpu";
  const n = name.toLowerCase();
  if (cloud === "aws")
    return /^t\d/.test(n)
      ? "burstable"
      : /^c\d/.test(n)
        ? "compute"
        : /^(r|x)\d/.test(n)
          ? "memory"
          : "general";
  if (cloud === "azure")
    return /^standard_b/.test(n)
      ? "burstable"
      : /^standard_f/.test(n)
        ? "compute"
        : /^standard_(e|m)/.test(n)
          ? "memory"
          : "general";
  return /^(e2|f1|g1)-(micro|small|medium)$/.test(n)
    ? "burstable"
    : /highcpu|^c\d/.test(n)
      ? "compute"
      : /highmem|megamem|ultramem|^m\d/.test(n)
        ? "memory"
        : "general";
}

function familyOf(cloud: PublicCloud, name: string): string {
  if (cloud === "aws") return name.split(".")[0];
  if (cloud === "gcp") return name.split("-")[0];
  const m = /^Standard_([A-Z]+)\d+([a-z]*)(?:_([A-Z]\d+[A-Za-z0-9]*))?(?:_(v\d+))?/.exec(name);
  return m ? `${m[1]}${m[2]}${m[3] ? "_" + m[3] : ""}${m[4] ? "_" + m[4] : ""}` : name;
}

function archOf(cloud: PublicCloud, name: string, column: string | undefined): Arch {
  if (column === "arm64" || column === "x86_64") return column;
  if (cloud === "azure" && /^Standard_[A-Z]+\d+a?p/.test(name)) return "arm64";
  if (cloud === "gcp" && /^(t2a|c4a)-/.test(name)) return "arm64";
  return "x86_64";
}

/**
 * Reads a SkyPilot catalog `vms.csv` (one row per zone) into a user catalog: one offer per
 * (type, region) at the on-demand `Price`, specs per type. Rows that cannot be read are skipped and
 * reported with their line number; GCP accelerator-only rows (no InstanceType) are skipped as such.
 */
export function importSkyPilotCsv(text: string, cloud: PublicCloud, source: string): ImportResult {
  const records: string[][] = parse(text, { relax_column_count: true, skip_empty_lines: true });
  const header = records[0] ?? [];
  const missingColumns = SKYPILOT_COLUMNS[cloud].filter((c) => !header.includes(c));
  if (missingColumns.length) {
    throw new Error(
      `line 1: not a SkyPilot ${cloud} vms.csv header; missing column(s) ${missingColumns.join(", ")}`,
    );
  }
  const col = (row: string[], name: string) => row[header.indexOf(name)];
  const skipped: ImportProblem[] = [];
  const types = new Map<string, InstanceType>();
  const prices = new Map<string, { offer: Offer; all: number[] }>();
  records.slice(1).forEach((row, i) => {
    const line = i + 2;
    if (row.length !== header.length) {
      skipped.push({ line, message: `has ${row.length} fields, the header has ${header.length}` });
      return;
    }
    const name = col(row, "InstanceType");
    if (!name) {
      skipped.push({ line, message: "no InstanceType (an accelerator-only row)" });
      return;
    }
    // 1e400 reads as Infinity, which JSON would write as null: only finite figures are kept.
    const positive = (n: number) => Number.isFinite(n) && n > 0;
    const vcpus = Number(col(row, "vCPUs"));
    const memoryGiB = Number(col(row, "MemoryGiB"));
    const price = Number(col(row, "Price"));
    const region = col(row, "Region");
    const gpuCount = col(row, "AcceleratorCount") ? Number(col(row, "AcceleratorCount")) : 0;
    const problems: string[] = [
      !positive(vcpus) && `vCPUs ${JSON.stringify(col(row, "vCPUs"))} is not a positive finite number`,
      !positive(memoryGiB) &&
        `MemoryGiB ${JSON.stringify(col(row, "MemoryGiB"))} is not a positive finite number`,
      !positive(price) && `Price ${JSON.stringify(col(row, "Price"))} is not a positive finite number`,
      !region && "Region is empty",
      !(gpuCount >= 0) && `AcceleratorCount ${JSON.stringify(col(row, "AcceleratorCount"))} is not a number`,
    ].filter((p): p is string => typeof p === "string");
    if (region && !geographyOf(cloud, region))
      problems.push(`Region ${region} is outside the geographies Lepton knows (${GEOGRAPHIES.join(", ")})`);
    if (problems.length) {
      skipped.push({ line, message: problems.join("; ") });
      return;
    }
    const gpuModel = col(row, "AcceleratorName") || undefined;
    if (!types.has(name)) {
      types.set(name, {
        cloud,
        name,
        family: familyOf(cloud, name),
        category: categoryOf(cloud, name, gpuCount),
        vcpus,
        memoryGiB,
        arch: archOf(cloud, name, header.includes("Arch") ? col(row, "Arch") : undefined),
        gpuCount,
        ...(gpuModel ? { gpuModel } : {}),
      });
    }
    const key = `${name}\u0000${region}`;
    const seen = prices.get(key);
    if (seen) {
      seen.all.push(price);
      seen.offer.hourlyUsd = Math.max(seen.offer.hourlyUsd, price);
    } else {
      prices.set(key, {
        offer: { cloud, region, instanceType: name, hourlyUsd: price, source: "import" },
        all: [price],
      });
    }
  });
  const conflicts = [...prices.values()]
    .filter((p) => new Set(p.all).size > 1)
    .map((p) => ({
      instanceType: p.offer.instanceType,
      region: p.offer.region,
      prices: [...new Set(p.all)],
    }));
  const regions = [...new Set([...prices.values()].map((p) => p.offer.region))].map((name) => ({
    cloud,
    name,
    geography: geographyOf(cloud, name)!,
    location: name,
  }));
  return {
    catalog: {
      sources: [{ id: "import", description: source }],
      regions,
      instanceTypes: [...types.values()],
      offers: [...prices.values()].map((p) => p.offer),
    },
    skipped,
    rowsRead: records.length - 1,
    offers: prices.size,
    conflicts: conflicts.length ? conflicts : [],
  };
}
