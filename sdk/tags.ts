import type { Cloud } from "./catalog/types";

/** Tag names Lepton writes and reads (canonical spelling; see `normalizeTags` per cloud). */
export const TAGS = {
  component: "lepton:component",
  unit: "lepton:unit",
  expectedUtilization: "lepton:expected-utilization",
  expectedGb: "lepton:expected-gb",
  storageClass: "lepton:storage-class",
  instanceType: "lepton:instance-type",
  /** Scale sets and instance groups carry no min/max of their own (their autoscaler does). */
  capacityMin: "lepton:capacity-min",
  capacityMax: "lepton:capacity-max",
  policyExempt: "lepton-policy-exempt",
  policyExemptReason: "lepton-policy-exempt-reason",
} as const;

const GCP_MAX = 63;

/** A GCP label key or value: lowercase, `[a-z0-9_-]`, at most 63 characters; keys start with a letter. */
export function gcpLabel(text: string, isKey: boolean): string {
  let s = text
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, "_")
    .slice(0, GCP_MAX);
  if (isKey && !/^[a-z]/.test(s)) s = ("l" + s).slice(0, GCP_MAX);
  return s;
}

/** A Kubernetes label key: `prefix/name`, name of `[A-Za-z0-9._-]` ≤ 63 starting and ending alphanumeric. */
export function kubernetesLabelKey(text: string): string {
  const [prefix, name] = text.includes(":")
    ? text.split(":", 2)
    : text.includes("/")
      ? text.split("/", 2)
      : ["", text];
  const cleanName = trimToAlnum(name.replace(/[^A-Za-z0-9._-]/g, "-").slice(0, 63)) || "x";
  const cleanPrefix = prefix
    .toLowerCase()
    .replace(/[^a-z0-9.-]/g, "-")
    .slice(0, 253);
  return cleanPrefix ? `${trimToAlnum(cleanPrefix)}/${cleanName}` : cleanName;
}

/** A Kubernetes label value: `[A-Za-z0-9._-]` ≤ 63, starting and ending alphanumeric (or empty). */
export function kubernetesLabelValue(text: string): string {
  return trimToAlnum(text.replace(/[^A-Za-z0-9._-]/g, "-").slice(0, 63));
}

function trimToAlnum(s: string): string {
  return s.replace(/^[^A-Za-z0-9]+/, "").replace(/[^A-Za-z0-9]+$/, "");
}

/** Azure tag names may not contain `<>%&\?/`. */
function azureTagKey(text: string): string {
  return text.replace(/[<>%&\\?/]/g, "_").slice(0, 512);
}

/** Tags rewritten to what each target accepts (AWS as is, Azure names, GCP labels, Kubernetes labels). */
export function normalizeTags(cloud: Cloud, tags: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(tags)) {
    const value = String(v);
    switch (cloud) {
      case "aws":
        out[k.slice(0, 128)] = value.slice(0, 256);
        break;
      case "azure":
        out[azureTagKey(k)] = value.slice(0, 256);
        break;
      case "gcp":
        out[gcpLabel(k, true)] = gcpLabel(value, false);
        break;
      case "kubernetes":
        out[kubernetesLabelKey(k)] = kubernetesLabelValue(value);
        break;
    }
  }
  return out;
}

const spellings = new Map<string, string[]>();

/** Every spelling a canonical tag can take once normalized for some target. */
export function tagSpellings(canonical: string): string[] {
  let known = spellings.get(canonical);
  if (!known) {
    known = [
      ...new Set([
        canonical,
        gcpLabel(canonical, true),
        kubernetesLabelKey(canonical),
        azureTagKey(canonical),
      ]),
    ];
    spellings.set(canonical, known);
  }
  return known;
}

/**
 * Reads a tag/label from a resource's properties, whatever the target: `tags` (map, or AWS
 * auto-scaling `[{ key, value }]`), `labels`, `metadata.labels`, under any normalized spelling.
 */
export function readTag(props: Record<string, unknown>, canonical: string): string | undefined {
  const maps: unknown[] = [
    props.tags,
    props.labels,
    // GCP notification channels keep configuration in `labels` and the user's in `userLabels`.
    props.userLabels,
    (props.metadata as Record<string, unknown> | undefined)?.labels,
    (props.allInstancesConfig as Record<string, unknown> | undefined)?.labels,
  ];
  const names = tagSpellings(canonical);
  for (const m of maps) {
    if (Array.isArray(m)) {
      for (const t of m) {
        const entry = t as { key?: unknown; value?: unknown };
        if (typeof entry?.key === "string" && names.includes(entry.key) && typeof entry.value === "string")
          return entry.value;
      }
    } else if (m && typeof m === "object") {
      for (const n of names) {
        const v = (m as Record<string, unknown>)[n];
        if (typeof v === "string") return v;
      }
    }
  }
  return undefined;
}

/**
 * Reads a numeric tag/label. GCP labels cannot hold a dot, so `normalizeTags`
 * writes 0.35 as `0_35` there; this reads either spelling back as a number.
 */
export function readNumericTag(props: Record<string, unknown>, canonical: string): number | undefined {
  const raw = readTag(props, canonical);
  if (raw === undefined || raw.trim() === "") return undefined;
  const value = Number(/^\d+_\d+$/.test(raw) ? raw.replace("_", ".") : raw);
  return Number.isFinite(value) ? value : undefined;
}
