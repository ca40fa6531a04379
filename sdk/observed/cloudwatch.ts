import { LeptonError, show } from "../errors";
import { OBSERVED_KIND, ObservedUtilization, ObservedUtilizationFile } from "./format";
import {
  checkPercent,
  ImportContext,
  Metric,
  MetricSeries,
  problem,
  resolveTarget,
  Sample,
  SeriesTarget,
} from "./series";
import { percentile } from "./stats";

/** One result of `aws cloudwatch get-metric-data` (its JSON output, `MetricDataResults[]`). */
interface MetricDataResult {
  Id: string;
  Label?: string;
  Timestamps?: string[];
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

/**
 * Builds an observed-utilization document from the JSON output of one or more pages of
 * `aws cloudwatch get-metric-data` (the results carry only the query `Id`, so `queries` says which
 * resource and metric each `Id` measured). Pages are merged per `Id`; each series' last status must
 * be `Complete`. Only p95 and the sample count are kept; `lepton-mc utilization import` (or
 * `importUtilization`) gives p50, max, mean, the period and the gaps as well.
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
    kind: OBSERVED_KIND,
    version: 1,
    ...(opts.source ? { source: opts.source } : {}),
    resources: [...entries.values()],
  };
}

/** An EC2 instance id (`i-0123abcd…`). */
const INSTANCE_ID = /\bi-[0-9a-f]{8,17}\b/;

/** CloudWatch metric names (labels) of CPU and memory utilization, both in percent. */
const METRIC_NAMES: Record<string, Metric> = {
  CPUUtilization: "cpu",
  mem_used_percent: "memory",
  MemoryUtilization: "memory",
};

/** The metric a label names, when it names one of ours. */
function metricOfLabel(label: unknown): Metric | undefined {
  if (typeof label !== "string") return undefined;
  for (const [name, metric] of Object.entries(METRIC_NAMES)) if (label.includes(name)) return metric;
  return undefined;
}

/** `cpu_…` / `mem_…` / `memory_…`: the metric and the rest of a query Id. */
function splitQueryId(id: string): { metric?: Metric; rest: string } {
  const m = /^(cpu|mem|memory)_(.+)$/.exec(id);
  if (!m) return { rest: id };
  return { metric: m[1] === "cpu" ? "cpu" : "memory", rest: m[2] };
}

const MAP_FIX = (key: string) =>
  `say which resource it measured: add it to --map ({ ${JSON.stringify(key)}: "<Pulumi name>" }), or name the query Id after the instance (cpu_i_0123456789abcdef0, the instance id with _ for -)`;

/** A page of `aws cloudwatch get-metric-data` output, with the file it came from. */
export interface ExportPage {
  file: string;
  doc: unknown;
}

/**
 * Series of the JSON output of `aws cloudwatch get-metric-data` (one or more pages, merged per
 * query `Id`; the `Id`'s last status must be `Complete`). The metric comes from the `--map` entry,
 * the Id's prefix (`cpu_`, `mem_`) or the label (`CPUUtilization`, `mem_used_percent`); the
 * resource from the `--map` entry for the Id, an instance id in the Id (`cpu_i_0abc…`) or in the
 * label, or the inventory.
 */
export function cloudWatchMetricDataSeries(pages: readonly ExportPage[], ctx: ImportContext): MetricSeries[] {
  const out: MetricSeries[] = [];
  const lastStatus = new Map<string, { status: unknown; where: string }>();
  for (const { file, doc } of pages) {
    const results = (doc as { MetricDataResults?: unknown }).MetricDataResults as unknown[];
    const messages = (doc as { Messages?: { Code?: string; Value?: string }[] }).Messages;
    if (Array.isArray(messages))
      for (const m of messages)
        ctx.warnings.push(`${file} Messages: CloudWatch says ${m.Code ?? ""} ${m.Value ?? ""}`.trim());
    results.forEach((raw, i) => {
      const where = `${file} MetricDataResults[${i}]`;
      const r = raw as Partial<MetricDataResult> | null;
      if (!r || typeof r.Id !== "string" || !Array.isArray(r.Values)) {
        problem(
          ctx,
          where,
          raw,
          "is not a get-metric-data result",
          'each result needs "Id", "Timestamps" and "Values"',
        );
        return;
      }
      lastStatus.set(r.Id, { status: r.StatusCode, where });
      if (!Array.isArray(r.Timestamps) || r.Timestamps.length !== r.Values.length) {
        problem(
          ctx,
          `${where}.Timestamps`,
          r.Timestamps,
          `has ${Array.isArray(r.Timestamps) ? r.Timestamps.length : "no"} timestamps for ${r.Values.length} values`,
          "pass the output of aws cloudwatch get-metric-data unchanged (--output json)",
        );
        return;
      }
      const split = splitQueryId(r.Id);
      const instance = (split.rest.replace(/^i_/, "i-").match(INSTANCE_ID) ??
        r.Label?.match(INSTANCE_ID))?.[0];
      const fallback: SeriesTarget | undefined = instance ? { resourceId: instance } : undefined;
      const resolved = resolveTarget([r.Id, split.rest, ...(instance ? [instance] : [])], fallback, ctx);
      if (!resolved) {
        problem(ctx, `${where}.Id`, r.Id, "says nothing of which resource it measured", MAP_FIX(r.Id));
        return;
      }
      const metric = resolved.metric ?? split.metric ?? metricOfLabel(r.Label);
      if (!metric) {
        problem(
          ctx,
          `${where}.Id`,
          r.Id,
          `measures an unknown metric (label ${show(r.Label)})`,
          'start the query Id with cpu_ (CPUUtilization) or mem_ (CWAgent mem_used_percent), or give "metric" in its --map entry',
        );
        return;
      }
      const samples: Sample[] = [];
      r.Values.forEach((v, j) => {
        const t = Date.parse(r.Timestamps![j]);
        if (!Number.isFinite(t)) {
          problem(
            ctx,
            `${where}.Timestamps[${j}]`,
            r.Timestamps![j],
            "is not a time",
            "use ISO 8601 times, as the CLI prints them",
          );
          return;
        }
        if (
          checkPercent(
            ctx,
            `${where}.Values[${j}]`,
            v,
            `export ${metric === "cpu" ? "CPUUtilization" : "mem_used_percent"} (percent)`,
          )
        )
          samples.push({ t, v });
      });
      out.push({
        id: r.Id,
        metric,
        target: resolved.target,
        samples,
        origin: where,
        ...(resolved.instanceType ? { instanceType: resolved.instanceType } : {}),
        source: "CloudWatch GetMetricData",
      });
    });
  }
  for (const [id, { status, where }] of lastStatus) {
    if (status !== undefined && status !== "Complete")
      problem(
        ctx,
        `${where}.StatusCode`,
        status,
        `the series of Id ${JSON.stringify(id)} is not complete`,
        "fetch the remaining pages (call get-metric-data again with --next-token) and pass every page, in order",
      );
  }
  // A series with no values at all (in every page) is an error, not a resource at 0 %.
  const byId = new Map<string, MetricSeries[]>();
  for (const s of out) byId.set(s.id, [...(byId.get(s.id) ?? []), s]);
  for (const [id, list] of byId)
    if (
      list.every((s) => s.samples.length === 0) &&
      !ctx.issues.some((i) => i.path.startsWith(list[0].origin))
    )
      problem(
        ctx,
        `${list[0].origin}.Values`,
        undefined,
        `the series of Id ${JSON.stringify(id)} is empty`,
        "widen --start-time/--end-time, or check the query's namespace, metric and dimensions",
      );
  return out.filter((s) => s.samples.length > 0);
}

/** The file name without its folders. */
const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file;

/**
 * Series of the JSON output of `aws cloudwatch get-metric-statistics` (`Label`, `Datapoints[]`).
 * The output does not say which instance it is about: the `--map` entry for the file name, or an
 * instance id in the file name (`i-0abc….cpu.json`) does. Each datapoint's `Average` is the sample
 * (else its first `ExtendedStatistics` value, else `Maximum`); `Maximum` is kept as the peak.
 */
export function cloudWatchStatisticsSeries(page: ExportPage, ctx: ImportContext): MetricSeries[] {
  const { file, doc } = page;
  const d = doc as { Label?: unknown; Datapoints: unknown[] };
  const instance = baseName(file).match(INSTANCE_ID)?.[0];
  const resolved = resolveTarget(
    [baseName(file), file, ...(instance ? [instance] : [])],
    instance ? { resourceId: instance } : undefined,
    ctx,
  );
  if (!resolved) {
    problem(
      ctx,
      `${file} Label`,
      undefined,
      "the output does not say which resource it measured",
      MAP_FIX(baseName(file)),
    );
    return [];
  }
  const metric = resolved.metric ?? metricOfLabel(d.Label);
  if (!metric) {
    problem(
      ctx,
      `${file} Label`,
      d.Label,
      "is a metric other than CPU or memory utilization",
      'export --metric-name CPUUtilization (namespace AWS/EC2) or mem_used_percent (CWAgent), or give "metric" in the file\'s --map entry',
    );
    return [];
  }
  if (d.Datapoints.length === 0) {
    problem(
      ctx,
      `${file} Datapoints`,
      undefined,
      "is empty",
      "widen --start-time/--end-time, or check --namespace, --metric-name and --dimensions",
    );
    return [];
  }
  const units = new Set<string>();
  const samples: Sample[] = [];
  d.Datapoints.forEach((raw, i) => {
    const where = `${file} Datapoints[${i}]`;
    const p = raw as Record<string, unknown>;
    if (typeof p?.Unit === "string") units.add(p.Unit);
    const t = Date.parse(String(p?.Timestamp));
    if (!Number.isFinite(t)) {
      problem(
        ctx,
        `${where}.Timestamp`,
        p?.Timestamp,
        "is not a time",
        "pass the CLI's JSON output unchanged",
      );
      return;
    }
    const extended = p.ExtendedStatistics as Record<string, unknown> | undefined;
    const firstExtended = extended ? Object.values(extended)[0] : undefined;
    const field =
      p.Average !== undefined ? "Average" : firstExtended !== undefined ? "ExtendedStatistics" : "Maximum";
    const value = p.Average ?? firstExtended ?? p.Maximum;
    if (value === undefined) {
      problem(
        ctx,
        where,
        raw,
        "has no Average, ExtendedStatistics or Maximum",
        "export with --statistics Average Maximum",
      );
      return;
    }
    if (
      !checkPercent(
        ctx,
        `${where}.${field}`,
        value,
        "export a percent metric (CPUUtilization, mem_used_percent)",
      )
    )
      return;
    const peak = p.Maximum;
    if (peak !== undefined && !checkPercent(ctx, `${where}.Maximum`, peak, "export a percent metric")) return;
    samples.push({ t, v: value as number, ...(typeof peak === "number" ? { peak } : {}) });
  });
  if (units.size > 1 || (units.size === 1 && !units.has("Percent"))) {
    problem(
      ctx,
      `${file} Datapoints[].Unit`,
      [...units],
      units.size > 1 ? `mixes units (${[...units].join(", ")})` : `is ${[...units][0]}, not Percent`,
      "export one percent metric per file (CPUUtilization or mem_used_percent, --unit Percent)",
    );
    return [];
  }
  return [
    {
      id: file,
      metric,
      target: resolved.target,
      samples,
      origin: `${file} Datapoints`,
      ...(resolved.instanceType ? { instanceType: resolved.instanceType } : {}),
      source: "CloudWatch GetMetricStatistics",
    },
  ];
}
