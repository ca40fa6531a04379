import { HOURS_PER_MONTH } from "../formulas";
import { priced } from "../helpers";
import type { Priced, PriceLine } from "../types";

const HOURS_NOTE = "730 hours a month, on-demand list prices";
const cents = (x: number) => Math.round(x * 100) / 100;

/**
 * One priced result from several (a cluster's control plane and node pools): lines, assumptions
 * and usage charges put together, and the capacity range summed (a part without one counts its
 * monthly figure at both ends).
 */
export function combinePriced(
  region: string,
  parts: readonly Priced[],
  ownLines: PriceLine[],
  ownAssumptions: string[],
): Priced {
  const lines = [...ownLines, ...parts.flatMap((p) => p.lines)];
  const assumptions = [
    ...ownAssumptions,
    ...parts.flatMap((p) => p.assumptions.filter((a) => a !== HOURS_NOTE)),
  ].filter((a, i, all) => all.indexOf(a) === i);
  const usage = parts.flatMap((p) => p.usage ?? []);
  const own = ownLines.reduce((s, l) => s + l.hourlyUsd, 0) * HOURS_PER_MONTH;
  const ranged = parts.some((p) => p.range);
  const range = ranged
    ? {
        minMonthlyUsd: cents(own + parts.reduce((s, p) => s + (p.range?.minMonthlyUsd ?? p.monthlyUsd), 0)),
        maxMonthlyUsd: cents(own + parts.reduce((s, p) => s + (p.range?.maxMonthlyUsd ?? p.monthlyUsd), 0)),
      }
    : undefined;
  const count = parts.reduce((s, p) => s + (p.count ?? 0), 0);
  // The parts' lines already hold their usage charges that have a quantity: keep the charges for
  // the report without adding them a second time.
  const out = priced("azure", region, lines, assumptions, {
    ...(range ? { range } : {}),
    ...(count ? { count } : {}),
  });
  return usage.length ? { ...out, usage, usageUnknown: usage.some((u) => u.quantity === undefined) } : out;
}
