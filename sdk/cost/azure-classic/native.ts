import type { Props } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";

/**
 * The classic Azure provider (`@pulumi/azure`) is the bridged Terraform azurerm provider: its
 * resources are azurerm resources with camelCase inputs. Each classic pricer maps its inputs onto
 * the azure-native resource that bills the same thing and prices it with that type's pricer, so a
 * price has one home (the azure-native service file) whatever provider declared the resource.
 */
export function viaNative(
  module: PricerModule,
  nativeType: string,
  props: Props,
  ctx: PriceContext,
): ResourcePrice {
  const fn = module.pricers[nativeType];
  if (!fn) throw new Error(`azure-classic: ${nativeType} has no azure-native pricer`);
  const r = fn(props, ctx);
  // The classic provider's location is the `azure:location` config.
  const own = (s: string) => s.replaceAll("azure-native:location", "azure:location");
  if (!r.priced) return { ...r, reason: own(r.reason) };
  return {
    ...r,
    assumptions: [...r.assumptions.map(own), `classic azure provider: priced as ${nativeType}`],
  };
}

/** Keeps the entries whose value is defined (so a mapped input left unset stays unset). */
export function defined(o: Record<string, unknown>): Props {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
