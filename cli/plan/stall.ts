import { LeptonError } from "../../sdk/errors";
import { UsageError } from "../errors";
import type { MonitorActivity } from "./monitor";
import type { PulumiRuntime } from "./runtime";

/** Seconds a program may go without progress before the plan gives up on it. */
export const DEFAULT_STALL_TIMEOUT_S = 120;

/** The environment variable that sets the stall timeout when `--stall-timeout` is not given. */
export const STALL_TIMEOUT_ENV = "LEPTON_MC_STALL_TIMEOUT";

/**
 * Seconds a program that already failed (an uncaught error or unhandled rejection the plan will
 * report) may go without progress: what it still waits for most likely waited on what failed.
 */
const AFTER_FAILURE_S = 5;

/** How many waits a stall message lists at most. */
const MAX_WAITS = 8;

/**
 * The program under plan stopped making progress before it finished: it waits for something that
 * never comes (a promise nothing resolves, or an SDK that does not understand the plan's answers).
 */
export class ProgramStalled extends LeptonError {}

/**
 * The stall timeout in seconds: `--stall-timeout`, else `LEPTON_MC_STALL_TIMEOUT`, else the default;
 * 0 turns the timeout off.
 * @throws UsageError naming the option or variable and the bad value.
 */
export function stallTimeoutSeconds(
  option: string | undefined,
  env = process.env[STALL_TIMEOUT_ENV],
): number {
  const [name, value] =
    option !== undefined ? ["--stall-timeout", option] : [STALL_TIMEOUT_ENV, env?.trim() || undefined];
  if (value === undefined) return DEFAULT_STALL_TIMEOUT_S;
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !Number.isFinite(n))
    throw new UsageError(
      `${name}: ${JSON.stringify(value)} is not valid; use the seconds a program may go without progress (e.g. 120), or 0 for no limit`,
    );
  return n;
}

/** A pending registration as `@pulumi/pulumi` (3.26x on) keeps it while its inputs resolve. */
interface PendingRegistration {
  name?: string;
  type?: string;
  label?: string;
  phase?: string;
  inputProperty?: string;
}

/** What a pending registration waits for, in words. */
function phaseText(reg: PendingRegistration): string {
  switch (reg.phase) {
    case "dependencies":
      return "its dependencies (dependsOn)";
    case "inputs":
      return reg.inputProperty ? `the value of its input ${JSON.stringify(reg.inputProperty)}` : "its inputs";
    case "parent":
      return "its parent's registration";
    case "provider":
      return "its provider's registration";
    default:
      return "the URNs of its dependencies";
  }
}

/**
 * What the program's `@pulumi/pulumi` says it is waiting for: the registrations it has not finished
 * (with the input each awaits, from 3.26x on), else the labels of its outstanding operations.
 */
export function pendingWaits(rt: Pick<PulumiRuntime, "state">): string[] {
  const store = (rt.state as unknown as { getStore(): Record<string, unknown> }).getStore();
  const pending = store.pendingResourceRegistrations;
  if (pending instanceof Map && pending.size > 0)
    return [...(pending.values() as Iterable<PendingRegistration>)].map((reg) => {
      const what = reg.name && reg.type ? `${reg.type} "${reg.name}"` : (reg.label ?? "a resource");
      return `${what}: waiting for ${phaseText(reg)}`;
    });
  const leaks = store.leakCandidates;
  if (!(leaks instanceof Set)) return [];
  const counts = new Map<string, number>();
  for (const p of leaks as Set<{ _debugCtx?: unknown }>) {
    const ctx = typeof p._debugCtx === "string" ? p._debugCtx : undefined;
    if (ctx) counts.set(ctx, (counts.get(ctx) ?? 0) + 1);
  }
  return [...counts].map(([ctx, n]) => (n > 1 ? `${ctx} (×${n})` : ctx));
}

/** The stall message: what happened, what the program did last, and what it waits for. */
function stallMessage(
  reason: string,
  activity: MonitorActivity,
  resources: number,
  waits: string[],
  sdkVersion: string,
): string {
  const last = activity.last ? `; its last call: ${activity.last}` : "";
  const listed = waits.slice(0, MAX_WAITS).map((w) => `\n  * ${w}`);
  if (waits.length > MAX_WAITS) listed.push(`\n  * … and ${waits.length - MAX_WAITS} more`);
  const waiting =
    waits.length > 0
      ? `\nIt was waiting for:${listed.join("")}`
      : "\nIts @pulumi/pulumi reports nothing outstanding: the program itself awaits something that never settles.";
  return (
    `the program did not finish: ${reason}. It had recorded ${resources} resource(s)${last} (@pulumi/pulumi ${sdkVersion}).` +
    waiting
  );
}

/** A watch over a running program: `stalled` rejects with ProgramStalled when it stops making progress. */
export interface StallWatch {
  stalled: Promise<never>;
  stop(): void;
}

/**
 * Watches the program's calls into the monitor. It rejects `stalled` when none came for
 * `timeoutS` seconds (time the process spent blocked in the program's own code counts as
 * progress), or for 5 s once `failed()` (the program already failed), or at once when Node.js has
 * nothing left to run while the program is unfinished: then nothing can ever resolve what it
 * waits for. (Policy packs keep connections open, so with them a stall is seen by the timeout.)
 */
export function watchStall(opts: {
  timeoutS: number;
  failed: () => boolean;
  activity: MonitorActivity;
  resources: () => number;
  waits: () => string[];
  sdkVersion: string;
}): StallWatch {
  const timeoutMs = opts.timeoutS * 1000;
  let reject!: (e: ProgramStalled) => void;
  const stalled = new Promise<never>((_, r) => (reject = r));
  let seen = opts.activity.count;
  let idleMs = 0;
  let lastTick = Date.now();
  const fail = (reason: string) => {
    stop();
    reject(
      new ProgramStalled(
        stallMessage(reason, opts.activity, opts.resources(), opts.waits(), opts.sdkVersion),
      ),
    );
  };
  const limitMs = () => (opts.failed() ? Math.min(AFTER_FAILURE_S * 1000, timeoutMs || Infinity) : timeoutMs);
  const tickMs = Math.max(50, Math.min(1000, (timeoutMs || AFTER_FAILURE_S * 1000) / 4));
  const timer = setInterval(() => {
    const now = Date.now();
    if (opts.activity.count !== seen) {
      seen = opts.activity.count;
      idleMs = 0;
    } else {
      // A late tick means the program's own code held the event loop: busy, not idle.
      idleMs += Math.min(now - lastTick, 2 * tickMs);
    }
    lastTick = now;
    const limit = limitMs();
    if (limit > 0 && idleMs >= limit)
      fail(
        `it made no progress (registered no resource, called no provider function) for ${Math.round(limit / 1000)} s; raise the limit with --stall-timeout SECONDS or ${STALL_TIMEOUT_ENV} (0: no limit)`,
      );
  }, tickMs);
  timer.unref();
  const onEmptyLoop = () =>
    fail(
      "it stopped with nothing left to run (no timer, file or network operation pending), so what it waits for can never come",
    );
  process.on("beforeExit", onEmptyLoop);
  function stop(): void {
    clearInterval(timer);
    process.off("beforeExit", onEmptyLoop);
  }
  return { stalled, stop };
}
