import { usageCharge } from "./helpers";
import type { PriceContext, UsageCharge } from "./types";

/**
 * A public list price a pricer holds as a fact: the figure, its billing unit, the region it was
 * read for, and where and when it was read. Pricers state it in their assumptions, so every
 * figure in a plan can be traced to its source.
 */
export interface ListPrice {
  usd: number;
  /** Billing unit as the source prints it: `hour`, `GB-month`, `1M requests`, `vCPU-hour` … */
  unit: string;
  /** Region (or `*` for a global price) the figure was read for. */
  region: string;
  /** What was read: repository, file and commit, or a pricing page. */
  source: string;
  /** Date of the source (YYYY-MM-DD). */
  asOf: string;
}

/** Infracost's golden test outputs at the commit transcribed in ../shared/data/prices/services. */
export const INFRACOST_GOLDEN = "infracost@95ba4f49 golden";

/** `$0.045 per hour (us-east-1; infracost@95ba4f49 golden aws/nat_gateway_test, 2024-07-01)`. */
export function describePrice(p: ListPrice): string {
  return `$${p.usd} per ${p.unit} (${p.region}; ${p.source}, ${p.asOf})`;
}

/**
 * The note that goes with a list price used in a region other than the one it was read for.
 * Empty when the regions match or the price is global.
 */
export function regionNote(p: ListPrice, region: string | undefined): string {
  if (p.region === "*" || !region || region === p.region) return "";
  return `the ${p.region} list price is used for ${region} (regional prices differ by a few percent)`;
}

/**
 * A usage charge at a list price: `quantityUnit`s a month from the usage file under `key`, billed
 * per `p.unit` (`unitSize` of them make one unit); the source says price, region and date.
 */
export function usageAt(
  ctx: PriceContext,
  p: ListPrice,
  key: string,
  quantityUnit: string,
  unitSize = 1,
): UsageCharge {
  return usageCharge(ctx, {
    key,
    quantityUnit,
    unit: p.unit,
    unitSize,
    usdPerUnit: p.usd,
    source: describePrice(p),
  });
}
