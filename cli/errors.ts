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

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** Parses a number option, or a UsageError naming it. */
export function numberOption(
  name: string,
  value: string | undefined,
  opts: { integer?: boolean; min?: number } = {},
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (
    // Number() also reads hex, octal and binary ("0x10"): only plain decimals are accepted.
    !DECIMAL.test(value.trim()) ||
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

/** Splits a comma list option; an empty list is an error naming the option and what it takes. */
export function listOption(name: string, value: string | undefined, valid: string): string[] | undefined {
  if (value === undefined) return undefined;
  const items = value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 0)
    throw new UsageError(`${name}: ${JSON.stringify(value)} names nothing; give ${valid}, comma separated`);
  return items;
}
