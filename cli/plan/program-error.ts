import { relative, sep } from "node:path";
import { Issue, LeptonError } from "../../sdk/errors";
import { UNDECRYPTED_SECRET } from "./project";
import { TRANSFORMS_MIN_VERSION, versionAtLeast } from "./runtime";

/** Where in the program an error happened. */
export interface Location {
  file: string;
  line: number;
  column?: number;
}

/**
 * The program under plan failed: its own message, and the line of the program it came from. When
 * it failed on invalid input (a lepton-multicloud ValidationError), `issues` lists every problem.
 */
export class ProgramError extends LeptonError {
  constructor(
    readonly programMessage: string,
    readonly location: Location | undefined,
    readonly issues: readonly Issue[] = [],
  ) {
    const where = location ? ` at ${showLocation(location)}` : "";
    const [first, ...rest] = programMessage.split("\n");
    super(
      `program error${where}: ${first}` +
        (location ? "" : " (no line of the program in its stack trace)") +
        rest.map((l) => `\n${l}`).join(""),
    );
  }
}

/** The file, relative to the working directory when it is below it. */
export function showFile(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith("..") ? rel : file;
}

/** `file:line[:column]`, the file relative to the working directory when it is below it. */
export function showLocation(loc: Location): string {
  return `${showFile(loc.file)}:${loc.line}${loc.column ? `:${loc.column}` : ""}`;
}

const FRAME = /\(?((?:file:\/\/)?[^\s()]+?):(\d+):(\d+)\)?$/;
const TS_DIAGNOSTIC = /^\s*(.+?)\((\d+),(\d+)\): error TS\d+/m;

/** True for a file of the program itself (below its directory, outside node_modules). */
export function inProgram(file: string, programDir: string): boolean {
  return file.startsWith(programDir + sep) && !file.includes(`${sep}node_modules${sep}`);
}

/**
 * The program line an error came from: a TypeScript diagnostic's position, a syntax error's
 * header line, else the first stack frame in the program's own files.
 */
export function locate(err: unknown, programDir: string): Location | undefined {
  if (!(err instanceof Error)) return undefined;
  const diagnostic = TS_DIAGNOSTIC.exec(err.message);
  if (diagnostic) {
    const file = diagnostic[1].startsWith(sep) ? diagnostic[1] : `${programDir}${sep}${diagnostic[1]}`;
    return { file, line: Number(diagnostic[2]), column: Number(diagnostic[3]) };
  }
  const stack = err.stack ?? "";
  const header = /^(\/[^\n]+?):(\d+)\n/.exec(stack);
  if (err instanceof SyntaxError && header && inProgram(header[1], programDir))
    return { file: header[1], line: Number(header[2]) };
  for (const line of stack.split("\n")) {
    if (!line.trimStart().startsWith("at ")) continue;
    const m = FRAME.exec(line.trim());
    if (!m) continue;
    const file = m[1].replace(/^file:\/\//, "");
    if (inProgram(file, programDir)) return { file, line: Number(m[2]), column: Number(m[3]) };
  }
  return undefined;
}

/**
 * The issues of a lepton-multicloud ValidationError, by shape: the program loads its own copy of
 * the package, whose error class is not this one (`instanceof` fails across copies).
 */
export function issuesOf(err: unknown): Issue[] | undefined {
  if (err === null || typeof err !== "object") return undefined;
  const issues = (err as { issues?: unknown }).issues;
  if (!Array.isArray(issues) || issues.length === 0) return undefined;
  const wellFormed = issues.every(
    (i) =>
      i !== null &&
      typeof i === "object" &&
      typeof (i as Issue).path === "string" &&
      typeof (i as Issue).expected === "string",
  );
  return wellFormed ? (issues as Issue[]) : undefined;
}

/**
 * The program's own message: without the compiler's banner; the first line, or all of a list of
 * issues or of a closure serialization chain.
 */
function messageOf(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  if (issuesOf(err)) return err.message.trim() || err.name;
  const text = err.message.replace(/^⨯ Unable to compile TypeScript:\n/, "");
  const diagnostic = /error (TS\d+: .*)/.exec(text);
  // The closure serializer's first line names the function; the chain below it says what failed.
  if (!diagnostic && text.startsWith("Error serializing"))
    return text
      .split("\nFunction code:")[0]
      .replace(/\n{2,}/g, "\n")
      .trim();
  return (diagnostic ? diagnostic[1] : text.split("\n")[0]).trim() || err.name;
}

const CONFIG_KEY = /^Configuration '([^']+)' value/;
const MISSING_CONFIG = /^Missing required configuration variable '([^']+)'/;

/**
 * A clearer message for the config errors of `@pulumi/pulumi`'s Config that a plan causes or can
 * fix: a `secure:` value read as a number, boolean or object (plan does not decrypt it, so the
 * program got a placeholder), and a missing key (plan takes `--config`, not `pulumi config set`).
 */
function configMessage(message: string): string | undefined {
  if (message.includes(UNDECRYPTED_SECRET)) {
    const key = CONFIG_KEY.exec(message)?.[1];
    return key
      ? `config ${key} is a secure value: lepton-mc plan does not decrypt secure values offline (it has no passphrase or key), so the program cannot read it as a number, boolean or object; pass a value with --config ${key}=<value>`
      : `the program failed on a secure config value, which lepton-mc plan does not decrypt offline (it has no passphrase or key): pass the value with --config <key>=<value>`;
  }
  const missing = MISSING_CONFIG.exec(message);
  if (missing)
    return `config ${missing[1]} is required by the program and not set; set it in the stack's Pulumi.<stack>.yaml or pass --config ${missing[1]}=<value>`;
  return undefined;
}

/** The program's `@pulumi/pulumi`, for messages about what its version cannot do. */
export interface ProgramSdk {
  version: string;
  /** Where to upgrade it and how (runtime.ts `upgradeAdvice`). */
  advice: string;
}

const NO_TRANSFORMS = /^The Pulumi CLI does not support transforms/;

/**
 * A clearer message for what an older `@pulumi/pulumi` cannot do under the plan's mocks: it blames
 * the Pulumi CLI, while the program's SDK is what lacks it.
 */
function sdkMessage(message: string, sdk: ProgramSdk | undefined): string | undefined {
  if (sdk && NO_TRANSFORMS.test(message) && !versionAtLeast(sdk.version, TRANSFORMS_MIN_VERSION))
    return `the program uses transforms (the transforms resource option or a stack transform), which its @pulumi/pulumi ${sdk.version} runs under mocks only from ${TRANSFORMS_MIN_VERSION} on; ${sdk.advice}`;
  return undefined;
}

/**
 * Wraps whatever the program threw (or rejected with) as a ProgramError.
 * @param hide filters secret values out of the message and the issues (see secrets.ts).
 * @param sdk the program's `@pulumi/pulumi`, to explain what an old one cannot do.
 */
export function programError(
  err: unknown,
  programDir: string,
  hide: (text: string) => string = (t) => t,
  sdk?: ProgramSdk,
): ProgramError {
  if (err instanceof ProgramError) return err;
  const message = messageOf(err);
  const issues = (issuesOf(err) ?? []).map((i) => ({
    ...i,
    path: hide(i.path),
    expected: hide(i.expected),
    ...(typeof i.value === "string" ? { value: hide(i.value) } : {}),
    ...(i.problem !== undefined ? { problem: hide(i.problem) } : {}),
  }));
  return new ProgramError(
    hide(configMessage(message) ?? sdkMessage(message, sdk) ?? message),
    locate(err, programDir),
    issues,
  );
}
