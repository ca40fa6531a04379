import { Issue, throwIfIssues } from "../errors";
import { Checker } from "../units/checks";

/** The `kind` of an observed-utilization document. */
export const OBSERVED_KIND = "lepton-observed-utilization";

/**
 * Observed utilization of running resources: what `lepton-mc utilization import` writes, what
 * `lepton-mc optimize` and `plan --utilization` read, and what the `rightsize-underutilized`
 * policy reads from its `observedUtilizationFile`. Figures are percent (0–100), as CloudWatch and
 * Azure Monitor report CPU (Cloud Monitoring's 0–1 fractions are converted on import). Each entry
 * matches resources by Pulumi name, by a tag, or by the cloud's own resource id.
 *
 * @example
 * {
 *   "kind": "lepton-observed-utilization",
 *   "version": 1,
 *   "source": "CloudWatch GetMetricData 2026-11-01..2026-11-15, p95 of 5-minute averages",
 *   "resources": [
 *     { "name": "web-server", "cpuP95": 12.5, "memoryP95": 31 },
 *     { "tag": { "key": "lepton:unit", "value": "api" }, "cpuP95": 18 }
 *   ]
 * }
 */
export interface ObservedUtilizationFile {
  kind: typeof OBSERVED_KIND;
  version: 1;
  /** Where the figures come from (tool, period, statistic). */
  source?: string;
  /**
   * `percent` confirms that figures of at most 1 are percent. Without it a file whose every figure
   * is at most 1 is refused: such figures are usually 0–1 fractions (Cloud Monitoring's unit).
   */
  unit?: "percent";
  resources: ObservedUtilization[];
}

/** A tag (label) on resources, read under every spelling (see `readTag`). */
export interface ObservedTag {
  key: string;
  value: string;
}

/**
 * The observed utilization of one resource, or of every resource carrying a tag. Give exactly
 * one of `name`, `tag` or `resourceId`.
 */
export interface ObservedUtilization {
  /**
   * Pulumi name: a `MultiCloudVm` or `BalancedPool` by its component name or lock key
   * (`platform/api`, `web[0]` for one pool member), a raw resource by its own name.
   */
  name?: string;
  /** A tag the resources carry, e.g. `{ key: "lepton:unit", value: "batch" }`. */
  tag?: ObservedTag;
  /** The cloud's id: EC2 instance id, Azure resource id, GCP instance id. */
  resourceId?: string;
  /** The cloud's name of the resource (Azure VM name, GCP instance name), beside `resourceId`. */
  resourceName?: string;
  /** 95th percentile CPU utilization, percent. */
  cpuP95?: number;
  /** Median CPU utilization, percent. */
  cpuP50?: number;
  /** Highest CPU utilization seen, percent (the largest maximum the export gives, else sample). */
  cpuMax?: number;
  /** Mean CPU utilization, percent. */
  cpuMean?: number;
  /** 95th percentile memory utilization (used), percent. */
  memoryP95?: number;
  memoryP50?: number;
  memoryMax?: number;
  memoryMean?: number;
  /** Samples behind the figures (the fewer of the two metrics when both are given). */
  samples?: number;
  /** Seconds between samples. */
  periodSeconds?: number;
  /** First and last sample times (ISO 8601). */
  from?: string;
  to?: string;
  /** Instances the figures average over (a scale set, instance group or several mapped series). */
  instances?: number;
  /** The instance type the figures were measured on, when the export or inventory names it. */
  instanceType?: string;
  /** Where the figures were read: files and JSON paths. */
  origin?: string;
  /** What the import noticed and did not hide: few samples, gaps, suspicious values. */
  warnings?: string[];
}

const ENTRY_FIELDS = [
  "name",
  "tag",
  "resourceId",
  "resourceName",
  "cpuP95",
  "cpuP50",
  "cpuMax",
  "cpuMean",
  "memoryP95",
  "memoryP50",
  "memoryMax",
  "memoryMean",
  "samples",
  "periodSeconds",
  "from",
  "to",
  "instances",
  "instanceType",
  "origin",
  "warnings",
] as const;

/** The percent figures of an entry (what the fraction check looks at). */
export const PERCENT_FIELDS = [
  "cpuP95",
  "cpuP50",
  "cpuMax",
  "cpuMean",
  "memoryP95",
  "memoryP50",
  "memoryMax",
  "memoryMean",
] as const;

/** What an entry matches, for messages: `name "api"`, `tag lepton:unit=batch`, `resource i-0abc`. */
export function describeSelector(e: ObservedUtilization): string {
  if (e.name !== undefined) return `name ${JSON.stringify(e.name)}`;
  if (e.tag !== undefined) return `tag ${e.tag.key}=${e.tag.value}`;
  return `resource ${e.resourceName ? `${e.resourceName} (${e.resourceId})` : e.resourceId}`;
}

