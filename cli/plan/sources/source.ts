import { existsSync, readFileSync } from "node:fs";
import { UsageError } from "../../errors";
import { parseUrn, SourceResource } from "./resource";

/** What a file given to the plan is. */
export type SourceKind = "stack export" | "preview";

/**
 * One stack as a file describes it: the resources to price (after the change, for a preview), and
 * for a preview the resources before it and what each step does.
 */
export interface SourceStack {
  /** The file as given, and the option that gave it (`--from-state FILE`), for messages. */
  file: string;
  option: string;
  kind: SourceKind;
  stack: string;
  project: string;
  /** In the order of the file (registration order): what is priced and analyzed. */
  resources: SourceResource[];
  /** A preview's resources before the change (the old states it shows). */
  before?: SourceResource[];
  /** A preview's operation per URN (`create`, `update`, `replace`, `delete`, `same` …). */
  ops?: Record<string, string>;
  /** A preview's `changeSummary`: resources per operation. */
  summary?: Record<string, number>;
  /** True when the preview lists every resource (`--show-sames`), so `resources` is the whole stack. */
  complete?: boolean;
  /** Things the reader should know about this file. */
  notes: string[];
}

/**
 * Reads a JSON file given to an option.
 * @throws UsageError naming the option and file: missing, unreadable, or not JSON (e.g. truncated).
 */
export function readJsonFile(option: string, file: string, expected: string): unknown {
  const where = `${option} ${file}`;
  if (!existsSync(file)) throw new UsageError(`${where}: no such file; give ${expected}`);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(
      `${where}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  if (text.trim() === "") throw new UsageError(`${where}: the file is empty; give ${expected}`);
  try {
    return JSON.parse(text);
  } catch (e) {
    // An error at the very end of the text: the file was cut short (a copy or a download that stopped).
    const at = /position (\d+)/.exec((e as Error).message);
    const atEnd =
      /end of (JSON )?input/i.test((e as Error).message) || (at && +at[1] >= text.trimEnd().length - 1);
    const truncated = atEnd ? " (truncated?)" : "";
    throw new UsageError(
      `${where}: is not valid JSON${truncated}: ${(e as Error).message}; give ${expected}`,
    );
  }
}

/** What a parsed document looks like, to tell the user which option reads it. */
export function documentKind(doc: unknown): "stack export" | "checkpoint" | "preview" | "plan" | undefined {
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) return undefined;
  const o = doc as Record<string, unknown>;
  if ("deployment" in o && "version" in o) return "stack export";
  if ("checkpoint" in o && "version" in o) return "checkpoint";
  if (Array.isArray(o.steps) || (o.changeSummary !== null && typeof o.changeSummary === "object"))
    return "preview";
  if (Array.isArray(o.resources) && "totals" in o) return "plan";
  return undefined;
}

/** How to point a user who gave the wrong kind of file at the right option. */
export function wrongKind(kind: ReturnType<typeof documentKind>): string {
  switch (kind) {
    case "stack export":
    case "checkpoint":
      return "it is a Pulumi stack state: read it with --from-state";
    case "preview":
      return "it is `pulumi preview --json` output: read it with --from-preview";
    case "plan":
      return "it is `lepton-mc plan --json` output: diff against it with --baseline";
    default:
      return "it is neither a `pulumi stack export` nor a `pulumi preview --json` document";
  }
}

/**
 * The stack and project the resources belong to, from their URNs.
 * @throws UsageError when resources of several stacks or projects are mixed in one file.
 */
export function stackOf(
  resources: readonly SourceResource[],
  where: string,
): { stack: string; project: string } {
  const first = resources[0] ? parseUrn(resources[0].urn)! : undefined;
  for (const r of resources) {
    const p = parseUrn(r.urn)!;
    if (p.stack !== first!.stack || p.project !== first!.project)
      throw new UsageError(
        `${where}: ${r.at}.urn: ${JSON.stringify(r.urn)} is of stack ${p.project}/${p.stack}, but ${resources[0].at} of ${first!.project}/${first!.stack}; one file holds one stack`,
      );
  }
  return first ? { stack: first.stack, project: first.project } : { stack: "(empty)", project: "(empty)" };
}
