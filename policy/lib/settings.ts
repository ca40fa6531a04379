import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Catalog } from "../../sdk/catalog/catalog";
import { defaultCatalog, loadCatalog } from "../../sdk/catalog/catalog";
import { LeptonError, show } from "../../sdk/errors";
import { ObservedUtilizationFile, validateObservedUtilization } from "../../sdk/observed";
import { closest } from "../../sdk/units/checks";

/**
 * Pack-wide settings, given in the `"all"` entry of the policy config next to its
 * `enforcementLevel`. A rule's own setting of the same name wins.
 */
export interface PackSettings {
  /** A user catalog (JSON, the CatalogOverrides format) merged over the shipped one. */
  catalogFile?: string;
}

const PACK_SETTINGS = ["catalogFile"];

let packSettings: PackSettings = {};

/** Relative files resolve against the pack directory, the working directory the CLI gives the pack. */
const fullPath = (file: string) => resolve(process.cwd(), file);

const catalogs = new Map<string, Catalog>();

/** The catalog a rule prices with: its own `catalogFile`, else the pack-wide one, else the shipped catalog. */
export function catalogFor(ruleCatalogFile?: string): Catalog {
  const file = ruleCatalogFile || packSettings.catalogFile;
  if (!file) return defaultCatalog();
  const path = fullPath(file);
  let catalog = catalogs.get(path);
  if (!catalog) {
    catalog = loadCatalog(path);
    catalogs.set(path, catalog);
  }
  return catalog;
}

const observed = new Map<string, ObservedUtilizationFile>();

/** Reads and checks an observed-utilization file once (cached by path). */
export function observedUtilization(file: string): ObservedUtilizationFile {
  const path = fullPath(file);
  let doc = observed.get(path);
  if (!doc) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(path, "utf8"));
    } catch (e) {
      throw new LeptonError(`observedUtilizationFile ${path}: ${(e as Error).message}`);
    }
    doc = validateObservedUtilization(parsed, `observedUtilizationFile ${path}`);
    observed.set(path, doc);
  }
  return doc;
}

/** What the pack knows of each policy's config schema, to check what Configure receives. */
export interface ConfigCheck {
  name: string;
  properties: readonly string[];
  /** Loads the files a policy's config names, so a bad path fails Configure, not every Analyze. */
  files?: (props: Record<string, unknown>) => void;
}

/**
 * Checks a Configure request's config: pack-wide settings in `"all"`, no unknown property names
 * (the CLI validates each policy's schema but ignores extra names, which would drop input
 * silently), and readable files. Sets the pack-wide settings.
 * @throws LeptonError naming the policy, the field and what is valid.
 */
export function applyConfigure(
  config: Record<string, Record<string, unknown>>,
  checks: readonly ConfigCheck[],
): void {
  const problems: string[] = [];
  const unknownKeys = (where: string, props: Record<string, unknown>, known: readonly string[]) => {
    for (const key of Object.keys(props)) {
      if (key === "enforcementLevel" || known.includes(key)) continue;
      const hint = closest(key, known);
      problems.push(
        `${where}.${key}: is not a setting of ${where}; ${hint ? `did you mean "${hint}"?` : `valid: ${known.join(", ") || "none"}`}`,
      );
    }
  };
  const all = config.all ?? {};
  unknownKeys("all", all, PACK_SETTINGS);
  const settings: PackSettings = {};
  if (all.catalogFile !== undefined) {
    if (typeof all.catalogFile !== "string")
      problems.push(
        `all.catalogFile: ${show(all.catalogFile)} is not valid; use a path to a catalog JSON file`,
      );
    else settings.catalogFile = all.catalogFile;
  }
  const attempt = (f: () => void) => {
    try {
      f();
    } catch (e) {
      problems.push((e as Error).message);
    }
  };
  if (settings.catalogFile) attempt(() => loadCatalogFile(settings.catalogFile!, "all.catalogFile"));
  for (const check of checks) {
    const props = config[check.name];
    if (!props) continue;
    unknownKeys(check.name, props, check.properties);
    if (check.files) attempt(() => check.files!(props));
  }
  if (problems.length > 0) throw new LeptonError(problems.join("\n"));
  packSettings = settings;
}

/** Loads a catalog file for a config field, naming the field and the resolved path when it fails. */
export function loadCatalogFile(file: string, field: string): void {
  try {
    catalogFor(file);
  } catch (e) {
    throw new LeptonError(`${field}: ${JSON.stringify(file)} (${fullPath(file)}): ${(e as Error).message}`);
  }
}
