import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced, ResourcePrice } from "../../../../sdk/cost/types";

/** The shipped catalog, with a provider region that is not an Azure location (resources set their own). */
export const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

/** A context without any region, to test the missing-location reason. */
export const noRegion: PriceContext = { catalog: ctx.catalog };

/** The priced result, or a failure naming the reason. */
export function ok(r: ResourcePrice): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

/** Prices a resource of `type`, with the usage file quantities given. */
export function price(type: string, props: Record<string, unknown>, usage?: Record<string, number>, c = ctx) {
  return priceResource(type, props, { ...c, ...(usage ? { usage } : {}) });
}
