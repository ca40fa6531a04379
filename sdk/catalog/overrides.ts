import { Issue, throwIfIssues } from "../errors";
import { Checker } from "../units/checks";
import { ARCHS } from "../units/compute";
import { CATEGORIES, CatalogOverrides, GEOGRAPHIES, PUBLIC_CLOUDS, SERVICE_ITEMS } from "./types";

type FieldCheck = (c: Checker, item: Record<string, unknown>) => void;

const str = (field: string) => (c: Checker, item: Record<string, unknown>) => {
  if (typeof item[field] !== "string" || item[field] === "")
    c.add(field, item[field], "use a non-empty string");
};
const positive = (field: string) => (c: Checker, item: Record<string, unknown>) =>
  void c.number(field, item[field], { exclusiveMin: 0 });
const nonNegative = (field: string) => (c: Checker, item: Record<string, unknown>) =>
  void c.number(field, item[field], { min: 0 });
const choice = (field: string, valid: readonly string[]) => (c: Checker, item: Record<string, unknown>) =>
  void c.choice(field, item[field], valid);
const optional = (check: FieldCheck, field: string) => (c: Checker, item: Record<string, unknown>) => {
  if (item[field] !== undefined) check(c, item);
};

const LISTS: Record<string, { fields: Record<string, FieldCheck> }> = {
  sources: {
    fields: { id: str("id"), description: str("description"), asOf: optional(str("asOf"), "asOf") },
  },
  regions: {
    fields: {
      cloud: choice("cloud", PUBLIC_CLOUDS),
      name: str("name"),
      geography: choice("geography", GEOGRAPHIES),
      location: str("location"),
    },
  },
  instanceTypes: {
    fields: {
      cloud: choice("cloud", PUBLIC_CLOUDS),
      name: str("name"),
      family: str("family"),
      category: choice("category", CATEGORIES),
      vcpus: positive("vcpus"),
      memoryGiB: positive("memoryGiB"),
      arch: choice("arch", ARCHS),
      gpuCount: nonNegative("gpuCount"),
      gpuModel: optional(str("gpuModel"), "gpuModel"),
      machineType: optional(str("machineType"), "machineType"),
      accelerator: () => undefined,
    },
  },
  offers: {
    fields: {
      cloud: choice("cloud", PUBLIC_CLOUDS),
      region: str("region"),
      instanceType: str("instanceType"),
      hourlyUsd: positive("hourlyUsd"),
      source: str("source"),
    },
  },
  spotOffers: {
    fields: {
      cloud: choice("cloud", PUBLIC_CLOUDS),
      region: str("region"),
      instanceType: str("instanceType"),
      hourlyUsd: positive("hourlyUsd"),
      source: str("source"),
    },
  },
  services: {
    fields: {
      cloud: choice("cloud", PUBLIC_CLOUDS),
      region: str("region"),
      item: choice("item", SERVICE_ITEMS),
      usd: positive("usd"),
      unit: choice("unit", ["GB-month", "hour", "GB"]),
      source: str("source"),
      note: optional(str("note"), "note"),
    },
  },
  accelerators: {
    fields: {
      cloud: choice("cloud", PUBLIC_CLOUDS),
      region: str("region"),
      accelerator: str("accelerator"),
      gpuModel: str("gpuModel"),
      hourlyUsd: positive("hourlyUsd"),
      source: str("source"),
    },
  },
};

/** Checks a user catalog (every problem at once, each with its path such as `offers[3].hourlyUsd`). */
export function validateOverrides(input: unknown, origin: string): CatalogOverrides {
  const issues: Issue[] = [];
  const root = new Checker(origin);
  const obj = root.object("", input);
  if (!obj) throwIfIssues(root.issues, origin);
  root.unknownKeys(obj!, ["readOn", ...Object.keys(LISTS), "kubernetes"]);
  issues.push(...root.issues);
  for (const [list, { fields }] of Object.entries(LISTS)) {
    const value = obj![list];
    if (value === undefined) continue;
    if (!Array.isArray(value)) {
      issues.push({ path: `${origin}.${list}`, value, expected: "use an array" });
      continue;
    }
    value.forEach((item, i) => {
      const c = new Checker(`${origin}.${list}[${i}]`);
      const o = c.object("", item);
      if (o) {
        c.unknownKeys(o, Object.keys(fields));
        for (const check of Object.values(fields)) check(c, o);
      }
      issues.push(...c.issues);
    });
  }
  if (obj!.kubernetes !== undefined) {
    const c = new Checker(`${origin}.kubernetes`);
    const k = c.object("", obj!.kubernetes);
    if (k) {
      c.unknownKeys(k, ["vcpuHourUsd", "memoryGiBHourUsd", "gpuHourUsd", "derivation"]);
      for (const f of ["vcpuHourUsd", "memoryGiBHourUsd", "gpuHourUsd"]) {
        if (k[f] !== undefined) c.number(f, k[f], { min: 0 });
      }
    }
    issues.push(...c.issues);
  }
  throwIfIssues(issues, origin);
  return obj as CatalogOverrides;
}
