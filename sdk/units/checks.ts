import { Issue, show } from "../errors";

/** Levenshtein distance, small inputs only (field names, region names). */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length];
}

/** The closest candidate when it is plausibly a typo of `word`, else undefined. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = word.toLowerCase();
  const list = [...candidates];
  // A shortened name ("egress" for "egressGbPerMonth") is a typo too.
  const prefixed = lower.length >= 3 ? list.filter((c) => c.toLowerCase().startsWith(lower)) : [];
  if (prefixed.length === 1) return prefixed[0];
  for (const candidate of list) {
    const d = editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.ceil(word.length / 2)) ? best : undefined;
}

/** "did you mean" suffix for a value outside a known set. */
export function oneOf(valid: readonly string[], given?: unknown): string {
  const hint = typeof given === "string" ? closest(given, valid) : undefined;
  const list =
    valid.length <= 12 ? valid.join(", ") : `${valid.slice(0, 12).join(", ")} … (${valid.length} in all)`;
  return hint ? `did you mean ${show(hint)}? valid: ${list}` : `use one of: ${list}`;
}

/** Collects issues while reading a plain object field by field. */
export class Checker {
  readonly issues: Issue[] = [];
  constructor(readonly prefix: string) {}

  at(field: string): string {
    if (!field) return this.prefix;
    return this.prefix ? `${this.prefix}.${field}` : field;
  }

  add(field: string, value: unknown, expected: string): void {
    this.issues.push({ path: this.at(field), value, expected });
  }

  /** Reports keys of `obj` that are not in `known`, with a "did you mean". */
  unknownKeys(obj: object, known: readonly string[]): void {
    for (const key of Object.keys(obj)) {
      if (known.includes(key)) continue;
      // A key with no name has no path of its own: report it on the object holding it.
      if (key.trim() === "") {
        this.issues.push({
          path: this.at("") || "args",
          value: (obj as Record<string, unknown>)[key],
          problem: `has a field with an empty name (${show(key)})`,
          expected: `remove it; known fields: ${known.join(", ")}`,
        });
        continue;
      }
      const hint = closest(key, known);
      this.issues.push({
        path: this.at(key),
        value: (obj as Record<string, unknown>)[key],
        problem: "is not a known field",
        expected: hint ? `did you mean "${hint}"?` : `known fields: ${known.join(", ")}`,
      });
    }
  }

  /** A finite number in a range; returns it when valid. */
  number(
    field: string,
    value: unknown,
    opts: { min?: number; max?: number; exclusiveMin?: number; integer?: boolean },
  ): number | undefined {
    const bounds: string[] = [];
    if (opts.exclusiveMin !== undefined) bounds.push(`greater than ${opts.exclusiveMin}`);
    if (opts.min !== undefined) bounds.push(`at least ${opts.min}`);
    if (opts.max !== undefined) bounds.push(`at most ${opts.max}`);
    const expected = `use ${opts.integer ? "a whole number" : "a number"}${bounds.length ? " " + bounds.join(" and ") : ""}`;
    if (
      typeof value !== "number" ||
      !Number.isFinite(value) ||
      (opts.integer && !Number.isInteger(value)) ||
      (opts.exclusiveMin !== undefined && value <= opts.exclusiveMin) ||
      (opts.min !== undefined && value < opts.min) ||
      (opts.max !== undefined && value > opts.max)
    ) {
      this.add(field, value, expected);
      return undefined;
    }
    return value;
  }

  /** A string from a fixed set; returns it when valid. */
  choice<T extends string>(field: string, value: unknown, valid: readonly T[]): T | undefined {
    if (typeof value !== "string" || !valid.includes(value as T)) {
      this.add(field, value, oneOf(valid, value));
      return undefined;
    }
    return value as T;
  }

  /** A plain object; returns it when valid. */
  object(field: string, value: unknown): Record<string, unknown> | undefined {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      this.add(field, value, "use an object");
      return undefined;
    }
    return value as Record<string, unknown>;
  }
}
