import { Issue, LeptonError, show } from "../../sdk/errors";
import { issuesOf, ProgramError, showFile } from "./program-error";

/** One problem of a failed command, as `--json` prints it. */
export interface ErrorProblem {
  /** The field at fault, e.g. `scaling.min`. */
  path: string;
  /** The value given (JSON; a value JSON cannot hold is shown as text); null when none was. */
  value: unknown;
  /** What is wrong with it. */
  problem: string;
  /** What would be valid. */
  expected: string;
}

/** A failed command, as `--json` prints it on stdout (the exit code is that of the error). */
export interface ErrorDocument {
  error: {
    /** The whole message, as printed on stderr (without the `lepton-mc:` prefix). */
    message: string;
    /** Every problem, when the error lists them (invalid arguments of a component); else empty. */
    problems: ErrorProblem[];
    /** The program's file (relative to the working directory below it), line and column the error came from, when it came from the program. */
    file?: string;
    line?: number;
    column?: number;
  };
}

/** A value as JSON keeps it: itself when it survives a round trip, else its text. */
function jsonValue(value: unknown): unknown {
  if (value === undefined) return null;
  try {
    const text = JSON.stringify(value);
    return text === undefined ? show(value) : (JSON.parse(text) as unknown);
  } catch {
    return show(value);
  }
}

function problemOf(issue: Issue): ErrorProblem {
  return {
    path: issue.path,
    value: jsonValue(issue.value),
    problem:
      issue.problem ?? (issue.value === undefined ? "is required" : `${show(issue.value)} is not valid`),
    expected: issue.expected,
  };
}

/** The message of an error as the user sees it (a bug's without its stack). */
function messageOf(e: unknown): string {
  if (e instanceof LeptonError) return e.message;
  return `internal error: ${e instanceof Error ? e.message : String(e)}`;
}

/** The structured form of an error, for `--json` (see ErrorDocument). */
export function errorDocument(e: unknown): ErrorDocument {
  const issues = e instanceof ProgramError ? e.issues : (issuesOf(e) ?? []);
  const location = e instanceof ProgramError ? e.location : undefined;
  return {
    error: {
      message: messageOf(e),
      problems: issues.map(problemOf),
      ...(location
        ? {
            file: showFile(location.file),
            line: location.line,
            ...(location.column ? { column: location.column } : {}),
          }
        : {}),
    },
  };
}

/** The error as Markdown, for `--markdown` (a pull-request comment that says the plan failed, and why). */
export function errorMarkdown(e: unknown): string {
  const doc = errorDocument(e).error;
  const [first, ...rest] = doc.message.split("\n");
  let md = `### lepton-mc plan failed\n\n${first}\n`;
  if (doc.problems.length > 0) {
    md += "\n| field | problem | expected |\n| --- | --- | --- |\n";
    const cell = (t: string) => t.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
    for (const p of doc.problems)
      md += `| \`${cell(p.path)}\` | ${cell(p.problem)} | ${cell(p.expected)} |\n`;
  } else if (rest.length > 0) {
    md += `\n${rest.join("\n")}\n`;
  }
  return md;
}
