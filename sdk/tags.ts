import type { Cloud } from "./catalog/types";
import { Issue, show } from "./errors";
import { cloudName, Normalization } from "./names";

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

/** One tag rewritten to what a target accepts: `[key, value]`. */
export function normalizeTag(cloud: Cloud, key: string, value: string): [string, string] {
  switch (cloud) {
    case "aws":
      return [key.slice(0, 128), value.slice(0, 256)];
    case "azure":
      return [azureTagKey(key), value.slice(0, 256)];
    case "gcp":
      return [gcpLabel(key, true), gcpLabel(value, false)];
    case "kubernetes":
      return [kubernetesLabelKey(key), kubernetesLabelValue(value)];
  }
}

/** Tags rewritten to what each target accepts (AWS as is, Azure names, GCP labels, Kubernetes labels). */
export function normalizeTags(cloud: Cloud, tags: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(tags)) {
    const [key, value] = normalizeTag(cloud, k, String(v));
    out[key] = value;
  }
  return out;
}

/**
 * The limits of tags on each target, with where they are written down. Within them a tag is
 * rewritten (see `normalizeTag`) and the change recorded; beyond them it is an error, since
 * cutting a key or value would lose what it says.
 */
export const TAG_LIMITS: Readonly<Record<Cloud, { key: number; value: number; source: string }>> = {
  // "Tag keys … maximum of 128 Unicode characters … may not begin with aws:; values … 256".
  aws: { key: 128, value: 256, source: "docs.aws.amazon.com/tag-editor/latest/userguide/tagging.html" },
  // "The tag name has a limit of 512 characters and the tag value has a limit of 256 characters …
  // Tag names can't contain these characters: <, >, %, &, \, ?, /".
  azure: {
    key: 512,
    value: 256,
    source: "learn.microsoft.com/azure/azure-resource-manager/management/tag-resources#limitations",
  },
  // "Keys and values can be no longer than 63 characters each … lowercase letters, numeric
  // characters, underscores, and dashes"; keys start with a lowercase letter.
  gcp: { key: 63, value: 63, source: "cloud.google.com/compute/docs/labeling-resources#requirements" },
  // Label names ≤ 63 after an optional DNS-subdomain prefix ≤ 253, values ≤ 63, `[A-Za-z0-9._-]`
  // beginning and ending alphanumeric.
  kubernetes: {
    key: 63,
    value: 63,
    source: "kubernetes.io/docs/concepts/overview/working-with-objects/labels#syntax-and-character-set",
  },
};

/** What `checkTags` found: the tags as the target takes them, the problems, and what was rewritten. */
export interface TagCheck {
  tags: Record<string, string>;
  issues: Issue[];
  normalized: Normalization[];
}

const GCP_LABEL_CHARS = /[^a-z0-9_-]/g;
const K8S_LABEL_CHARS = /[^A-Za-z0-9._-]/g;

/** Characters a tag key or value keeps on a target before its length is cut (the limit counts these). */
function keptLength(cloud: Cloud, text: string, isKey: boolean): number {
  if (cloud === "gcp")
    return text.toLowerCase().replace(GCP_LABEL_CHARS, "_").length + (isKey && !/^[a-z]/i.test(text) ? 1 : 0);
  if (cloud === "kubernetes") {
    const name = isKey ? (text.split(/[:/]/).pop() ?? text) : text;
    return name.replace(K8S_LABEL_CHARS, "-").replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, "").length;
  }
  return [...text].length;
}

/**
 * Checks user tags for a target: keys and values within its limits (AWS keys not starting with
 * `aws:`), no two keys that become one, and records every key or value rewritten to fit.
 * @param field the argument the tags came from, e.g. `tags` or `costTags`.
 */
export function checkTags(cloud: Cloud, tags: Record<string, string>, field = "tags"): TagCheck {
  const limits = TAG_LIMITS[cloud];
  const issues: Issue[] = [];
  const normalized: Normalization[] = [];
  const out: Record<string, string> = {};
  const from = new Map<string, string>();
  const where = cloudName(cloud);
  for (const [key, raw] of Object.entries(tags)) {
    const value = String(raw);
    const path = `${field}.${key}`;
    if (key.trim() === "") {
      issues.push({ path: field, value: tags, expected: "use non-empty tag names" });
      continue;
    }
    if (cloud === "aws" && /^aws:/i.test(key))
      issues.push({
        path,
        value: key,
        problem: `${show(key)} starts with "aws:", which AWS reserves for its own tags`,
        expected: `use another prefix (${limits.source})`,
      });
    if (keptLength(cloud, key, true) > limits.key)
      issues.push({
        path,
        value: key,
        problem: `the key is ${[...key].length} characters; ${where} tag keys stop at ${limits.key}`,
        expected: `use a key of at most ${limits.key} characters (${limits.source})`,
      });
    if (keptLength(cloud, value, false) > limits.value)
      issues.push({
        path,
        value: value.length > 40 ? `${value.slice(0, 37)}...` : value,
        problem: `the value is ${[...value].length} characters; ${where} tag values stop at ${limits.value}`,
        expected: `use a value of at most ${limits.value} characters (${limits.source})`,
      });
    const [k, v] = normalizeTag(cloud, key, value);
    const earlier = from.get(k);
    if (earlier !== undefined && earlier !== key)
      issues.push({
        path,
        value: key,
        problem: `${show(key)} and ${show(earlier)} both become the ${where} tag ${show(k)}`,
        expected: "keep one of them, or make them differ in more than case and punctuation",
      });
    from.set(k, key);
    out[k] = v;
    const reason = TAG_REWRITE[cloud];
    if (k !== key)
      normalized.push({ cloud, field: path, kind: "tag key", original: key, normalized: k, reason });
    if (v !== value)
      normalized.push({ cloud, field: path, kind: "tag value", original: value, normalized: v, reason });
  }
  return { tags: out, issues, normalized };
}

/** Why a tag is rewritten on each target, for the plan's record. */
const TAG_REWRITE: Record<Cloud, string> = {
  aws: "AWS tags are kept as given",
  azure: "Azure tag names cannot contain < > % & \\ ? /: each becomes '_'",
  gcp: "GCP labels are lowercase letters, digits, '_' and '-', keys starting with a letter: other characters become '_'",
  kubernetes:
    "Kubernetes labels are [A-Za-z0-9._-], beginning and ending alphanumeric, keys as prefix/name: other characters become '-'",
};

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
