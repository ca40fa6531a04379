import { UNKNOWN } from "../../sdk/cost/types";
import type { PricedResource } from "./pricing";
import { componentLabel } from "./result";

/** One group of an inventory: how many billable resources, what they cost, how many are unpriced. */
export interface InventoryRow {
  key: string;
  resources: number;
  monthlyUsd: number;
  unpriced: number;
}

/** The resources grouped by one cost tag: its values (and those without it). */
export interface TagBreakdown {
  /** The tag as it is spelled on the resources (the first spelling seen). */
  tag: string;
  rows: InventoryRow[];
}

/** What is running and what it costs, grouped every way a team asks: most expensive first. */
export interface Inventory {
  byCloud: InventoryRow[];
  /** `cloud region`. */
  byRegion: InventoryRow[];
  byType: InventoryRow[];
  byComponent: InventoryRow[];
  /** Per stack (`project/stack`), when several were read. */
  byStack: InventoryRow[];
  /** Per cost-allocation tag present on some resource. */
  byTag: TagBreakdown[];
}

/**
 * Tag names read as cost allocation, compared without case and separators (`cost-center`,
 * `CostCenter`, `cost_center` are one): the ones teams use to split a bill.
 */
export const COST_TAGS = [
  "team",
  "owner",
  "env",
  "environment",
  "stage",
  "cost-center",
  "cost-centre",
  "project",
  "app",
  "application",
  "service",
  "product",
  "department",
  "business-unit",
  "customer",
  "tenant",
] as const;

/** The group of resources that do not carry a tag. */
export const UNTAGGED = "(untagged)";

const canonical = (tag: string) => tag.toLowerCase().replace(/[-_\s:.]/g, "");
const COST_TAG_KEYS = new Set(COST_TAGS.map(canonical));

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * The tags/labels of a resource, however its provider spells them: AWS `tagsAll` (with the
 * provider's default tags) and `tags` (a map, or auto-scaling's `[{ key, value }]`), Azure `tags`,
 * GCP `effectiveLabels`/`labels`/`userLabels` (and a managed group's `allInstancesConfig.labels`),
 * Kubernetes `metadata.labels`. Values unknown during
 * a preview read `(unknown)`.
 */
export function tagsOf(props: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (key: unknown, value: unknown) => {
    if (typeof key !== "string" || key in out) return;
    if (typeof value === "string") out[key] = value === UNKNOWN ? "(unknown)" : value;
    else if (typeof value === "number" || typeof value === "boolean") out[key] = String(value);
  };
  const maps = [
    props.tagsAll,
    props.tags,
    props.effectiveLabels,
    props.labels,
    props.userLabels,
    isObject(props.metadata) ? props.metadata.labels : undefined,
    isObject(props.allInstancesConfig) ? props.allInstancesConfig.labels : undefined,
  ];
  for (const m of maps) {
    if (Array.isArray(m)) for (const t of m) if (isObject(t)) add(t.key, t.value);
    if (isObject(m)) for (const [k, v] of Object.entries(m)) add(k, v);
  }
  return out;
}

const cents = (x: number) => Math.round(x * 100) / 100;

/** Groups priced resources by a key, most expensive first (then by count, then by name). */
function groupBy(priced: readonly PricedResource[], keyOf: (p: PricedResource) => string): InventoryRow[] {
  const rows = new Map<string, InventoryRow>();
  for (const p of priced) {
    const key = keyOf(p);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { key, resources: 0, monthlyUsd: 0, unpriced: 0 }));
    row.resources++;
    if (p.price.priced) row.monthlyUsd += p.price.monthlyUsd;
    else row.unpriced++;
  }
  return [...rows.values()]
    .map((r) => ({ ...r, monthlyUsd: cents(r.monthlyUsd) }))
    .sort((a, b) => b.monthlyUsd - a.monthlyUsd || b.resources - a.resources || a.key.localeCompare(b.key));
}

/**
 * The inventory of priced resources: totals by cloud, region, type, component, stack and each
 * cost tag present on at least one of them (resources without that tag grouped as `(untagged)`).
 * @param stackOf the stack a resource belongs to, when several stacks were read.
 */
export function inventoryOf(
  priced: readonly PricedResource[],
  stackOf?: (p: PricedResource) => string,
): Inventory {
  const tags = priced.map((p) => tagsOf(p.resource.inputs));
  // Each cost tag, under the first spelling seen.
  const spelling = new Map<string, string>();
  for (const t of tags)
    for (const key of Object.keys(t)) {
      const c = canonical(key);
      if (COST_TAG_KEYS.has(c) && !spelling.has(c)) spelling.set(c, key);
    }
  const valueOf = (i: number, c: string) => {
    for (const [k, v] of Object.entries(tags[i])) if (canonical(k) === c) return v;
    return UNTAGGED;
  };
  const index = new Map(priced.map((p, i) => [p, i]));
  return {
    byCloud: groupBy(priced, (p) => p.cloud ?? "other"),
    byRegion: groupBy(priced, (p) => `${p.cloud ?? "other"} ${p.region ?? "-"}`),
    byType: groupBy(priced, (p) => p.resource.type),
    byComponent: groupBy(priced, (p) => componentLabel(p.component)),
    byStack: stackOf ? groupBy(priced, stackOf) : [],
    byTag: [...spelling.entries()]
      .map(([c, tag]) => ({ tag, rows: groupBy(priced, (p) => valueOf(index.get(p)!, c)) }))
      .sort((a, b) => a.tag.localeCompare(b.tag)),
  };
}
