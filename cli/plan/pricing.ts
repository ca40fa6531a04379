import type { Catalog } from "../../sdk/catalog/catalog";
import type { Cloud } from "../../sdk/catalog/types";
import { cloudOfType, priceResource } from "../../sdk/cost/price-resource";
import { PriceContext, ResourcePrice, UNKNOWN } from "../../sdk/cost/types";
import { providerRegion, RecordedResource } from "./recorder";

/** The component a resource belongs to: its nearest ancestor that is a component (not the stack). */
export interface ComponentRef {
  urn: string;
  type: string;
  name: string;
}

/** A billable resource with its price from the sdk cost engine. */
export interface PricedResource {
  resource: RecordedResource;
  price: ResourcePrice;
  cloud?: Cloud;
  region?: string;
  component?: ComponentRef;
}

const STACK_TYPE = "pulumi:pulumi:Stack";

/** Resources whose cost the plan lists: custom resources other than providers. */
export function isBillable(r: RecordedResource): boolean {
  return r.custom && !r.type.startsWith("pulumi:providers:") && r.type !== STACK_TYPE;
}

/** Keys another resource may use to refer to this one, known during preview. */
function referenceKeys(r: RecordedResource): string[] {
  const keys = [r.urn];
  for (const field of ["name", "selfLink", "arn", "id"]) {
    const v = r.inputs[field];
    if (typeof v === "string" && v !== "" && v !== UNKNOWN) keys.push(v);
  }
  return keys;
}

/**
 * Builds the sdk's `resolve` for the whole recording. A known reference is looked up by URN,
 * name, self link or ARN (an ambiguous name resolves to nothing). An unknown one — an ID during
 * preview — is resolved through the engine's property dependencies: when the property it was read
 * from depends on exactly one resource, that resource is the one it refers to.
 */
export function referenceResolver(
  resources: readonly RecordedResource[],
  byUrn: (urn: string) => RecordedResource | undefined,
): (of: RecordedResource) => NonNullable<PriceContext["resolve"]> {
  const index = new Map<string, RecordedResource | null>();
  for (const r of resources) {
    if (!r.custom) continue;
    for (const key of referenceKeys(r)) index.set(key, index.has(key) ? null : r);
  }
  return (of) => (reference, path) => {
    let target: RecordedResource | undefined;
    if (reference === UNKNOWN) {
      const deps = of.propertyDependencies[path.split(".")[0]] ?? [];
      target = deps.length === 1 ? byUrn(deps[0]) : undefined;
    } else {
      target = index.get(reference) ?? undefined;
    }
    return target ? { type: target.type, props: target.inputs } : undefined;
  };
}

/** The nearest component ancestor of a resource, if any. */
function componentOf(
  r: RecordedResource,
  byUrn: (urn: string) => RecordedResource | undefined,
): ComponentRef | undefined {
  for (let p = r.parent ? byUrn(r.parent) : undefined; p; p = p.parent ? byUrn(p.parent) : undefined) {
    if (!p.custom && p.type !== STACK_TYPE) return { urn: p.urn, type: p.type, name: p.name };
  }
  return undefined;
}

/**
 * Prices every billable resource through the sdk cost engine (`priceResource`), with the region
 * of its provider, a resolver for references to other resources and the usage quantities
 * `usageFor` gives it (from the usage file). Resources read with `.get()` are listed unpriced: they
 * exist already and this stack does not bill them.
 */
export function priceResources(
  resources: readonly RecordedResource[],
  byUrn: (urn: string) => RecordedResource | undefined,
  catalog: Catalog,
  usageFor: (r: RecordedResource) => PriceContext["usage"] | undefined = () => undefined,
): PricedResource[] {
  const resolver = referenceResolver(resources, byUrn);
  const out: PricedResource[] = [];
  for (const r of resources) {
    if (!isBillable(r)) continue;
    const providerRegionName = providerRegion(r.provider ? byUrn(r.provider) : undefined);
    const usage = r.read ? undefined : usageFor(r);
    const price: ResourcePrice = r.read
      ? {
          priced: false,
          reason: "read with .get(): it exists already and is not managed by this stack",
          ...(cloudOfType(r.type) ? { cloud: cloudOfType(r.type) } : {}),
        }
      : priceResource(r.type, r.inputs, {
          catalog,
          ...(providerRegionName ? { region: providerRegionName } : {}),
          resolve: resolver(r),
          ...(usage ? { usage } : {}),
        });
    const cloud = price.cloud ?? cloudOfType(r.type);
    const region = price.region ?? providerRegionName;
    const component = componentOf(r, byUrn);
    out.push({
      resource: r,
      price,
      ...(cloud ? { cloud } : {}),
      ...(region ? { region } : {}),
      ...(component ? { component } : {}),
    });
  }
  return out;
}
