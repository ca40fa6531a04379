import type { Cloud } from "../catalog/types";
import { HOURS_PER_MONTH } from "./formulas";
import { PriceContext, PriceLine, Priced, UNKNOWN, Unpriced } from "./types";

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

/** Reason text for a required input that is missing or unknown. */
export function missing(field: string, value: unknown): string {
  return isUnknown(value) ? `${field} is unknown during preview` : `${field} is not set`;
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

export function priced(
  cloud: Cloud,
  region: string | undefined,
  lines: PriceLine[],
  assumptions: string[],
  extra: Partial<Priced> = {},
): Priced {
  const hourly = lines.reduce((s, l) => s + l.hourlyUsd, 0);
  return {
    priced: true,
    cloud,
    ...(region ? { region } : {}),
    hourlyUsd: round(hourly, 6),
    monthlyUsd: round(hourly * HOURS_PER_MONTH, 2),
    lines: lines.map((l) => ({ ...l, hourlyUsd: round(l.hourlyUsd, 6) })),
    assumptions: ["730 hours a month, on-demand list prices", ...assumptions],
    ...extra,
  };
}

/** A monthly GB price as an hourly line. */
export function perGbMonth(usdPerGbMonth: number, gb: number): number {
  return (usdPerGbMonth * gb) / HOURS_PER_MONTH;
}
