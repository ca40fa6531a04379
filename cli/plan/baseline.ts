import { existsSync, readFileSync } from "node:fs";
import { show } from "../../sdk/errors";
import { UsageError } from "../errors";

/** One resource's cost, as the JSON report (and so a saved baseline) lists it. */
export interface CostEntry {
  urn: string;
  type: string;
  name: string;
  cloud?: string;
  region?: string;
  /** Null when the resource could not be priced. */
  monthlyUsd: number | null;
  priced: boolean;
}

/** A resource whose monthly cost moved. */
export interface ChangedEntry {
  urn: string;
  type: string;
  name: string;
  beforeUsd: number | null;
  afterUsd: number | null;
  deltaUsd: number;
}

/** Per-resource cost diff against a baseline, and the total delta. */
export interface BaselineDiff {
  added: CostEntry[];
  removed: CostEntry[];
  changed: ChangedEntry[];
  totals: {
    beforeUsd: number;
    afterUsd: number;
    deltaUsd: number;
    /** Null when the baseline cost nothing (no percentage of zero). */
    deltaPct: number | null;
  };
  /** Monthly cost per cloud before and after. */
  byCloud: Record<string, { beforeUsd: number; afterUsd: number; deltaUsd: number }>;
}

const cents = (x: number) => Math.round(x * 100) / 100;

/**
 * Reads a baseline: the `--json` report of an earlier plan (what `--save-baseline` writes).
 * @throws UsageError naming the file, the field and the bad value.
 */
export function loadBaseline(file: string): CostEntry[] {
  const where = `--baseline ${file}`;
  if (!existsSync(file))
    throw new UsageError(`${where}: no such file; give a file written by --save-baseline`);
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new UsageError(
      `${where}: is not valid JSON (${(e as Error).message}); give a file written by --save-baseline`,
    );
  }
  const resources = (doc as { resources?: unknown } | null)?.resources;
  if (!Array.isArray(resources))
    throw new UsageError(
      `${where}: resources: ${show(resources)} is not valid; use the "resources" array of a plan's --json output`,
    );
  return resources.map((r, i) => {
    const e = r as Record<string, unknown>;
    const bad = (field: string, expected: string) =>
      new UsageError(`${where}: resources[${i}].${field}: ${show(e?.[field])} is not valid; use ${expected}`);
    if (!e || typeof e !== "object")
      throw new UsageError(`${where}: resources[${i}]: ${show(r)} is not an object`);
    for (const field of ["urn", "type", "name"])
      if (typeof e[field] !== "string" || e[field] === "") throw bad(field, "a non-empty string");
    if (e.monthlyUsd !== null && (typeof e.monthlyUsd !== "number" || !Number.isFinite(e.monthlyUsd)))
      throw bad("monthlyUsd", "a number, or null for an unpriced resource");
    if (typeof e.priced !== "boolean") throw bad("priced", "true or false");
    return {
      urn: e.urn as string,
      type: e.type as string,
      name: e.name as string,
      ...(typeof e.cloud === "string" ? { cloud: e.cloud } : {}),
      ...(typeof e.region === "string" ? { region: e.region } : {}),
      monthlyUsd: e.monthlyUsd as number | null,
      priced: e.priced as boolean,
    };
  });
}

/** Total monthly cost of the priced entries. */
export function totalOf(entries: readonly CostEntry[]): number {
  return cents(entries.reduce((s, e) => s + (e.priced && e.monthlyUsd !== null ? e.monthlyUsd : 0), 0));
}

/**
 * Compares two plans resource by resource (by URN): added, removed, and changed (a monthly cost
 * that moved by a cent or more, or a resource that became priced or unpriced); sorted by the size
 * of the change, largest first.
 */
export function diffBaseline(before: readonly CostEntry[], after: readonly CostEntry[]): BaselineDiff {
  const old = new Map(before.map((e) => [e.urn, e]));
  const now = new Map(after.map((e) => [e.urn, e]));
  const cost = (e: CostEntry) => (e.priced && e.monthlyUsd !== null ? e.monthlyUsd : 0);
  const bySize =
    <T>(f: (x: T) => number) =>
    (a: T, b: T) =>
      Math.abs(f(b)) - Math.abs(f(a));
  const added = after.filter((e) => !old.has(e.urn)).sort(bySize(cost));
  const removed = before.filter((e) => !now.has(e.urn)).sort(bySize(cost));
  const changed: ChangedEntry[] = [];
  for (const e of after) {
    const b = old.get(e.urn);
    if (!b) continue;
    const delta = cents(cost(e) - cost(b));
    if (Math.abs(delta) >= 0.01 || b.priced !== e.priced)
      changed.push({
        urn: e.urn,
        type: e.type,
        name: e.name,
        beforeUsd: b.priced ? b.monthlyUsd : null,
        afterUsd: e.priced ? e.monthlyUsd : null,
        deltaUsd: delta,
      });
  }
  changed.sort(bySize((c) => c.deltaUsd));
  const byCloud: BaselineDiff["byCloud"] = {};
  const add = (e: CostEntry, side: "beforeUsd" | "afterUsd") => {
    const c = (byCloud[e.cloud ?? "other"] ??= { beforeUsd: 0, afterUsd: 0, deltaUsd: 0 });
    c[side] = cents(c[side] + cost(e));
  };
  before.forEach((e) => add(e, "beforeUsd"));
  after.forEach((e) => add(e, "afterUsd"));
  for (const c of Object.values(byCloud)) c.deltaUsd = cents(c.afterUsd - c.beforeUsd);
  const beforeUsd = totalOf(before);
  const afterUsd = totalOf(after);
  const deltaUsd = cents(afterUsd - beforeUsd);
  return {
    added,
    removed,
    changed,
    totals: {
      beforeUsd,
      afterUsd,
      deltaUsd,
      deltaPct: beforeUsd === 0 ? null : Math.round((deltaUsd / beforeUsd) * 10000) / 100,
    },
    byCloud,
  };
}
