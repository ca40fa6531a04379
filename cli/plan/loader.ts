import { existsSync, readFileSync, statSync } from "node:fs";
import type { SourceMap } from "node:module";
import { dirname, extname, join, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { MessageChannel } from "node:worker_threads";
import { UsageError } from "../errors";
import type { EsmHooksData } from "./esm-hooks";
import { createPlanMonitor } from "./monitor";
import { inProgram, programError } from "./program-error";
import type { Project } from "./project";
import type { Recording } from "./recorder";
import { resolvePulumi, upgradeAdvice } from "./runtime";
import { secretFilter, secretTexts } from "./secrets";
import { pendingWaits, ProgramStalled, stallTimeoutSeconds, watchStall } from "./stall";

/** What running the program produced besides the recorded resources. */
export interface ProgramRun {
  /** Invoke tokens the mocks had no answer for (they returned an empty result). */
  unmockedInvokes: string[];
}

/** `import()` that survives compilation to CommonJS (tsc would turn a plain one into `require`). */
const dynamicImport = new Function("u", "return import(u)") as (
  u: string,
) => Promise<Record<string, unknown>>;

let typescriptRegistered = false;
/** Source maps of the ES-module TypeScript files transpiled so far, by file URL (see esm-hooks.ts). */
let esmSourceMaps: Map<string, SourceMap> | undefined;

/**
 * Stack traces, formatted as a plan needs them. The Pulumi SDK takes one for every promise (kept
 * only for its promise-leak report) and one per resource (a source position for the engine, which
 * a plan has no use for): formatting those was a third of a plan's time, so they stay empty here.
 * Every other trace is formatted as V8 does, with the program's own frames mapped through source
 * maps when it is TypeScript (ts-node's source-map-support would map every frame, the SDK's too).
 */
function installStackTraces(dir: string, mapFrame?: (frame: NodeJS.CallSite) => NodeJS.CallSite): void {
  Error.prepareStackTrace = (error: Error, frames: NodeJS.CallSite[]) => {
    const top = frames[0]?.getFunctionName();
    if (!error.message && (top === "debuggablePromise" || top === "callsites")) return "";
    let text = error.message ? `${error.name || "Error"}: ${error.message}` : error.name || "Error";
    for (const frame of frames) {
      const name = mapFrame && frame.getFileName();
      // ES modules name their files by URL.
      const file = name?.startsWith("file:") ? fileURLToPath(name) : name;
      text += `\n    at ${file && inProgram(file, dir) ? mapFrame!(frame) : frame}`;
    }
    return text;
  };
}

/** The frame mapper of ES-module TypeScript files: through the source maps the hooks sent back. */
function esmMappedFrames(maps: Map<string, SourceMap>): (frame: NodeJS.CallSite) => NodeJS.CallSite {
  return (frame) => {
    const url = frame.getFileName();
    const map = url ? maps.get(url) : undefined;
    const line = frame.getLineNumber();
    const column = frame.getColumnNumber();
    if (!url || !map || !line || !column) return frame;
    const entry = map.findEntry(line - 1, column - 1) as { originalLine?: number; originalColumn?: number };
    if (entry.originalLine === undefined || entry.originalColumn === undefined) return frame;
    const at = `${fileURLToPath(url)}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
    const fn = frame.getFunctionName();
    return { toString: () => (fn ? `${fn} (${at})` : at) } as unknown as NodeJS.CallSite;
  };
}

/** The program's tsconfig.json `compilerOptions`, as written (empty without one). */
function tsconfigOptions(dir: string): Record<string, unknown> {
  const tsconfig = join(dir, "tsconfig.json");
  if (!existsSync(tsconfig)) return {};
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ts = require("typescript") as typeof import("typescript");
  return (ts.readConfigFile(tsconfig, ts.sys.readFile).config?.compilerOptions ?? {}) as Record<
    string,
    unknown
  >;
}

/**
 * Lets Node import the TypeScript files of an ES-module program: registers esm-hooks.js (compiled
 * beside this file) on Node's loader thread, with the program's compiler options and a port on
 * which it sends each file's source map.
 * @throws UsageError on a Node.js without `module.register` (before 20.6).
 */
function registerEsmTypeScript(dir: string): Map<string, SourceMap> {
  if (esmSourceMaps) return esmSourceMaps;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nodeModule = require("node:module") as typeof import("node:module");
  if (typeof nodeModule.register !== "function")
    throw new UsageError(
      `TypeScript ES-module programs need Node.js 20.6 or later (module.register); this is ${process.version}`,
    );
  const hooks = join(__dirname, "esm-hooks.js");
  if (!existsSync(hooks))
    throw new Error(`${hooks} is missing: lepton-mc plan runs TypeScript ES modules from its compiled build`);
  const maps = new Map<string, SourceMap>();
  const { port1, port2 } = new MessageChannel();
  port1.on("message", (m: { url: string; map: string }) =>
    maps.set(m.url, new nodeModule.SourceMap(JSON.parse(m.map))),
  );
  port1.unref();
  const data: EsmHooksData = { compilerOptions: tsconfigOptions(dir), port: port2 };
  nodeModule.register(pathToFileURL(hooks).href, { data, transferList: [port2] });
  esmSourceMaps = maps;
  return maps;
}

/** The frame mapper of the source-map-support copy ts-node installed its source maps into. */
function sourceMappedFrames(): (frame: NodeJS.CallSite) => NodeJS.CallSite {
  const tsNodeDir = dirname(require.resolve("ts-node/package.json"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sms = require(require.resolve("@cspotcode/source-map-support", { paths: [tsNodeDir] })) as {
    wrapCallSite(frame: NodeJS.CallSite): NodeJS.CallSite;
  };
  return (frame) => sms.wrapCallSite(frame);
}

/**
 * Compiles the program's TypeScript on load with ts-node in transpile-only mode (no type check:
 * a preview of cost should not pay for one). Options are the Pulumi CLI's defaults with the
 * project's tsconfig.json over them.
 */
function registerTypeScript(dir: string): void {
  if (typescriptRegistered) return;
  // Loaded only when a TypeScript program is planned (it takes a few hundred ms), hence require.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ts = require("typescript") as typeof import("typescript");
  const tsconfig = join(dir, "tsconfig.json");
  const fromFile = existsSync(tsconfig)
    ? ((ts.readConfigFile(tsconfig, ts.sys.readFile).config?.compilerOptions ?? {}) as Record<
        string,
        unknown
      >)
    : {};
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require("ts-node") as typeof import("ts-node")).register({
    transpileOnly: true,
    // Diagnostics name files relative to this directory (program-error.ts reads them so).
    cwd: dir,
    compiler: require.resolve("typescript"),
    ...(existsSync(tsconfig) ? { project: tsconfig } : { skipProject: true }),
    compilerOptions: {
      target: "ES2020",
      module: "commonjs",
      moduleResolution: "node",
      sourceMap: true,
      ...fromFile,
    },
  });
  typescriptRegistered = true;
}

/**
 * Whether the entry is TypeScript: a .ts file, or a directory whose package.json `main` or
 * index is one. A JavaScript program skips loading the compiler.
 */
function isTypeScriptEntry(entry: string): boolean {
  if (!statSync(entry).isDirectory()) return /\.[cm]?tsx?$/.test(entry);
  const manifest = join(entry, "package.json");
  if (existsSync(manifest)) {
    try {
      const main = (JSON.parse(readFileSync(manifest, "utf8")) as { main?: unknown }).main;
      if (typeof main === "string") return /\.[cm]?tsx?$/.test(main);
    } catch {
      // An unreadable manifest: Node decides from the index files, as below.
    }
  }
  return !existsSync(join(entry, "index.js")) && existsSync(join(entry, "index.ts"));
}

/** True when the program is an ES module (package.json `"type": "module"`, or an .mjs/.mts entry). */
function isEsm(project: Project): boolean {
  if ([".mjs", ".mts"].includes(extname(project.entry))) return true;
  const manifest = join(project.dir, "package.json");
  if (!existsSync(manifest)) return false;
  try {
    return (JSON.parse(readFileSync(manifest, "utf8")) as { type?: string }).type === "module";
  } catch {
    return false;
  }
}

const INDEX_FILES = ["index.ts", "index.mts", "index.js", "index.mjs"];

/**
 * The module file an ES-module program starts from (`import()` takes no directory): the entry
 * file, or for a directory the file its package.json `main` names, else its index.
 * @throws UsageError naming what was looked for.
 */
function esmEntryFile(entry: string): string {
  if (!statSync(entry).isDirectory()) return entry;
  const manifest = join(entry, "package.json");
  if (existsSync(manifest)) {
    let main: unknown;
    try {
      main = (JSON.parse(readFileSync(manifest, "utf8")) as { main?: unknown }).main;
    } catch {
      // An unreadable manifest names no main: the index files decide.
    }
    if (typeof main === "string" && main !== "") {
      const target = resolve(entry, main);
      if (existsSync(target)) return statSync(target).isDirectory() ? esmEntryFile(target) : target;
      throw new UsageError(`${manifest}: main: ${JSON.stringify(main)} does not exist (${target})`);
    }
  }
  const index = INDEX_FILES.map((f) => join(entry, f)).find(existsSync);
  if (!index)
    throw new UsageError(
      `${entry}: no module to start the ES-module program from; set "main" in package.json or add one of ${INDEX_FILES.join(", ")}`,
    );
  return index;
}

/** Loads the entry module and runs what it exports, as the Pulumi Node.js host does. */
async function runEntry(project: Project, esm: boolean): Promise<unknown> {
  let exported: unknown;
  if (esm) {
    const mod = await dynamicImport(pathToFileURL(project.entry).href);
    exported = "default" in mod && Object.keys(mod).length === 1 ? mod.default : mod;
  } else {
    // A directory ends with a separator so require loads the directory, not a file beside it of
    // the same name plus .js or .json (`myapp.json` next to `myapp/`), as the Pulumi host does.
    const entry = statSync(project.entry).isDirectory() ? project.entry + sep : project.entry;
    // The program itself: a path known only now, loaded as the Pulumi host loads it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    exported = require(entry);
  }
  return typeof exported === "function" ? await (exported as () => unknown)() : exported;
}

/** The error a program's `process.exit()` call becomes: it names the call's line (its stack is the call's). */
class ProgramExit extends Error {
  constructor(code: unknown) {
    super(
      `the program called process.exit(${code === undefined ? "" : String(code)}) before it finished: a plan (like pulumi preview) needs the program to end by returning, so its resources can be registered; remove the call, or throw an Error to stop with a message`,
    );
    this.name = "ProgramExit";
  }
}

/**
 * Replaces `process.exit` while the program runs: a call records a ProgramExit (with the call's
 * stack) and throws it to stop the program there, instead of ending the plan's process with the
 * SDK's promise-leak report. The program's `process.exitCode` is not the plan's either.
 */
function trapExit(): { called: ProgramExit | undefined; restore(): void } {
  const original = process.exit;
  const exitCode = process.exitCode;
  const trap = {
    called: undefined as ProgramExit | undefined,
    restore: () => {
      process.exit = original;
      process.exitCode = exitCode;
    },
  };
  process.exit = ((code?: unknown) => {
    trap.called ??= new ProgramExit(code);
    throw trap.called;
  }) as typeof process.exit;
  return trap;
}

/** How a program is run. */
export interface RunOptions {
  /**
   * Seconds the program may go without progress (no resource registered, no provider function
   * called) before the plan ends with ProgramStalled; 0: no limit.
   * @default LEPTON_MC_STALL_TIMEOUT, else DEFAULT_STALL_TIMEOUT_S (stall.ts)
   */
  stallTimeoutS?: number;
}

/**
 * Sends what the program writes to stdout (console.log, process.stdout.write) to stderr while it
 * runs: stdout is the report's (a `--json` document must be exactly that), and the program's own
 * output is a diagnostic, as in `pulumi preview --json`. Child processes that inherit file
 * descriptor 1 write past this.
 */
function programStdoutToStderr(): () => void {
  const stdout = process.stdout;
  const original = Object.getOwnPropertyDescriptor(stdout, "write");
  stdout.write = ((...args: Parameters<typeof process.stderr.write>) =>
    process.stderr.write(...args)) as typeof stdout.write;
  return () => {
    if (original) Object.defineProperty(stdout, "write", original);
    else delete (stdout as { write?: unknown }).write;
  };
}

/**
 * Runs the program of `project` as a preview under mocks: config set, the plan's monitor in
 * place of the engine, the program run inside the root stack resource, and every outstanding
 * registration awaited. Each resource is handed to `recording` as it registers.
 * @throws ProgramError with the program's own message and line when it throws or rejects;
 *   ProgramStalled when it stops making progress before it finishes (see stall.ts).
 */
export async function runProgram(
  project: Project,
  recording: Recording,
  options: RunOptions = {},
): Promise<ProgramRun> {
  for (const w of project.warnings) process.stderr.write(`lepton-mc: warning: ${w}\n`);
  const esm = isEsm(project);
  if (esm) project = { ...project, entry: esmEntryFile(project.entry) };
  const esmTypeScript = esm && project.typescript && /\.(?:m?ts|tsx)$/.test(project.entry);
  const rt = resolvePulumi(project.dir);
  rt.config.setAllConfig(project.config, project.secretKeys);
  await rt.mocks.setMocks(
    { call: () => ({}), newResource: () => ({ id: undefined, state: {} }) },
    project.name,
    project.stack,
    true,
  );
  const monitor = createPlanMonitor(rt, recording, project.config, project.dir);
  // setMocks installs its own MockMonitor; the store's monitor is what every registration uses.
  const store = (rt.state as unknown as { getStore(): { settings: { monitor: unknown } } }).getStore();
  store.settings.monitor = monitor;
  if ((rt.settings.getMonitor() as unknown) !== monitor)
    throw new UsageError(
      `the program's @pulumi/pulumi ${rt.version} (${rt.root}) does not accept the plan's monitor; ${upgradeAdvice(project.dir)}`,
    );
  const typescript = project.typescript && !esm && isTypeScriptEntry(project.entry);
  if (typescript) registerTypeScript(project.dir);
  const esmMaps = esmTypeScript ? registerEsmTypeScript(project.dir) : undefined;
  installStackTraces(
    project.dir,
    typescript ? sourceMappedFrames() : esmMaps ? esmMappedFrames(esmMaps) : undefined,
  );

  const failures: unknown[] = [];
  const onFailure = (err: unknown) => failures.push(err);
  process.on("uncaughtException", onFailure);
  process.on("unhandledRejection", onFailure);
  const cwd = process.cwd();
  process.chdir(project.dir);
  const exit = trapExit();
  const restoreStdout = programStdoutToStderr();
  const watch = watchStall({
    timeoutS: options.stallTimeoutS ?? stallTimeoutSeconds(undefined),
    failed: () => failures.length > 0,
    activity: monitor.activity,
    resources: () => recording.resources.length,
    waits: () => pendingWaits(rt),
    sdkVersion: rt.version,
  });
  try {
    const finished = (async () => {
      await rt.stack.runInPulumiStack(() => runEntry(project, esm));
      await rt.settings.disconnect();
      // Let rejections of the last registrations reach the handlers above.
      await new Promise((resolve) => setImmediate(resolve));
    })();
    await Promise.race([finished, watch.stalled]);
  } catch (err) {
    failures.unshift(err);
  } finally {
    watch.stop();
    restoreStdout();
    process.chdir(cwd);
    exit.restore();
  }
  // The program's own exit stops it wherever it was: what it registered so far is no plan.
  if (exit.called) failures.unshift(exit.called);
  // After a failure the runtime rejects what waited on the program (stack outputs, dependents):
  // the handlers stay, so those echoes of the error reported here are not reported again.
  if (failures.length > 0) {
    // A failure of the program's own explains a stall that followed it (it waited on what failed).
    let cause = failures.find((f) => !(f instanceof ProgramStalled)) ?? failures[0];
    // A rejection without a reason: the SDK dropped the error the monitor answered with.
    if (cause === undefined && monitor.refusals.length > 0) cause = monitor.refusals[0];
    if (cause instanceof ProgramStalled) throw cause;
    // The program's message may quote a secret it registered: filtered as the reports are.
    const texts = recording.resources.flatMap((r) => (r.secret ? secretTexts(r.secret.markedInputs) : []));
    throw programError(cause, project.dir, secretFilter(texts), {
      version: rt.version,
      advice: upgradeAdvice(project.dir),
    });
  }
  process.off("uncaughtException", onFailure);
  process.off("unhandledRejection", onFailure);
  return { unmockedInvokes: [...monitor.unmockedInvokes].sort() };
}
