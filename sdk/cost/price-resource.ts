import type { Cloud } from "../catalog/types";
import { awsPricers } from "./aws";
import { awsRegion } from "./aws/region";
import { awsApigatewayPricers } from "./aws-apigateway";
import { awsxPricers } from "./awsx";
import { azurePricers } from "./azure";
import { azureClassicPricers } from "./azure-classic";
import { azureRegion } from "./azure/region";
import { aliasNote, currentTypeToken } from "./azure/v2-aliases";
import { eksPricers } from "./eks";
import { FREE_TYPES, KNOWN_UNPRICED } from "./free";
import { gcpPricers } from "./gcp";
import { gcpRegion } from "./gcp/region";
import { priced, Props, unpriced } from "./helpers";
import { kubernetesPricers } from "./kubernetes";
import { nonCloudReason } from "./non-cloud";
import { PriceFn, registry } from "./registry";
import type { PriceContext, Priced, ResourcePrice } from "./types";

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
 * Whether the engine has an answer of its own for a type: a pricer, a known free or known unpriced
 * entry, a non-cloud package, or an azure-native 2.x token of one of those (anything else comes back
 * as "not priced by the cost engine").
 */
export function knowsType(type: string): boolean {
  const current = currentTypeToken(type);
  return (
    Object.hasOwn(PRICERS, current) ||
    Object.hasOwn(FREE_TYPES, current) ||
    Object.hasOwn(KNOWN_UNPRICED, current) ||
    nonCloudReason(type) !== undefined
  );
}

/** Resource types the engine prices (beyond those it knows to be free), sorted. */
export const PRICED_TYPES: readonly string[] = Object.keys(PRICERS).sort();

/** A $0 result for what no cloud bills, with the reason; without a cloud for non-cloud packages. */
function notBilled(reason: string, cloud: Cloud | undefined, region: string | undefined): Priced {
  return priced(cloud, region, [], [reason], { free: true });
}

/** The result for the current token `current`, looked up in the pricers and the tables. */
function priceCurrent(
  current: string,
  cloud: Cloud | undefined,
  props: Record<string, unknown>,
  ctx: PriceContext,
): ResourcePrice {
  const pricer = PRICERS[current];
  if (pricer) return pricer(props, ctx);
  const free = FREE_TYPES[current];
  if (free) return notBilled(free, cloud ?? "kubernetes", regionOfResource(current, props, ctx));
  const known = KNOWN_UNPRICED[current];
  if (known) return unpriced(known, cloud);
  if (current.startsWith("pulumi:providers:")) return notBilled("providers are not billed", cloud, undefined);
  const elsewhere = nonCloudReason(current);
  if (elsewhere) return notBilled(elsewhere, undefined, undefined);
  return unpriced(`${current} is not priced by the cost engine`, cloud);
}

/**
 * Prices one resource from its type token and inputs: hourly and monthly USD with the assumptions
 * stated, or `priced: false` with the reason. Never throws on odd or unknown inputs, and never
 * prices a type it does not know at 0: such types come back unpriced. Resources of non-cloud
 * packages (random, tls, command, docker …) come back free with no cloud; azure-native 2.x tokens
 * of moved resources are priced as their 3.x token, which the result says.
 */
export function priceResource(
  type: string,
  props: Record<string, unknown>,
  ctx: PriceContext,
): ResourcePrice {
  const cloud = cloudOfType(type);
  try {
    const current = currentTypeToken(type);
    // Resources a pricer looks up (a container's account) are read by their current tokens too.
    const resolve = ctx.resolve;
    const withCurrent: PriceContext = resolve
      ? {
          ...ctx,
          resolve: (reference, path) => {
            const found = resolve(reference, path);
            return found ? { ...found, type: currentTypeToken(found.type) } : undefined;
          },
        }
      : ctx;
    const price = priceCurrent(current, cloud, props ?? {}, withCurrent);
    if (current === type) return price;
    return price.priced
      ? { ...price, assumptions: [...price.assumptions, aliasNote(type, current)] }
      : { ...price, reason: `${price.reason} (${aliasNote(type, current)})` };
  } catch (e) {
    return unpriced(`could not price ${type}: ${(e as Error).message}`, cloud);
  }
}
