import { HOURS_PER_MONTH } from "../formulas";
import { describePrice, INFRACOST_GOLDEN, ListPrice, regionNote } from "../list-price";
import type { PriceContext, UsageCharge } from "../types";

/**
 * A unit price read from an Infracost Azure golden (../shared/data/prices/services/azure-services.csv):
 * `golden` is the test folder under internal/providers/terraform/azure/testdata, `asOf` its date.
 */
export function goldenPrice(
  usd: number,
  unit: string,
  region: string,
  golden: string,
  asOf: string,
): ListPrice {
  return { usd, unit, region, source: `${INFRACOST_GOLDEN} azure/${golden}`, asOf };
}

/** Each price described, with a note when it is used outside the region it was read for. */
export function priceNotes(region: string | undefined, ...prices: ListPrice[]): string[] {
  const out: string[] = [];
  for (const p of prices) {
    out.push(describePrice(p));
    const note = regionNote(p, region);
    if (note && !out.includes(note)) out.push(note);
  }
  return out;
}

/** Hourly USD of `quantity` units of a price billed per hour or per month. */
export function hourlyOf(p: ListPrice, quantity = 1): number {
  if (p.unit === "hour" || p.unit.endsWith("-hour")) return p.usd * quantity;
  if (p.unit === "month" || p.unit.endsWith("-month")) return (p.usd * quantity) / HOURS_PER_MONTH;
  throw new Error(`hourlyOf: a price per ${p.unit} is not a time-based price`);
}

/** A usage charge at a list price (one home: `../list-price`). */
export { usageAt } from "../list-price";

/** One band of a tiered usage price: the monthly quantity from `from` up to `upTo` (in quantity units). */
export interface UsageTier {
  label: string;
  from: number;
  upTo: number;
  price: ListPrice;
}

/**
 * A tiered usage price as one charge per band, all read from the same usage key: with a quantity,
 * each band gets the part of it that falls in the band (below the first band is free); without
 * one, each band is listed with its unit price.
 */
export function tieredUsage(
  ctx: PriceContext,
  key: string,
  quantityUnit: string,
  tiers: readonly UsageTier[],
  unitSize = 1,
): UsageCharge[] {
  const total = ctx.usage?.[key];
  return tiers.map((t) => {
    const charge: UsageCharge = {
      key,
      quantityUnit: `${quantityUnit} (${t.label})`,
      unit: t.price.unit,
      unitSize,
      usdPerUnit: t.price.usd,
      source: describePrice(t.price),
    };
    const band = total === undefined ? undefined : Math.max(0, Math.min(total, t.upTo) - t.from);
    return band === undefined ? charge : { ...charge, quantity: band };
  });
}

/** The `usage` extra for `priced`, left out when there is no usage charge. */
export function withUsage(usage: UsageCharge[]): { usage?: UsageCharge[] } {
  return usage.length ? { usage } : {};
}
