/**
 * Module hooks that let Node import a TypeScript ES-module program (`"type": "module"`): `.ts`
 * files are transpiled on load (no type check, as ts-node's transpile-only mode), and relative
 * imports written as TypeScript's ES-module style asks (`./lib.js` for `./lib.ts`) or without an
 * extension resolve to the TypeScript file. Registered with `module.register` by the loader; the
 * hooks run on Node's loader thread, so they share nothing with the plan but what `initialize` gets.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { MessagePort } from "node:worker_threads";

/** What the loader hands the hooks. */
export interface EsmHooksData {
  /** The program's compiler options (tsconfig.json `compilerOptions`, as JSON). */
  compilerOptions: Record<string, unknown>;
  /** Receives `{ url, map }` for each transpiled file, so the plan can map stack frames. */
  port?: MessagePort;
}

type TypeScript = typeof import("typescript");
interface ResolveContext {
  parentURL?: string;
}
type NextResolve = (specifier: string, context?: ResolveContext) => Promise<{ url: string; format?: string }>;
type NextLoad = (url: string, context?: unknown) => Promise<{ format: string; source?: unknown }>;

let data: EsmHooksData = { compilerOptions: {} };
let ts: TypeScript | undefined;
let options: import("typescript").CompilerOptions | undefined;

const TS_FILE = /\.(?:m?ts|tsx)$/;

/** Node calls this once with the data given to `module.register`. */
export async function initialize(given: EsmHooksData): Promise<void> {
  data = given;
}

/** The TypeScript compiler and the program's options, loaded on the first TypeScript file. */
function compiler(): { ts: TypeScript; options: import("typescript").CompilerOptions } {
  if (!ts) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    ts = require("typescript") as TypeScript;
    const parsed = ts.convertCompilerOptionsFromJson(data.compilerOptions, ".").options;
    options = {
      ...parsed,
      module: ts.ModuleKind.ESNext,
      target: parsed.target ?? ts.ScriptTarget.ES2022,
      sourceMap: true,
      inlineSourceMap: false,
      inlineSources: false,
      declaration: false,
      noEmit: false,
    };
  }
  return { ts, options: options! };
}

/** Files a relative specifier may mean in a TypeScript program, tried in this order. */
function candidates(path: string): string[] {
  const swapped = path
    .replace(/\.js$/, ".ts")
    .replace(/\.mjs$/, ".mts")
    .replace(/\.jsx$/, ".tsx");
  return [
    ...(swapped !== path ? [swapped] : []),
    `${path}.ts`,
    `${path}.mts`,
    `${path}.tsx`,
    `${path}/index.ts`,
    `${path}/index.mts`,
  ];
}

/** Resolves as Node does; a relative or absolute import that fails may mean a TypeScript file. */
export async function resolve(
  specifier: string,
  context: ResolveContext,
  next: NextResolve,
): Promise<{ url: string; format?: string; shortCircuit?: boolean }> {
  try {
    return await next(specifier, context);
  } catch (err) {
    const relative = specifier.startsWith("./") || specifier.startsWith("../") || specifier.startsWith("/");
    const parent = context.parentURL;
    if (!relative && !specifier.startsWith("file:")) throw err;
    const base = specifier.startsWith("file:")
      ? specifier
      : parent
        ? new URL(specifier, parent).href
        : undefined;
    if (!base) throw err;
    const path = fileURLToPath(base);
    const hit = candidates(path).find((p) => existsSync(p) && statSync(p).isFile());
    if (!hit) throw err;
    return { url: pathToFileURL(hit).href, format: "module", shortCircuit: true };
  }
}

/** Transpiles the program's TypeScript files to ES modules; everything else loads as Node loads it. */
export async function load(
  url: string,
  context: unknown,
  next: NextLoad,
): Promise<{ format: string; source?: unknown; shortCircuit?: boolean }> {
  if (!url.startsWith("file:") || !TS_FILE.test(new URL(url).pathname)) return next(url, context);
  const file = fileURLToPath(url);
  const { ts, options } = compiler();
  const out = ts.transpileModule(readFileSync(file, "utf8"), { compilerOptions: options, fileName: file });
  if (out.sourceMapText) data.port?.postMessage({ url, map: out.sourceMapText });
  // Drop the map comment (the map went to the plan) so Node does not look for a file beside it.
  const source = out.outputText.replace(/\n\/\/# sourceMappingURL=.*$/, "");
  return { format: "module", source, shortCircuit: true };
}
