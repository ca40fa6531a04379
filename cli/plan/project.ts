import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { parse as parseYaml } from "yaml";
import { show } from "../../sdk/errors";
import { oneOf } from "../../sdk/units/checks";
import { UsageError } from "../errors";

/** What `lepton-mc plan` needs to know about a Pulumi project before running it. */
export interface Project {
  /** Absolute project directory (where Pulumi.yaml is). */
  dir: string;
  /** `name` from Pulumi.yaml. */
  name: string;
  stack: string;
  /** Absolute path of the program to load (a file or a directory with an index). */
  entry: string;
  /** Whether to compile TypeScript (runtime option `typescript`, default true as in the Pulumi CLI). */
  typescript: boolean;
  /** Config as the engine hands it to the program: `namespace:key` → string (objects as JSON). */
  config: Record<string, string>;
  /** Config keys whose values were `secure:` in the stack file (not decrypted: a placeholder is used). */
  secretKeys: string[];
  /** The stack config file that was read, if any. */
  stackFile?: string;
  /** Where the stack config files are (`stackConfigDir` of Pulumi.yaml, else the project directory). */
  stackDir: string;
  /** What was off but not fatal (as the Pulumi CLI warns and goes on): printed on stderr and noted in the plan. */
  warnings: string[];
}

/** The value a `secure:` config entry gets: plan has no passphrase or KMS key to decrypt it. */
export const UNDECRYPTED_SECRET = "lepton-mc-plan-undecrypted-secret";
/** @deprecated the old name of `UNDECRYPTED_SECRET` (not secrets.ts's `[secret]` placeholder). */
export const SECRET_PLACEHOLDER = UNDECRYPTED_SECRET;

interface PulumiYaml {
  name?: unknown;
  runtime?: unknown;
  main?: unknown;
  config?: unknown;
  stackConfigDir?: unknown;
}

function readYaml(file: string): unknown {
  try {
    return parseYaml(readFileSync(file, "utf8"));
  } catch (e) {
    throw new UsageError(`${file}: is not valid YAML: ${(e as Error).message.split("\n")[0]}`);
  }
}

/** Config values are strings to the program; structured values travel as JSON, as the CLI sends them. */
function configString(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** `key` → `project:key`; keys with a namespace (`aws:region`) stay as they are. */
function qualify(key: string, project: string): string {
  return key.includes(":") ? key : `${project}:${key}`;
}

/** The runtime name and its `typescript` option (Pulumi.yaml allows a string or `{ name, options }`). */
function runtimeOf(file: string, runtime: unknown): { name: string; typescript: boolean } {
  if (typeof runtime === "string") return { name: runtime, typescript: true };
  if (runtime && typeof runtime === "object") {
    const { name, options } = runtime as { name?: unknown; options?: { typescript?: unknown } };
    if (typeof name === "string") return { name, typescript: options?.typescript !== false };
  }
  throw new UsageError(`${file}: runtime: ${show(runtime)} is not valid; use "nodejs" or { name: nodejs }`);
}

/** Project-level config (`config:` in Pulumi.yaml): plain values, or `{ value }` / `{ default }` declarations. */
function projectConfig(file: string, project: string, block: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (block === undefined || block === null) return out;
  if (typeof block !== "object" || Array.isArray(block))
    throw new UsageError(`${file}: config: ${show(block)} is not valid; use a map of keys to values`);
  for (const [key, decl] of Object.entries(block as Record<string, unknown>)) {
    const declared = decl && typeof decl === "object" && !Array.isArray(decl);
    const value = declared
      ? ((decl as Record<string, unknown>).value ?? (decl as Record<string, unknown>).default)
      : decl;
    if (value !== undefined && value !== null) out[qualify(key, project)] = configString(value);
  }
  return out;
}

/** The stacks that have a `Pulumi.<stack>.yaml` in `dir`. */
function stacksIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((f) => /^Pulumi\.(.+)\.ya?ml$/.exec(f)?.[1])
    .filter((s): s is string => s !== undefined)
    .sort();
}

/** Parses one `--config key=value`. */
export function parseConfigOption(option: string, project: string): [string, string] {
  const eq = option.indexOf("=");
  if (eq <= 0)
    throw new UsageError(
      `--config: ${JSON.stringify(option)} is not valid; use key=value, e.g. --config aws:region=us-west-2`,
    );
  return [qualify(option.slice(0, eq).trim(), project), option.slice(eq + 1)];
}

/** The index files Node.js (with TypeScript registered) falls back to in a directory, in its order. */
const INDEX_FILES = ["index.js", "index.mjs", "index.ts", "index.mts"];

/**
 * The program entry a project without `main` in Pulumi.yaml runs, as the Pulumi Node.js host picks
 * it: package.json `exports` (a string, or `"."`'s default/require/import), else `main`. An entry
 * that does not exist is not fatal there: it warns and runs the directory, i.e. its index file.
 */
