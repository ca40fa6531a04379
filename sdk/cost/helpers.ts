import type { Cloud } from "../catalog/types";
import { HOURS_PER_MONTH } from "./formulas";
import { PriceContext, PriceLine, Priced, UNKNOWN, Unpriced, UsageCharge } from "./types";

/** The first assumption of every priced figure. */
const MONTH_ASSUMPTION = `${HOURS_PER_MONTH} hours a month, on-demand list prices`;

export type Props = Record<string, unknown>;

export const isUnknown = (v: unknown): boolean => v === UNKNOWN;

/** Walks a dotted path through nested objects and arrays (`a.b.0.c`). */
export function dig(props: unknown, path: string): unknown {
  let cur: unknown = props;
  for (const part of path.split(".")) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/**
 * The resource an input refers to, through `ctx.resolve`: for a known reference, and for one
 * unknown during preview (the resolver may know from dependencies what it points at).
 */
export function resolveReference(props: Props, path: string, ctx: PriceContext) {
  const ref = dig(props, path);
  return typeof ref === "string" && ref !== "" ? ctx.resolve?.(ref, path) : undefined;
}

export function str(v: unknown): string | undefined {
  return typeof v === "string" && v !== "" && !isUnknown(v) ? v : undefined;
}

export function num(v: unknown): number | undefined {
  if (typeof v === "number" && Number.isFinite(v)) return v;
  if (typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v))) return Number(v);
  return undefined;
}

export function unpriced(reason: string, cloud?: Cloud, region?: string): Unpriced {
  return { priced: false, reason, ...(cloud ? { cloud } : {}), ...(region ? { region } : {}) };
}

/**
 * An input value as a reason quotes it: `unknown during preview` for the engine's placeholder
 * (never the placeholder itself), `not set` when absent, else the value as JSON.
 */
export function shownValue(v: unknown): string {
  if (isUnknown(v)) return "unknown during preview";
  if (v === undefined || v === null || v === "") return "not set";
  return JSON.stringify(v);
}

/** Reason text for a required input that is missing or unknown. */
export function missing(field: string, value: unknown): string {
  return isUnknown(value) ? `${field} is unknown during preview` : `${field} is not set`;
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

/**
 * A priced result from hourly lines. Usage charges given in `extra.usage` with a quantity become
 * lines of their own (monthly figure spread over 730 hours); those without one are kept for the
 * report and set `usageUnknown`. Empty assumptions are dropped. `cloud` is undefined only for the
 * free results of non-cloud packages (random, tls …).
 */
export function priced(
  cloud: Cloud | undefined,
  region: string | undefined,
  lines: PriceLine[],
  assumptions: string[],
  extra: Partial<Priced> = {},
): Priced {
  const usage = extra.usage ?? [];
  const all = [
    ...lines,
    ...usage
      .filter((u) => u.quantity !== undefined)
      .map((u) => ({
        item: `${u.quantity!.toLocaleString("en-US")} ${u.quantityUnit} × $${u.usdPerUnit}/${u.unit}`,
        hourlyUsd: usageMonthlyUsd(u) / HOURS_PER_MONTH,
      })),
  ];
  const hourly = all.reduce((s, l) => s + l.hourlyUsd, 0);
  const usageUnknown = usage.some((u) => u.quantity === undefined);
  return {
    priced: true,
    ...(cloud ? { cloud } : {}),
    ...(region ? { region } : {}),
    hourlyUsd: round(hourly, 6),
    monthlyUsd: round(hourly * HOURS_PER_MONTH, 2),
    lines: all.map((l) => ({ ...l, hourlyUsd: round(l.hourlyUsd, 6) })),
    assumptions: [MONTH_ASSUMPTION, ...assumptions.filter((a) => a !== "")],
    ...extra,
    ...(usage.length ? { usage, usageUnknown } : {}),
  };
}

/** Monthly USD of a usage charge with a quantity (0 without one). */
export function usageMonthlyUsd(u: UsageCharge): number {
  return u.quantity === undefined ? 0 : (u.quantity / u.unitSize) * u.usdPerUnit;
}

/**
 * A usage charge with the quantity the usage file gives for `key` (ctx.usage), if any.
 * `unitSize` is how many `quantityUnit`s one billing unit holds (1e6 for "per 1M requests").
 */
export function usageCharge(ctx: PriceContext, charge: Omit<UsageCharge, "quantity">): UsageCharge {
  const q = ctx.usage?.[charge.key];
  return q === undefined ? { ...charge } : { ...charge, quantity: q };
}

/** `$0.20 per 1M requests` — how a usage charge's unit price reads in notes. */
export function describeUsage(u: UsageCharge): string {
  return `$${u.usdPerUnit} per ${u.unit}`;
}

/** A monthly GB price as an hourly line. */
export function perGbMonth(usdPerGbMonth: number, gb: number): number {
  return (usdPerGbMonth * gb) / HOURS_PER_MONTH;
}