/**
 * Checks an observed-utilization document; every problem at once, each with its path.
 * @param origin the file name, for messages.
 * @throws ValidationError listing every problem.
 */
export function validateObservedUtilization(input: unknown, origin: string): ObservedUtilizationFile {
  const root = new Checker(origin);
  const doc = root.object("", input);
  if (!doc) throwIfIssues(root.issues, origin);
  root.unknownKeys(doc!, ["kind", "version", "source", "unit", "resources"]);
  if (doc!.kind !== OBSERVED_KIND) root.add("kind", doc!.kind, `use "${OBSERVED_KIND}"`);
  if (doc!.version !== 1) root.add("version", doc!.version, "use 1");
  if (doc!.source !== undefined && typeof doc!.source !== "string")
    root.add("source", doc!.source, "use a string");
  if (doc!.unit !== undefined && doc!.unit !== "percent") root.add("unit", doc!.unit, 'use "percent"');
  const issues: Issue[] = [...root.issues];
  if (!Array.isArray(doc!.resources)) {
    issues.push({ path: `${origin}.resources`, value: doc!.resources, expected: "use an array of entries" });
  } else {
    doc!.resources.forEach((item, i) => issues.push(...entryIssues(item, `${origin}.resources[${i}]`)));
    if (issues.length === 0 && doc!.unit !== "percent") issues.push(...fractionIssues(doc!, origin));
  }
  throwIfIssues(issues, origin);
  return doc as unknown as ObservedUtilizationFile;
}

function entryIssues(item: unknown, path: string): Issue[] {
  const c = new Checker(path);
  const e = c.object("", item);
  if (!e) return c.issues;
  c.unknownKeys(e, ENTRY_FIELDS);
  const selectors = ["name", "tag", "resourceId"].filter((k) => e[k] !== undefined);
  if (selectors.length !== 1)
    c.add(
      "",
      e,
      'give exactly one of "name" (Pulumi name), "tag" ({ "key", "value" }) or "resourceId" (the cloud\'s id)',
    );
  for (const f of ["name", "resourceId", "resourceName", "instanceType", "origin", "from", "to"])
    if (e[f] !== undefined && (typeof e[f] !== "string" || e[f] === ""))
      c.add(f, e[f], "use a non-empty string");
  if (e.resourceName !== undefined && e.resourceId === undefined)
    c.add("resourceName", e.resourceName, 'give it with "resourceId"');
  if (e.tag !== undefined) {
    const t = e.tag as Record<string, unknown> | null;
    if (!t || typeof t !== "object" || typeof t.key !== "string" || typeof t.value !== "string")
      c.add("tag", e.tag, 'use { "key": "<tag>", "value": "<value>" }');
  }
  if (e.cpuP95 === undefined && e.memoryP95 === undefined)
    c.add("cpuP95", undefined, "give cpuP95, memoryP95 or both (percent, 0–100)");
  for (const f of PERCENT_FIELDS) if (e[f] !== undefined) c.number(f, e[f], { min: 0, max: 100 });
  for (const f of ["samples", "instances"])
    if (e[f] !== undefined) c.number(f, e[f], { min: 0, integer: true });
  if (e.periodSeconds !== undefined) c.number("periodSeconds", e.periodSeconds, { exclusiveMin: 0 });
  if (
    e.warnings !== undefined &&
    !(Array.isArray(e.warnings) && e.warnings.every((w) => typeof w === "string"))
  )
    c.add("warnings", e.warnings, "use an array of strings");
  return c.issues;
}

/** A file whose every figure is at most 1 (one above 0) most likely holds 0–1 fractions, not percent. */
function fractionIssues(doc: Record<string, unknown>, origin: string): Issue[] {
  const figures = (doc.resources as Record<string, unknown>[]).flatMap((e) =>
    PERCENT_FIELDS.map((f) => e[f]).filter((v): v is number => typeof v === "number"),
  );
  if (figures.length === 0 || !figures.every((v) => v <= 1) || !figures.some((v) => v > 0)) return [];
  return [
    {
      path: `${origin}.resources`,
      value: undefined,
      problem: `every figure is at most 1 (largest ${Math.max(...figures)}): these look like 0–1 fractions, as Cloud Monitoring reports them, not percent`,
      expected:
        'multiply them by 100 (or import the export with lepton-mc utilization import, which converts); if the machines really run below 1 %, add "unit": "percent" to the file',
    },
  ];
}