function packageEntry(dir: string, warnings: string[]): string {
  const manifest = join(dir, "package.json");
  if (!existsSync(manifest)) return dir;
  let doc: { exports?: unknown; main?: unknown };
  try {
    doc = JSON.parse(readFileSync(manifest, "utf8")) as typeof doc;
  } catch {
    // Node.js reports an unreadable manifest when it loads the directory.
    return dir;
  }
  const dot =
    doc.exports && typeof doc.exports === "object"
      ? (doc.exports as Record<string, unknown>)["."]
      : undefined;
  const named =
    typeof doc.exports === "string"
      ? doc.exports
      : typeof dot === "string"
        ? dot
        : dot && typeof dot === "object"
          ? ((dot as Record<string, unknown>).default ??
            (dot as Record<string, unknown>).require ??
            (dot as Record<string, unknown>).import)
          : doc.exports === undefined
            ? doc.main
            : undefined;
  if (typeof named !== "string" || named === "") return dir;
  const target = resolve(dir, named);
  if (existsSync(target)) return target;
  const index = INDEX_FILES.map((f) => join(dir, f)).find(existsSync);
  warnings.push(
    `Could not find entry point '${named}' specified in package.json; using '${index ? basename(index) : dir}' instead (as pulumi does; fix "${typeof doc.exports === "string" || dot !== undefined ? "exports" : "main"}" in ${manifest})`,
  );
  return index ?? dir;
}

/**
 * Reads a Pulumi project as the CLI would before running it: `Pulumi.yaml` (name, runtime, main,
 * project config), the stack's `Pulumi.<stack>.yaml` and `--config` overrides, in that order.
 * Without `--stack`, the only stack file present is used, else `dev`.
 * @throws UsageError naming the file or option at fault.
 */
export function loadProject(dirArg: string, opts: { stack?: string; config?: string[] } = {}): Project {
  const dir = resolve(dirArg);
  if (!existsSync(dir) || !statSync(dir).isDirectory())
    throw new UsageError(
      `<program-dir>: ${JSON.stringify(dirArg)} is not a directory; give a Pulumi project`,
    );
  const file = ["Pulumi.yaml", "Pulumi.yml"].map((f) => join(dir, f)).find(existsSync);
  if (!file)
    throw new UsageError(
      `<program-dir>: ${JSON.stringify(dirArg)} has no Pulumi.yaml; give the directory of a Pulumi project`,
    );
  const doc = (readYaml(file) ?? {}) as PulumiYaml;
  if (typeof doc !== "object" || Array.isArray(doc))
    throw new UsageError(`${file}: is not a Pulumi project file (expected a map with name and runtime)`);
  if (typeof doc.name !== "string" || doc.name === "")
    throw new UsageError(`${file}: name: ${show(doc.name)} is not valid; use the project name`);
  const name = doc.name;
  const runtime = runtimeOf(file, doc.runtime);
  if (runtime.name !== "nodejs")
    throw new UsageError(
      `${file}: runtime: ${JSON.stringify(runtime.name)} is not supported; lepton-mc plan runs Node.js programs (runtime: nodejs)`,
    );
  if (doc.main !== undefined && typeof doc.main !== "string")
    throw new UsageError(`${file}: main: ${show(doc.main)} is not valid; use a path relative to the project`);
  const warnings: string[] = [];
  const entry = doc.main !== undefined ? resolve(dir, doc.main as string) : packageEntry(dir, warnings);
  if (!existsSync(entry))
    throw new UsageError(`${file}: main: ${JSON.stringify(doc.main)} does not exist (${entry})`);

  const stackDir = typeof doc.stackConfigDir === "string" ? resolve(dir, doc.stackConfigDir) : dir;
  const known = stacksIn(stackDir);
  const stack = opts.stack ?? (known.length === 1 ? known[0] : "dev");
  if (!/^[A-Za-z0-9_.-]+$/.test(stack))
    throw new UsageError(
      `--stack: ${JSON.stringify(stack)} is not valid; use letters, digits, "-", "_" or "." only`,
    );
  const stackFile = ["yaml", "yml"].map((e) => join(stackDir, `Pulumi.${stack}.${e}`)).find(existsSync);
  if (opts.stack !== undefined && !stackFile && known.length > 0)
    throw new UsageError(
      `--stack: ${JSON.stringify(stack)} has no Pulumi.${stack}.yaml in ${stackDir}; ${oneOf(known, stack)}`,
    );

  const config = projectConfig(file, name, doc.config);
  const secretKeys: string[] = [];
  if (stackFile) {
    const stackDoc = readYaml(stackFile) as { config?: unknown } | null;
    const block = stackDoc?.config;
    if (block !== undefined && block !== null) {
      if (typeof block !== "object" || Array.isArray(block))
        throw new UsageError(
          `${stackFile}: config: ${show(block)} is not valid; use a map of keys to values`,
        );
      for (const [key, value] of Object.entries(block as Record<string, unknown>)) {
        const k = qualify(key, name);
        const secure = value && typeof value === "object" && "secure" in (value as Record<string, unknown>);
        if (secure) secretKeys.push(k);
        config[k] = secure ? UNDECRYPTED_SECRET : configString(value);
      }
    }
  }
  for (const option of opts.config ?? []) {
    const [k, v] = parseConfigOption(option, name);
    config[k] = v;
    // A value given on the command line is read as given: no placeholder stands for it any more.
    const secret = secretKeys.indexOf(k);
    if (secret >= 0) secretKeys.splice(secret, 1);
  }
  return {
    dir,
    name,
    stack,
    entry,
    typescript: runtime.typescript,
    config,
    secretKeys,
    ...(stackFile ? { stackFile: basename(stackFile) } : {}),
    stackDir,
    warnings,
  };
}
