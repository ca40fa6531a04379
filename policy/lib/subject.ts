import { azureLocation, regionOfZone } from "../../sdk/catalog/region-names";
import type { Cloud } from "../../sdk/catalog/types";
import { cloudOfType } from "../../sdk/cost/price-resource";
import { UNKNOWN } from "../../sdk/cost/types";

/** A plain property bag (what the engine sent, unknowns as the `UNKNOWN` placeholder). */
export type Props = Record<string, unknown>;

/** A resource as a rule sees it: plain props, never the unknown-checking proxy. */
export interface Subject {
  type: string;
  name: string;
  urn: string;
  props: Props;
  cloud?: Cloud;
  provider?: { type: string; name: string; props: Props };
}

/**
 * The plain object under @pulumi/policy's unknown-checking proxy. The proxy throws on any read of
 * an unknown value, which turns the whole rule into a generic "can't run during preview"; rules read
 * the plain values instead and say precisely what they could not check.
 */
export function unwrap<T>(value: T): T {
  // Remediate wraps a secrets-preserving proxy inside the unknown-checking one: peel both, so a
  // remediation built from the plain object keeps secret values secret.
  let current = value;
  for (;;) {
    const target = (current as { __getSpecialProxyTarget?: T } | null | undefined)?.__getSpecialProxyTarget;
    if (target === undefined || target === current) return current;
    current = target;
  }
}

export const isUnknown = (v: unknown): v is typeof UNKNOWN => v === UNKNOWN;

/** The subject of a resource validation (inputs) or of one stack resource (outputs). */
export function subjectOf(r: {
  type: string;
  name: string;
  urn: string;
  props: Props;
  provider?: { type: string; name: string; props: Props };
}): Subject {
  const provider = r.provider ? unwrap(r.provider) : undefined;
  return {
    type: r.type,
    name: r.name,
    urn: r.urn,
    props: unwrap(r.props) ?? {},
    cloud: cloudOfType(r.type),
    ...(provider
      ? { provider: { type: provider.type, name: provider.name, props: unwrap(provider.props) ?? {} } }
      : {}),
  };
}

/** Reads a dotted path (`a.b.0.c`); `UNKNOWN` when any step on the way is unknown. */
export function at(props: unknown, path: string): unknown {
  let cur: unknown = props;
  for (const part of path.split(".")) {
    if (isUnknown(cur)) return UNKNOWN;
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

/** A list at a path: the array, `UNKNOWN`, or [] when absent. */
export function list(props: unknown, path: string): unknown[] | typeof UNKNOWN {
  const v = at(props, path);
  if (isUnknown(v)) return UNKNOWN;
  return Array.isArray(v) ? v : [];
}

/** The region a provider is configured for: AWS `region`, Azure `location`, GCP `region` or `zone`. */
export function providerRegion(s: Subject): string | undefined {
  const p = s.provider?.props;
  if (!p) return undefined;
  const pick = (v: unknown) => (typeof v === "string" && v !== "" && !isUnknown(v) ? v : undefined);
  switch (s.cloud) {
    case "aws":
      return pick(p.region);
    case "azure": {
      const location = pick(p.location);
      return location === undefined ? undefined : azureLocation(location);
    }
    case "gcp": {
      const zone = pick(p.zone);
      return pick(p.region) ?? (zone === undefined ? undefined : regionOfZone(zone));
    }
    default:
      return undefined;
  }
}
