/**
 * Secret values of a plan: what the program marked with `pulumi.secret()` (or read with
 * `config.requireSecret`). They reach the plan's monitor marked as on the wire; the plan records
 * where they were, shows `[secret]` in their place everywhere, and filters their text out of
 * everything it prints, as the Pulumi engine filters known secrets out of its diagnostics.
 */

/** What a report shows in place of a secret value. */
export const SECRET_PLACEHOLDER = "[secret]";

/** The key and value that mark a secret on the wire (the values `@pulumi/pulumi/runtime/rpc` exports). */
const SIG_KEY = "4dabf18193072939515e22adb298388d";
const SECRET_SIG = "1b47061264138c4ac30d75fd1eb44270";

/** Secrets shorter than this are not filtered out of text: "1" or "ab" would garble every message (the Pulumi CLI skips them too). */
const MIN_FILTERED_LENGTH = 3;

/** True for a value marked secret as on the wire: `{ <sig key>: <secret sig>, value }`. */
export function isSecretMarker(value: unknown): value is { value: unknown } {
  return (
    value !== null &&
    typeof value === "object" &&
    !Array.isArray(value) &&
    (value as Record<string, unknown>)[SIG_KEY] === SECRET_SIG
  );
}

/** A value marked secret as on the wire (what the engine sends policy packs for a secret input). */
export function markSecret(value: unknown): Record<string, unknown> {
  return { [SIG_KEY]: SECRET_SIG, value };
}

const childPath = (parent: string, key: string | number) =>
  typeof key === "number" ? `${parent}[${key}]` : parent ? `${parent}.${key}` : key;

/**
 * A plain value with its secrets marked (see `isSecretMarker`) → the same value with each secret
 * replaced by `[secret]`, and the paths of the secrets (`tags.owner`, `disks[0].size`).
 */
export function redactSecrets(value: unknown): { value: unknown; secretPaths: string[] } {
  const secretPaths: string[] = [];
  const walk = (v: unknown, path: string): unknown => {
    if (isSecretMarker(v)) {
      secretPaths.push(path);
      return SECRET_PLACEHOLDER;
    }
    if (Array.isArray(v)) return v.map((x, i) => walk(x, childPath(path, i)));
    if (v !== null && typeof v === "object") {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = walk(x, childPath(path, k));
      return out;
    }
    return v;
  };
  return { value: walk(value, ""), secretPaths };
}

/** The text of every secret in a value with its secrets marked: strings as they are, numbers and booleans as written. */
export function secretTexts(value: unknown): string[] {
  const out: string[] = [];
  const leaves = (v: unknown): void => {
    if (typeof v === "string") out.push(v);
    else if (typeof v === "number" || typeof v === "boolean") out.push(String(v));
    else if (Array.isArray(v)) v.forEach(leaves);
    else if (v !== null && typeof v === "object") Object.values(v).forEach(leaves);
  };
  const walk = (v: unknown): void => {
    if (isSecretMarker(v)) leaves(v.value);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === "object") Object.values(v).forEach(walk);
  };
  walk(value);
  return out;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A filter that replaces every occurrence of the given secret texts by `[secret]` (longest first,
 * so a secret that contains another is hidden whole). Texts shorter than 3 characters are left
 * alone, as the Pulumi CLI leaves them. Without texts, the identity.
 */
export function secretFilter(texts: Iterable<string>): (text: string) => string {
  const list = [...new Set(texts)]
    .filter((t) => t.length >= MIN_FILTERED_LENGTH && t !== SECRET_PLACEHOLDER)
    .sort((a, b) => b.length - a.length);
  if (list.length === 0) return (text) => text;
  const pattern = new RegExp(list.map(escapeRegExp).join("|"), "g");
  return (text) => text.replace(pattern, SECRET_PLACEHOLDER);
}

/**
 * A copy of plain data (arrays and plain objects, as a plan result is) with every string passed
 * through `filter`; other values are kept as they are.
 */
export function filterStrings<T>(value: T, filter: (text: string) => string): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return filter(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v !== null && typeof v === "object") {
      const proto = Object.getPrototypeOf(v) as unknown;
      if (proto !== Object.prototype && proto !== null) return v;
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) out[k] = walk(x);
      return out;
    }
    return v;
  };
  return walk(value) as T;
}
