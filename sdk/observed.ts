import { Issue, LeptonError, show, throwIfIssues } from "./errors";
import { Checker } from "./units/checks";

/**
 * Observed utilization of running resources, as the `rightsize-underutilized` policy reads it from
 * its `observedUtilizationFile`. Utilization is in percent (0–100), as CloudWatch, Azure Monitor and
 * Cloud Monitoring report CPU. Each entry matches resources by Pulumi resource name or by a tag.
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
  kind: "lepton-observed-utilization";
  version: 1;
  /** Where the figures come from (tool, period, statistic). */
  source?: string;
  resources: ObservedUtilization[];
}

/** The observed p95 utilization of one resource (or of every resource carrying a tag). */
export interface ObservedUtilization {
  /** Pulumi resource name (the logical name in the program). Give `name` or `tag`. */
  name?: string;
  /** A tag (label) the resources carry, read under every spelling (see `readTag`). */
  tag?: { key: string; value: string };
  /** 95th percentile CPU utilization, percent. */
  cpuP95?: number;
  /** 95th percentile memory utilization, percent. */
  memoryP95?: number;
  /** Number of samples behind the figures (informative). */
  samples?: number;
}

const ENTRY_FIELDS = ["name", "tag", "cpuP95", "memoryP95", "samples"];

/** Checks an observed-utilization document; every problem at once, each with its path. */
export function validateObservedUtilization(input: unknown, origin: string): ObservedUtilizationFile {
  const root = new Checker(origin);
  const doc = root.object("", input);
  if (!doc) throwIfIssues(root.issues, origin);
  root.unknownKeys(doc!, ["kind", "version", "source", "resources"]);
  if (doc!.kind !== "lepton-observed-utilization")
    root.add("kind", doc!.kind, 'use "lepton-observed-utilization"');
  if (doc!.version !== 1) root.add("version", doc!.version, "use 1");
  if (doc!.source !== undefined && typeof doc!.source !== "string")
    root.add("source", doc!.source, "use a string");
  const issues: Issue[] = [...root.issues];
  if (!Array.isArray(doc!.resources)) {
    issues.push({ path: `${origin}.resources`, value: doc!.resources, expected: "use an array of entries" });
  } else {
    doc!.resources.forEach((item, i) => {
      const c = new Checker(`${origin}.resources[${i}]`);
      const e = c.object("", item);
      if (e) {
        c.unknownKeys(e, ENTRY_FIELDS);
        if ((e.name === undefined) === (e.tag === undefined))
          c.add("", e, 'give exactly one of "name" (resource name) or "tag" ({ "key", "value" })');
        if (e.name !== undefined && (typeof e.name !== "string" || e.name === ""))
          c.add("name", e.name, "use a non-empty string");
        if (e.tag !== undefined) {
          const t = e.tag as Record<string, unknown> | null;
          if (!t || typeof t !== "object" || typeof t.key !== "string" || typeof t.value !== "string")
            c.add("tag", e.tag, 'use { "key": "<tag>", "value": "<value>" }');
        }
        if (e.cpuP95 === undefined && e.memoryP95 === undefined)
          c.add("cpuP95", undefined, "give cpuP95, memoryP95 or both (percent, 0–100)");
        for (const f of ["cpuP95", "memoryP95"])
          if (e[f] !== undefined) c.number(f, e[f], { min: 0, max: 100 });
        if (e.samples !== undefined) c.number("samples", e.samples, { min: 0, integer: true });
      }
      issues.push(...c.issues);
    });
  }
  throwIfIssues(issues, origin);
  return doc as unknown as ObservedUtilizationFile;
}

/** One result of `aws cloudwatch get-metric-data` (its JSON output, `MetricDataResults[]`). */
interface MetricDataResult {
  Id: string;
  Label?: string;
  Values: number[];
  StatusCode?: string;
}

/** What a GetMetricData query `Id` measured and for which resource. */
export interface CloudWatchQueryTarget {
  /** The resource: its Pulumi name, or a tag it carries. */
  name?: string;
  tag?: { key: string; value: string };
  /** `cpu` for AWS/EC2 CPUUtilization, `memory` for CWAgent mem_used_percent (both percent). */
  metric: "cpu" | "memory";
}

/** The p-th percentile (nearest rank) of values; undefined for none. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/**
 * Builds an observed-utilization document from the JSON output of one or more pages of
 * `aws cloudwatch get-metric-data` (the results carry only the query `Id`, so `queries` says which
 * resource and metric each `Id` measured). Pages are merged per `Id`; each series' last status must
 * be `Complete`.
 * @param pages parsed JSON output(s) of `aws cloudwatch get-metric-data`.
 * @param queries query Id → resource and metric.
 * @param opts.source text stored as the document's `source`.
 * @throws LeptonError naming the Id or field that is wrong.
 */
export function importCloudWatchMetricData(
  pages: unknown | unknown[],
  queries: Record<string, CloudWatchQueryTarget>,
  opts: { source?: string } = {},
): ObservedUtilizationFile {
  const series = new Map<string, { values: number[]; status?: string }>();
  (Array.isArray(pages) ? pages : [pages]).forEach((page, p) => {
    const results = (page as { MetricDataResults?: unknown } | null)?.MetricDataResults;
    if (!Array.isArray(results))
      throw new LeptonError(
        `pages[${p}].MetricDataResults: ${show(results)} is not valid; pass the JSON output of \`aws cloudwatch get-metric-data\``,
      );
    results.forEach((r: MetricDataResult, i) => {
      if (
        typeof r?.Id !== "string" ||
        !Array.isArray(r.Values) ||
        r.Values.some((v) => typeof v !== "number")
      )
        throw new LeptonError(
          `pages[${p}].MetricDataResults[${i}]: ${show(r)} is not valid; each result needs an "Id" and numeric "Values"`,
        );
      const s = series.get(r.Id) ?? { values: [] };
      s.values.push(...r.Values);
      s.status = r.StatusCode;
      series.set(r.Id, s);
    });
  });
  const entries = new Map<string, ObservedUtilization>();
  for (const [id, target] of Object.entries(queries)) {
    const s = series.get(id);
    if (!s)
      throw new LeptonError(
        `queries.${id}: no result has this Id; the output has ${[...series.keys()].map((k) => JSON.stringify(k)).join(", ") || "no results"}`,
      );
    if (s.status !== undefined && s.status !== "Complete")
      throw new LeptonError(
        `queries.${id}: the series is ${JSON.stringify(s.status)}, not "Complete"; fetch the remaining pages (NextToken) and pass them all`,
      );
    if ((target.name === undefined) === (target.tag === undefined))
      throw new LeptonError(`queries.${id}: give exactly one of "name" or "tag"`);
    const key =
      target.name !== undefined ? `name:${target.name}` : `tag:${target.tag!.key}=${target.tag!.value}`;
    const entry =
      entries.get(key) ?? (target.name !== undefined ? { name: target.name } : { tag: target.tag });
    const p95 = percentile(s.values, 95);
    if (p95 === undefined) throw new LeptonError(`queries.${id}: the series has no values in the period`);
    const rounded = Math.round(Math.min(100, Math.max(0, p95)) * 100) / 100;
    if (target.metric === "cpu") entry.cpuP95 = rounded;
    else entry.memoryP95 = rounded;
    entry.samples = Math.max(entry.samples ?? 0, s.values.length);
    entries.set(key, entry);
  }
  return {
    kind: "lepton-observed-utilization",
    version: 1,
    ...(opts.source ? { source: opts.source } : {}),
    resources: [...entries.values()],
  };
}
