import { LeptonError } from "../sdk/errors";
import { PlacementError } from "../sdk/placement/place";

/** Exit codes of lepton-mc. */
export const EXIT = { ok: 0, violations: 1, usage: 2, noPlacement: 3 } as const;

/** A bad argument or input: printed as one line, exit code 2. */
export class UsageError extends LeptonError {}

/** Prints an error the way users should see it (no stack trace for expected errors) and returns the exit code. */
export function reportError(e: unknown, write: (s: string) => void = (s) => process.stderr.write(s)): number {
  if (e instanceof PlacementError) {
    write(`lepton-mc: ${e.message}\n`);
    return EXIT.noPlacement;
  }
  if (e instanceof LeptonError) {
    write(`lepton-mc: ${e.message}\n`);
    return EXIT.usage;
  }
  write(`lepton-mc: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  return EXIT.usage;
}

/** Parses a number option, or a UsageError naming it. */
export function numberOption(
  name: string,
  value: string | undefined,
  opts: { integer?: boolean; min?: number } = {},
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (
    value.trim() === "" ||
    !Number.isFinite(n) ||
    (opts.integer && !Number.isInteger(n)) ||
    (opts.min !== undefined && n < opts.min)
  ) {
    throw new UsageError(
      `${name}: ${JSON.stringify(value)} is not valid; use ${opts.integer ? "a whole number" : "a number"}${opts.min !== undefined ? ` of at least ${opts.min}` : ""}`,
    );
  }
  return n;
}

/** Splits a comma list option. */
export function listOption(value: string | undefined): string[] | undefined {
  return value === undefined
    ? undefined
    : value
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean);
}
