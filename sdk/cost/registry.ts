import type { PriceContext, ResourcePrice } from "./types";
import type { Props } from "./helpers";

/** Prices one resource of a type from its inputs. Never throws on odd input: returns unpriced with the reason. */
export type PriceFn = (props: Props, ctx: PriceContext) => ResourcePrice;

/** What a priced-service file exports: the type tokens it prices. */
export interface PricerModule {
  pricers: Readonly<Record<string, PriceFn>>;
}

/**
 * Merges the pricer tables of one cloud's service files into its registry. A type token claimed by
 * two files is an error at load time (an object spread would silently let the last one win).
 */
export function registry(name: string, modules: readonly PricerModule[]): Record<string, PriceFn> {
  const out: Record<string, PriceFn> = {};
  for (const m of modules) {
    for (const [type, fn] of Object.entries(m.pricers)) {
      if (out[type]) throw new Error(`${name} cost registry: ${type} is priced by two service files`);
      out[type] = fn;
    }
  }
  return out;
}
