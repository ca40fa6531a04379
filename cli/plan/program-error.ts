import { relative, sep } from "node:path";
import { LeptonError } from "../../sdk/errors";

/** Where in the program an error happened. */
export interface Location {
  file: string;
  line: number;
  column?: number;
}

/** The program under plan failed: its own message, and the line of the program it came from. */
export class ProgramError extends LeptonError {
  constructor(
    readonly programMessage: string,
    readonly location: Location | undefined,
  ) {
    super(
      `program error${location ? ` at ${showLocation(location)}` : ""}: ${programMessage}` +
        (location ? "" : " (no line of the program in its stack trace)"),
    );
  }
}

/** `file:line[:column]`, the file relative to the working directory when it is below it. */
export function showLocation(loc: Location): string {
  const rel = relative(process.cwd(), loc.file);
  const file = rel && !rel.startsWith("..") ? rel : loc.file;
  return `${file}:${loc.line}${loc.column ? `:${loc.column}` : ""}`;
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

/** The program's own message: the first lines of it, without the compiler's banner. */
function messageOf(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const text = err.message.replace(/^⨯ Unable to compile TypeScript:\n/, "");
  const diagnostic = /error (TS\d+: .*)/.exec(text);
  return (diagnostic ? diagnostic[1] : text.split("\n")[0]).trim() || err.name;
}

/** Wraps whatever the program threw (or rejected with) as a ProgramError. */
export function programError(err: unknown, programDir: string): ProgramError {
  if (err instanceof ProgramError) return err;
  return new ProgramError(messageOf(err), locate(err, programDir));
}
