import type { Cloud } from "../catalog/types";
import { awsPricers } from "./aws";
import { awsRegion } from "./aws/region";
import { awsApigatewayPricers } from "./aws-apigateway";
import { awsxPricers } from "./awsx";
import { azurePricers } from "./azure";
import { azureClassicPricers } from "./azure-classic";
import { azureRegion } from "./azure/region";
import { eksPricers } from "./eks";
import { FREE_TYPES, KNOWN_UNPRICED } from "./free";
import { gcpPricers } from "./gcp";
import { gcpRegion } from "./gcp/region";
import { priced, Props, unpriced } from "./helpers";
import { kubernetesPricers } from "./kubernetes";
import { PriceFn, registry } from "./registry";
import type { PriceContext, ResourcePrice } from "./types";

/** Every priced type token, from the per-cloud registries (a type priced twice fails at load). */
const PRICERS: Record<string, PriceFn> = registry("cost engine", [
  { pricers: awsPricers },
  { pricers: azurePricers },
  { pricers: azureClassicPricers },
  { pricers: gcpPricers },
  { pricers: kubernetesPricers },
  // Remote (multi-language) components, priced from their args: their children never reach a plan.
  { pricers: awsxPricers },
  { pricers: eksPricers },
  { pricers: awsApigatewayPricers },
]);

/** Component packages built on one cloud's provider: their resources are that cloud's. */
const COMPONENT_PACKAGE_CLOUD: Record<string, Cloud> = { awsx: "aws", eks: "aws", "aws-apigateway": "aws" };

/** The cloud a Pulumi type token belongs to, if any. */
export function cloudOfType(type: string): Cloud | undefined {
  const pkg = type.startsWith("pulumi:providers:")
    ? type.slice("pulumi:providers:".length)
    : type.split(":")[0];
  if (pkg === "aws" || pkg === "gcp" || pkg === "kubernetes") return pkg;
  if (pkg === "azure-native" || pkg === "azure") return "azure";
  return COMPONENT_PACKAGE_CLOUD[pkg];
}

const REGION_OF: Partial<
  Record<Cloud, (props: Props, ctx: Pick<PriceContext, "region">) => { region?: string }>
> = {
  aws: awsRegion,
  azure: azureRegion,
  gcp: gcpRegion,
};

/**
 * The region a resource is in, read as its cloud's pricers read it: its own region, location or
 * zone input, else its provider's region (`ctx.region`). Undefined for Kubernetes and unknown types.
 */
export function regionOfResource(
  type: string,
  props: Record<string, unknown>,
  ctx: Pick<PriceContext, "region"> = {},
): string | undefined {
  const cloud = cloudOfType(type);
  return cloud ? REGION_OF[cloud]?.(props ?? {}, ctx).region : undefined;
}

/**
 * Whether the engine has an answer of its own for a type: a pricer, or a known free or known
 * unpriced entry (anything else comes back as "not priced by the cost engine").
 */
export function knowsType(type: string): boolean {
  return (
    Object.hasOwn(PRICERS, type) || Object.hasOwn(FREE_TYPES, type) || Object.hasOwn(KNOWN_UNPRICED, type)
  );
}

/** Resource types the engine prices (beyond those it knows to be free), sorted. */
export const PRICED_TYPES: readonly string[] = Object.keys(PRICERS).sort();

/**
 * Prices one resource from its type token and inputs: hourly and monthly USD with the assumptions
 * stated, or `priced: false` with the reason. Never throws on odd or unknown inputs, and never
 * prices a type it does not know at 0: such types come back unpriced.
 */
export function priceResource(
  type: string,
  props: Record<string, unknown>,
  ctx: PriceContext,
): ResourcePrice {
  const cloud = cloudOfType(type);
  try {
    const pricer = PRICERS[type];
    if (pricer) return pricer(props ?? {}, ctx);
    const free = FREE_TYPES[type];
    if (free)
      return priced(cloud ?? "kubernetes", regionOfResource(type, props ?? {}, ctx), [], [free], {
        free: true,
      });
    const known = KNOWN_UNPRICED[type];
    if (known) return unpriced(known, cloud);
    if (type.startsWith("pulumi:providers:"))
      return priced(cloud ?? "kubernetes", undefined, [], ["providers are not billed"], { free: true });
    return unpriced(`${type} is not priced by the cost engine`, cloud);
  } catch (e) {
    return unpriced(`could not price ${type}: ${(e as Error).message}`, cloud);
  }
}
