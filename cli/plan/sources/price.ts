import type { Catalog } from "../../../sdk/catalog/catalog";
import { UNKNOWN } from "../../../sdk/cost/types";
import { priceResources, PricedResource } from "../pricing";
import { RecordedResource, Recording } from "../recorder";
import type { SourceResource } from "./resource";
import { materialize, scrubber, SECRET_TEXT, SecretValue, secretsIn } from "./secrets";

/** What stands for each secret in a view of the resources. */
export type Substitute = (s: SecretValue) => unknown;

/** Every secret as the engine's unknown: no view built with it holds a secret's content. */
export const ALL_UNKNOWN: Substitute = () => UNKNOWN;
/** Every secret as `[secret]`, as reports show it. */
export const ALL_HIDDEN: Substitute = () => SECRET_TEXT;

/**
 * The recorded list every part of the plan reads (see `recorder.ts`), built from resources read
 * from a file: `inputs` are the properties priced and analyzed, each secret as `substitute` gives it.
 */
export function recordingOf(
  stack: { stack: string; project: string },
  resources: readonly SourceResource[],
  substitute: Substitute,
): Recording {
  const recording = new Recording(stack.stack, stack.project, {}, {});
  for (const r of resources) {
    const outputs = materialize(r.outputs, substitute) as Record<string, unknown>;
    const recorded: RecordedResource = {
      urn: r.urn,
      type: r.type,
      name: r.name,
      custom: r.custom,
      ...(r.parent ? { parent: r.parent } : {}),
      ...(r.provider ? { provider: r.provider } : {}),
      dependencies: r.dependencies,
      propertyDependencies: r.propertyDependencies,
      inputs: materialize(r.props, substitute) as Record<string, unknown>,
      // A preview's new state has no outputs yet: AnalyzeStack then reads its inputs, as for a program.
      ...(Object.keys(outputs).length > 0 ? { outputs } : {}),
      ...(r.read ? { read: true } : {}),
    };
    recording.add(recorded);
  }
  return recording;
}

/** The priced resources, and how secrets shaped them. */
export interface SecretAwarePrices {
  priced: PricedResource[];
  /** Resources whose price depends on a secret that could not be read (listed unpriced). */
  unreadable: number;
  /** Resources whose price depends on a readable secret (priced; the value hidden in their notes). */
  hidden: number;
}

/** The figure of a price: whether it is priced, at how much, or why not (notes and region aside). */
const figure = (p: PricedResource) =>
  JSON.stringify(p.price.priced ? [p.price.hourlyUsd, p.price.usageUnknown ?? false] : [p.price.reason]);
const sameFigure = (a: PricedResource, b: PricedResource) => figure(a) === figure(b);

/** A copy of a value with every string passed through `scrub`. */
function scrubDeep<T>(value: T, scrub: (s: string) => string): T {
  if (typeof value === "string") return scrub(value) as T;
  if (Array.isArray(value)) return value.map((v) => scrubDeep(v, scrub)) as T;
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubDeep(v, scrub)])) as T;
  return value;
}

const MAX_LISTED = 3;

/**
 * Prices resources read from a file whose values may be secret, so that a secret is never shown
 * and a price never rests on one silently. Each resource is priced in several views that differ
 * only in their secrets: readable secrets given, the rest as unknown (the figure used); the rest as
 * `[secret]` and as a number (two probes: if either moves the price, it depends on a secret that
 * could not be read, and the resource is listed unpriced naming the file and the secret's JSON
 * path); every secret unknown (if that moves it, it depends on a readable secret: the figure
 * stands, and the secret's value is replaced by `[secret]` wherever its notes would show it).
 * Every resource is shown from the view with all secrets as `[secret]`.
 */
export function priceWithSecrets(
  stack: { stack: string; project: string },
  resources: readonly SourceResource[],
  catalog: Catalog,
): SecretAwarePrices {
  const secrets = new Map(resources.map((r) => [r.urn, secretsIn(r.props)]));
  const all = [...secrets.values()].flat();
  const anyReadable = all.some((s) => s.content.readable);
  const anyUnreadable = all.some((s) => !s.content.readable);
  const price = (sub: Substitute) => {
    const rec = recordingOf(stack, resources, sub);
    return priceResources(rec.resources, (u) => rec.get(u), catalog);
  };
  const readableOr =
    (fallback: unknown): Substitute =>
    (s) =>
      s.content.readable ? s.content.value : fallback;

  const used = price(readableOr(UNKNOWN));
  if (all.length === 0) return { priced: used, unreadable: 0, hidden: 0 };
  const probes = anyUnreadable ? [price(readableOr(SECRET_TEXT)), price(readableOr(1_000_003))] : [];
  const blind = anyReadable ? price(ALL_UNKNOWN) : [];
  const shown = recordingOf(stack, resources, ALL_HIDDEN);
  const byUrn = new Map(resources.map((r) => [r.urn, r]));

  let unreadable = 0;
  let hidden = 0;
  const priced = used.map((p, i): PricedResource => {
    // A region that moves with a secret is the secret's (or read from it): shown as [secret].
    const region = [...probes, ...(anyReadable ? [blind] : [])].every((v) => v[i].region === p.region)
      ? p.region
      : SECRET_TEXT;
    const { region: _, ...rest } = p;
    const display = {
      ...rest,
      resource: shown.get(p.resource.urn) ?? p.resource,
      ...(region ? { region } : {}),
    };
    const source = byUrn.get(p.resource.urn)!;
    const provider = source.provider ? byUrn.get(source.provider) : undefined;
    const mine = [...(secrets.get(source.urn) ?? []), ...(provider ? (secrets.get(provider.urn) ?? []) : [])];
    if (probes.some((q) => !sameFigure(p, q[i]))) {
      unreadable++;
      const own = mine.filter((s) => !s.content.readable);
      const paths =
        own
          .slice(0, MAX_LISTED)
          .map((s) => s.at)
          .join(", ") + (own.length > MAX_LISTED ? ` and ${own.length - MAX_LISTED} more` : "");
      const why = own[0] && !own[0].content.readable ? own[0].content.why : "";
      return {
        ...display,
        price: {
          priced: false,
          reason: own.length
            ? `depends on a secret value that could not be read: ${source.file} ${paths} (${why})`
            : "depends on a secret value of a resource it refers to, which could not be read",
          ...(p.price.cloud ? { cloud: p.price.cloud } : {}),
        },
      };
    }
    if (!anyReadable) return display;
    if (!sameFigure(p, blind[i])) hidden++;
    // The notes of a price may quote what it read (an instance type, a size): never a secret.
    return { ...display, price: scrubDeep(p.price, scrubber(mine, all)) };
  });
  return { priced, unreadable, hidden };
}
