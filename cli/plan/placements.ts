import type { PlacedThing } from "../../sdk/placement/ledger";
import { isStorageEntry, LockEntry } from "../../sdk/placement/lock";
import { numberOption } from "../errors";

/** When a cheaper placement is worth a move: both thresholds must be met. */
export interface MigrationThresholds {
  /** @default 10 */
  minSavingPct: number;
  /** @default 5 */
  minSavingUsd: number;
}

export const DEFAULT_THRESHOLDS: MigrationThresholds = { minSavingPct: 10, minSavingUsd: 5 };

/** A move a person may approve: from where a thing is to today's best place for it. */
export interface Migration {
  key: string;
  kind: string;
  from: LockEntry;
  to: LockEntry;
  monthlySavingUsd: number;
  savingPct: number;
  /** Moving replaces something that holds data: its contents are not copied. */
  stateful: boolean;
}

/** The placements of a run: each placed thing, and the moves that pass the thresholds. */
export interface PlacementsView {
  items: readonly PlacedThing[];
  migrations: Migration[];
  thresholds: MigrationThresholds;
  /** Things with no lock entry (placed afresh on every run) and entries the program overrides. */
  unlocked: string[];
  stale: string[];
}

const cents = (x: number) => Math.round(x * 100) / 100;

/** `aws us-east-1 m7i.large` / `aws us-east-1 (hot)`. */
export function describeEntry(e: LockEntry): string {
  return `${e.cloud} ${e.region} ${isStorageEntry(e) ? `(${e.storageClass})` : e.instanceType}`;
}

const samePlace = (a: LockEntry, b: LockEntry) => describeEntry(a) === describeEntry(b);

/** The move of one placed thing to today's best, whatever its size (thresholds not applied). */
export function migrationOf(t: PlacedThing): Migration | undefined {
  if (t.status === "pinned" || samePlace(t.current, t.best)) return undefined;
  const saving = cents(t.currentMonthlyUsd - t.bestMonthlyUsd);
  if (saving <= 0) return undefined;
  return {
    key: t.key,
    kind: t.kind,
    from: t.current,
    to: t.best,
    monthlySavingUsd: saving,
    savingPct: t.currentMonthlyUsd > 0 ? Math.round((saving / t.currentMonthlyUsd) * 1000) / 10 : 0,
    stateful: t.stateful,
  };
}

/** A move passes when it saves at least both thresholds. */
export const isCandidate = (m: Migration, th: MigrationThresholds) =>
  m.monthlySavingUsd >= th.minSavingUsd && m.savingPct >= th.minSavingPct;

/** The placements view of a run's ledger. */
export function placementsView(
  items: readonly PlacedThing[],
  thresholds: MigrationThresholds = DEFAULT_THRESHOLDS,
): PlacementsView {
  const migrations = items
    .map(migrationOf)
    .filter((m): m is Migration => m !== undefined && isCandidate(m, thresholds))
    .sort((a, b) => b.monthlySavingUsd - a.monthlySavingUsd || a.key.localeCompare(b.key));
  return {
    items,
    migrations,
    thresholds,
    unlocked: items.filter((t) => t.status === "unlocked").map((t) => t.key),
    stale: items.filter((t) => t.status === "stale").map((t) => t.key),
  };
}

/** `--min-saving-pct` and `--min-saving-usd`, as numbers of at least 0. */
export function thresholdOptions(opts: {
  minSavingPct?: string;
  minSavingUsd?: string;
}): MigrationThresholds {
  return {
    minSavingPct:
      numberOption("--min-saving-pct", opts.minSavingPct, { min: 0 }) ?? DEFAULT_THRESHOLDS.minSavingPct,
    minSavingUsd:
      numberOption("--min-saving-usd", opts.minSavingUsd, { min: 0 }) ?? DEFAULT_THRESHOLDS.minSavingUsd,
  };
}
