import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced, ResourcePrice, Unpriced } from "../../../../sdk/cost/types";

/** The shipped catalog and no provider region (tests that need one pass `region`). */
export const ctx: PriceContext = { catalog: defaultCatalog() };

/** Prices through the engine (so the registration is tested too) with the context overridden. */
export const price = (type: string, props: Record<string, unknown>, extra: Partial<PriceContext> = {}) =>
  priceResource(type, props, { ...ctx, ...extra });

export function expectPriced(r: ResourcePrice): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

export function expectUnpriced(r: ResourcePrice): Unpriced {
  if (r.priced) throw new Error(`priced at ${r.monthlyUsd}: ${r.assumptions.join("; ")}`);
  return r;
}

/** Sum of the lines whose item contains `text`, per month. */
export const monthlyOf = (r: Priced, text: string) =>
  r.lines.filter((l) => l.item.includes(text)).reduce((s, l) => s + l.hourlyUsd * 730, 0);
