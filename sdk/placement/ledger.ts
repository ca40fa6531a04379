import type { LockEntry, LockStatus } from "./lock";

/** One placed thing of a program run: where it is, how it relates to the lock, and today's best. */
export interface PlacedThing {
  /** The lock key: the component name, with its parents' names when nested (`platform/api`, `web[0]`). */
  key: string;
  /** `MultiCloudVm`, `BalancedPool member` or `MultiCloudBucket`. */
  kind: string;
  status: LockStatus;
  /** Where it is placed in this run, as a lock entry would record it. */
  current: LockEntry;
  /** Monthly cost where it is. */
  currentMonthlyUsd: number;
  /** Today's best placement for the same constraints, ignoring the lock. */
  best: LockEntry;
  bestMonthlyUsd: number;
  /** A move replaces something that holds data (a data disk, a bucket): contents are not copied. */
  stateful: boolean;
  /** Why it is resized or stale. */
  message?: string;
}

// The program may load its own copy of this package beside the CLI's: the ledger lives on
// globalThis under a registered symbol so that both copies share it.
const LEDGER = Symbol.for("lepton-multicloud.placement-ledger");
type Holder = { [LEDGER]?: PlacedThing[] };

/** Records a placement of this process's program run (components call it as they place). */
export function recordPlacement(thing: PlacedThing): void {
  const g = globalThis as Holder;
  (g[LEDGER] ??= []).push(thing);
}

/**
 * Scales the monthly figures of the thing last recorded under `key` to `instances` machines (a
 * pool member's desired capacity), so savings are those of the whole member.
 */
export function scaleRecordedPlacement(key: string, instances: number): void {
  const t = [...((globalThis as Holder)[LEDGER] ?? [])].reverse().find((x) => x.key === key);
  if (!t) return;
  t.currentMonthlyUsd = Math.round(t.currentMonthlyUsd * instances * 100) / 100;
  t.bestMonthlyUsd = Math.round(t.bestMonthlyUsd * instances * 100) / 100;
}

/** The placements recorded since the last `resetPlacementLedger()`. */
export function placementLedger(): readonly PlacedThing[] {
  return (globalThis as Holder)[LEDGER] ?? [];
}

/** Starts a new run's ledger. */
export function resetPlacementLedger(): void {
  (globalThis as Holder)[LEDGER] = [];
}
