/** One problem found while checking user input: the field, the bad value and what would be valid. */
export interface Issue {
  /** Dotted path of the field, e.g. `unit.memoryGiB`. */
  path: string;
  /** The value that was given (undefined when the field is missing). */
  value: unknown;
  /** What is valid instead, e.g. `use a number greater than 0`. */
  expected: string;
  /** What is wrong, when not the default "<value> is not valid". */
  problem?: string;
}

/**
 * Renders a value for an error message: short, JSON-like, never `[object Object]`, and never
 * throwing (a circular or BigInt-holding object, even one without a prototype, is described).
 */
export function show(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "function") return `a function${value.name ? ` (${value.name})` : ""}`;
  if (typeof value === "symbol") return value.toString();
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    // Circular, or holding a BigInt: described by its kind below.
  }
  if (text === undefined)
    text = Array.isArray(value)
      ? `an array of ${value.length} item(s) JSON cannot hold`
      : `an object JSON cannot hold (keys: ${Object.keys(value).join(", ") || "none"})`;
  return text.length > 80 ? text.slice(0, 77) + "..." : text;
}

export function formatIssue(issue: Issue): string {
  const what =
    issue.problem ?? (issue.value === undefined ? "is required" : `${show(issue.value)} is not valid`);
  return `${issue.path}: ${what}; ${issue.expected}`;
}

/** Base class of every error Lepton raises on purpose, so callers can tell them from bugs. */
export class LeptonError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Invalid input: carries every problem found, not only the first. */
export class ValidationError extends LeptonError {
  readonly issues: Issue[];
  constructor(issues: Issue[], subject = "input") {
    super(
      issues.length === 1
        ? formatIssue(issues[0])
        : `${issues.length} problems in ${subject}:\n` +
            issues.map((i) => `  - ${formatIssue(i)}`).join("\n"),
    );
    this.issues = issues;
  }
}

/** Throws a ValidationError when any issue was collected. */
export function throwIfIssues(issues: Issue[], subject?: string): void {
  if (issues.length > 0) throw new ValidationError(issues, subject);
}
