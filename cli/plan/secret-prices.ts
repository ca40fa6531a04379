import type { ResourcePrice } from "../../sdk/cost/types";
import type { PricedResource } from "./pricing";
import type { RecordedResource } from "./recorder";
import { isSecretMarker, SECRET_PLACEHOLDER } from "./secrets";

/** Prices a list of resources, looking others up through `byUrn` (the plan's `priceResources`). */
export type PriceAll = (
  resources: readonly RecordedResource[],
  byUrn: (urn: string) => RecordedResource | undefined,
) => PricedResource[];

/** One secret input of one resource. */
interface SecretInput {
  urn: string;
  path: string;
}

/** More secrets to tell apart than this (two pricing passes each) and the reason lists every secret the resource may read. */
const MAX_ATTRIBUTION_PASSES = 20;

const keyOf = (s: SecretInput) => `${s.urn}\u0000${s.path}`;

/** The inputs with the secrets `reveal` picks unwrapped to their values, the others as `[secret]`. */
function inputsRevealing(
  marked: Record<string, unknown>,
  reveal: (path: string) => boolean,
): Record<string, unknown> {
  const walk = (v: unknown, path: string): unknown => {
    if (isSecretMarker(v)) return reveal(path) ? v.value : SECRET_PLACEHOLDER;
    if (Array.isArray(v)) return v.map((x, i) => walk(x, `${path}[${i}]`));
    if (v !== null && typeof v === "object") {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = walk(x, path ? `${path}.${k}` : k);
      return out;
    }
    return v;
  };
  return walk(marked, "") as Record<string, unknown>;
}

/** Prices the resources with the secret inputs `reveal` picks read as their real values (for comparison only). */
function priceRevealing(
  resources: readonly RecordedResource[],
  reveal: (s: SecretInput) => boolean,
  priceAll: PriceAll,
): Map<string, PricedResource> {
  const copies = resources.map((r) =>
    r.secret
      ? { ...r, inputs: inputsRevealing(r.secret.markedInputs, (path) => reveal({ urn: r.urn, path })) }
      : r,
  );
  const byUrn = new Map(copies.map((r) => [r.urn, r]));
  return new Map(priceAll(copies, (u) => byUrn.get(u)).map((p) => [p.resource.urn, p]));
}

/** Whether two prices of one resource differ in what a report shows of them: priced or not, the figures, or the reason. */
function differs(a: ResourcePrice, b: ResourcePrice | undefined): boolean {
  if (!b || a.priced !== b.priced) return true;
  if (a.priced && b.priced)
    return (
      a.monthlyUsd !== b.monthlyUsd ||
      a.hourlyUsd !== b.hourlyUsd ||
      JSON.stringify(a.usage ?? []) !== JSON.stringify(b.usage ?? [])
    );
  return !a.priced && !b.priced && a.reason !== b.reason;
}

/** The secret inputs a resource's price may read: its own, its provider's (and a remote component's providers'). */
function candidatesOf(
  r: RecordedResource,
  byUrn: (urn: string) => RecordedResource | undefined,
): SecretInput[] {
  const urns = [r.urn, ...(r.provider ? [r.provider] : []), ...Object.values(r.providers ?? {})];
  return urns.flatMap((u) => (byUrn(u)?.secret?.paths ?? []).map((path) => ({ urn: u, path })));
}

/** `instanceType`, `region of provider "eu"`, `tags.owner of "db"`. */
function describeInput(
  s: SecretInput,
  of: RecordedResource,
  byUrn: (urn: string) => RecordedResource | undefined,
) {
  if (s.urn === of.urn) return s.path;
  const owner = byUrn(s.urn);
  const what = owner?.type.startsWith("pulumi:providers:")
    ? `provider "${owner.name}"`
    : `"${owner?.name ?? s.urn}"`;
  return `${s.path} of ${what}`;
}

/** The reason a price that depends on secret inputs is not given. */
export function secretReason(inputs: string[]): string {
  const names = inputs.length > 0 ? inputs.join(", ") : "a secret input of a resource it refers to";
  const verb = inputs.length > 1 ? "are" : "is";
  return `${names} ${verb} secret: secret values are not read offline, so it is not priced; give a non-secret value to price it`;
}

/**
 * Prices a recording whose resources may have secret inputs, without a figure that depends on
 * one: each resource is priced with its secrets as `[secret]` (what the reports show), and again
 * with the secrets read; where the two differ, the price depends on a secret, and the resource is
 * listed unpriced with a reason naming the secret inputs (found by reading one secret at a time),
 * never their values. A price the secrets do not change (a secret tag, a secret name) is kept.
 */
export function priceWithSecrets(
  resources: readonly RecordedResource[],
  priceAll: PriceAll,
): PricedResource[] {
  const byUrn = new Map(resources.map((r) => [r.urn, r]));
  const lookup = (u: string) => byUrn.get(u);
  const hidden = priceAll(resources, lookup);
  if (!resources.some((r) => r.secret)) return hidden;
  const revealed = priceRevealing(resources, () => true, priceAll);
  const dependent = hidden.filter((p) => differs(p.price, revealed.get(p.resource.urn)?.price));
  if (dependent.length === 0) return hidden;

  const candidates = new Map<string, SecretInput>();
  for (const p of dependent) for (const c of candidatesOf(p.resource, lookup)) candidates.set(keyOf(c), c);
  // A secret is named when reading it alone changes the price, or hiding it alone does (with
  // two secrets, say a region and an instance type, either alone leaves the price unreadable).
  const attributed = new Map<string, SecretInput[]>();
  if (candidates.size <= MAX_ATTRIBUTION_PASSES) {
    for (const c of candidates.values()) {
      const only = priceRevealing(resources, (s) => keyOf(s) === keyOf(c), priceAll);
      const allBut = priceRevealing(resources, (s) => keyOf(s) !== keyOf(c), priceAll);
      for (const p of dependent) {
        const urn = p.resource.urn;
        const read = revealed.get(urn)?.price;
        if (differs(p.price, only.get(urn)?.price) || (read && differs(read, allBut.get(urn)?.price)))
          attributed.set(urn, [...(attributed.get(urn) ?? []), c]);
      }
    }
  }
  const dependentUrns = new Set(dependent.map((p) => p.resource.urn));
  return hidden.map((p) => {
    if (!dependentUrns.has(p.resource.urn)) return p;
    const inputs = attributed.get(p.resource.urn) ?? candidatesOf(p.resource, lookup);
    const reason = secretReason(inputs.map((s) => describeInput(s, p.resource, lookup)));
    return {
      ...p,
      price: {
        priced: false,
        reason,
        ...(p.cloud ? { cloud: p.cloud } : {}),
        ...(p.region ? { region: p.region } : {}),
      },
    };
  });
}
