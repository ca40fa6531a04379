import { parseDocument } from "yaml";
import { Issue, show, throwIfIssues } from "../errors";
import { closest } from "../units/checks";

/**
 * The usage file: monthly quantities of the usage-based parts of prices (requests, GB stored,
 * GB transferred …) that no resource input states. Quantities are given per Pulumi type token
 * (`defaults`, for every resource of the type) and per resource (`resources`, by its name or full
 * URN); a resource's own entry wins over its type's defaults, key by key.
 *
 * ```yaml
 * version: 1
 * defaults:
 *   aws:lambda/function:Function:
 *     monthlyRequests: 1000000
 * resources:
 *   api-handler:
 *     monthlyRequests: 25000000
 * ```
 */
export interface UsageFile {
  version: typeof USAGE_FILE_VERSION;
  /** Quantities for every resource of a type, by Pulumi type token. */
  defaults: Record<string, Record<string, number>>;
  /** Quantities for one resource, by its name or its URN (`urn:pulumi:…`). */
  resources: Record<string, Record<string, number>>;
}

/** The only version of the usage file format so far. */
export const USAGE_FILE_VERSION = 1;

const TOP_LEVEL = ["version", "defaults", "resources"] as const;

/** Usage keys are camelCase, as the pricers' `UsageCharge.key`s: `monthlyRequests`. */
const USAGE_KEY = /^[a-z][A-Za-z0-9]*$/;
/** `package:module:Type`, e.g. `aws:lambda/function:Function`, `kubernetes:apps/v1:Deployment`. */
const TYPE_TOKEN = /^[A-Za-z0-9_.-]+:[A-Za-z0-9_./-]*:[A-Za-z0-9_]+$/;

const isMap = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** `monthly_requests` / `monthly-requests` / `MonthlyRequests` → `monthlyRequests`. */
function camelCase(key: string): string {
  const words = key.split(/[_\-\s.]+/).filter(Boolean);
  return words
    .map((w, i) => (i === 0 ? w[0].toLowerCase() + w.slice(1) : w[0].toUpperCase() + w.slice(1)))
    .join("");
}

/** Checks one map of usage key → monthly quantity, adding an issue per bad key or value. */
function checkQuantities(path: string, value: unknown, issues: Issue[]): Record<string, number> {
  const out: Record<string, number> = {};
  // An entry whose keys are all commented out (as `lepton-mc usage init` writes them) is empty.
  if (value === null) return out;
  if (!isMap(value)) {
    issues.push({
      path,
      value,
      expected: "use a map of usage keys to monthly quantities, e.g. { monthlyRequests: 1000000 }",
    });
    return out;
  }
  for (const [key, q] of Object.entries(value)) {
    const at = `${path}.${key}`;
    if (!USAGE_KEY.test(key)) {
      const fixed = camelCase(key);
      issues.push({
        path: at,
        value: q,
        problem: "is not a usage key",
        expected: USAGE_KEY.test(fixed)
          ? `usage keys are camelCase: did you mean "${fixed}"?`
          : "usage keys are camelCase names such as monthlyRequests",
      });
      continue;
    }
    if (typeof q === "number" && Number.isFinite(q) && q >= 0) {
      out[key] = q;
      continue;
    }
    const asNumber = typeof q === "string" && q.trim() !== "" ? Number(q.replace(/_/g, "")) : NaN;
    issues.push({
      path: at,
      value: q,
      expected:
        typeof q === "number" && q < 0
          ? "use a monthly quantity of 0 or more"
          : typeof q === "number"
            ? "use a finite monthly quantity of 0 or more (not NaN or infinity)"
            : Number.isFinite(asNumber) && asNumber >= 0
              ? `use a number without quotes: ${key}: ${asNumber}`
              : "use a monthly quantity: a number of 0 or more, e.g. 1000000",
    });
  }
  return out;
}

/**
 * Checks a parsed usage file: every problem at once, each naming its path
 * (`resources.api-handler.monthlyRequests`), the bad value and the fix.
 * @param origin names the file in the error, e.g. `usage file lepton-usage.yml`.
 * @throws ValidationError listing every problem.
 */
export function validateUsageFile(doc: unknown, origin = "usage file"): UsageFile {
  const issues: Issue[] = [];
  if (!isMap(doc)) {
    throwIfIssues(
      [
        {
          path: "(file)",
          value: doc ?? undefined,
          problem: doc === null || doc === undefined ? "is empty" : `${show(doc)} is not valid`,
          expected: `use a map with version: ${USAGE_FILE_VERSION}, defaults (per type token) and resources (per resource name)`,
        },
      ],
      origin,
    );
  }
  const top = doc as Record<string, unknown>;
  for (const key of Object.keys(top)) {
    if ((TOP_LEVEL as readonly string[]).includes(key)) continue;
    const hint = closest(key, TOP_LEVEL);
    issues.push({
      path: key,
      value: top[key],
      problem: "is not a known field",
      expected: hint ? `did you mean "${hint}"?` : `known fields: ${TOP_LEVEL.join(", ")}`,
    });
  }
  if (top.version !== USAGE_FILE_VERSION)
    issues.push({
      path: "version",
      value: top.version,
      ...(top.version === undefined ? { problem: "is missing" } : {}),
      expected: `use version: ${USAGE_FILE_VERSION} (the only version of the format)`,
    });

  const sections = { defaults: {}, resources: {} } as Pick<UsageFile, "defaults" | "resources">;
  for (const section of ["defaults", "resources"] as const) {
    const block = top[section];
    if (block === undefined || block === null) continue;
    if (!isMap(block)) {
      issues.push({
        path: section,
        value: block,
        expected:
          section === "defaults"
            ? "use a map of Pulumi type tokens to usage quantities"
            : "use a map of resource names (or URNs) to usage quantities",
      });
      continue;
    }
    for (const [key, value] of Object.entries(block)) {
      if (section === "defaults" && !TYPE_TOKEN.test(key)) {
        issues.push({
          path: `defaults.${key}`,
          value,
          problem: "is not a Pulumi type token",
          expected: /^[a-z0-9]+_[a-z0-9_]+$/.test(key)
            ? "use the Pulumi type token, not the Terraform type: e.g. aws:lambda/function:Function"
            : "use a type token such as aws:lambda/function:Function (package:module:Type)",
        });
        continue;
      }
      if (key === "") {
        issues.push({ path: `${section}.""`, value, expected: "give the resource's name or URN" });
        continue;
      }
      sections[section][key] = checkQuantities(`${section}.${key}`, value, issues);
    }
  }
  throwIfIssues(issues, origin);
  return { version: USAGE_FILE_VERSION, ...sections };
}

/**
 * Parses and checks the text of a usage file (YAML). Pure: the caller reads the file.
 * @throws ValidationError listing every problem: YAML syntax (with line and column) or content.
 */
export function parseUsageFile(text: string, origin = "usage file"): UsageFile {
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0)
    throwIfIssues(
      doc.errors.map((e) => ({
        path: e.linePos ? `line ${e.linePos[0].line}, column ${e.linePos[0].col}` : "(file)",
        value: undefined,
        problem: `is not valid YAML: ${e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`,
        expected: "fix the YAML syntax (indent with spaces, one key per line, unique keys)",
      })),
      origin,
    );
  return validateUsageFile(doc.toJS(), origin);
}

/** What the usage file is matched against: a resource of the program. */
export interface UsageTarget {
  type: string;
  name: string;
  urn: string;
}

/**
 * The quantities that apply to a resource: its type's defaults, then the entry under its name,
 * then the entry under its URN, key by key (the more specific wins). Undefined when none applies.
 */
export function usageFor(file: UsageFile, r: UsageTarget): Record<string, number> | undefined {
  const parts = [file.defaults[r.type], file.resources[r.name], file.resources[r.urn]].filter(
    (p): p is Record<string, number> => p !== undefined,
  );
  return parts.length === 0 ? undefined : Object.assign({}, ...parts);
}

/** A resource after pricing: the usage keys its charges read (undefined when it was not priced). */
export interface PricedUsageTarget extends UsageTarget {
  chargeKeys: readonly string[] | undefined;
}

const list = (keys: Iterable<string>) => [...keys].join(", ");

/** "did you mean" for a key no charge uses, against the keys the charges do use. */
function keyHint(key: string, used: ReadonlySet<string>): string {
  if (used.size === 0) return "it has no usage-based charge in the cost engine";
  const hint = closest(key, used);
  return `${hint ? `did you mean "${hint}"? ` : ""}(keys read: ${list(used)})`;
}

/**
 * What the plan should say about a usage file once every resource is priced (only then are the
 * keys each type reads known, from the `UsageCharge.key`s of its result): entries that match no
 * resource, and usage keys no charge of the matched resources uses, each with a did-you-mean.
 */
export function usageFileNotes(file: UsageFile, resources: readonly PricedUsageTarget[]): string[] {
  const notes: string[] = [];
  const keysOf = (rs: readonly PricedUsageTarget[]) => new Set(rs.flatMap((r) => r.chargeKeys ?? []));
  const check = (
    path: string,
    quantities: Record<string, number>,
    matched: PricedUsageTarget[],
    what: string,
  ) => {
    // Unpriced resources do not say which keys they read: judge only from priced ones.
    if (!matched.some((r) => r.chargeKeys !== undefined)) return;
    const used = keysOf(matched);
    for (const key of Object.keys(quantities))
      if (!used.has(key))
        notes.push(`usage file ${path}.${key}: no usage charge of ${what} reads it; ${keyHint(key, used)}`);
  };
  for (const [type, quantities] of Object.entries(file.defaults)) {
    const matched = resources.filter((r) => r.type === type);
    if (matched.length === 0) {
      const hint = closest(type, new Set(resources.map((r) => r.type)));
      notes.push(
        `usage file defaults.${type}: no resource of the program has this type${hint ? `; did you mean "${hint}"?` : ""}`,
      );
      continue;
    }
    check(`defaults.${type}`, quantities, matched, `the ${matched.length} resource(s) of this type`);
  }
  for (const [key, quantities] of Object.entries(file.resources)) {
    const matched = resources.filter((r) => r.name === key || r.urn === key);
    if (matched.length === 0) {
      const hint = closest(key, new Set(resources.map((r) => r.name)));
      const typeLike = TYPE_TOKEN.test(key) && !key.startsWith("urn:");
      notes.push(
        `usage file resources.${key}: matches no resource of the program by name or URN` +
          (typeLike ? "; type tokens go under defaults:" : hint ? `; did you mean "${hint}"?` : ""),
      );
      continue;
    }
    check(
      `resources.${key}`,
      quantities,
      matched,
      matched.length === 1
        ? `${matched[0].name} (${matched[0].type})`
        : `the ${matched.length} resources named so`,
    );
  }
  return notes;
}
