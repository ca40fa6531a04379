import type { Catalog } from "../catalog/catalog";
import { Issue, show, throwIfIssues } from "../errors";
import { Checker } from "../units/checks";
import type { ObservedTag, ObservedUtilization } from "./format";
import { describeSeconds, round2, spacingOf, summarizeSamples } from "./stats";

/** What a series measures: CPU or memory utilization, percent. */
export type Metric = "cpu" | "memory";
export const METRICS: readonly Metric[] = ["cpu", "memory"];

/** What a series is about: a Pulumi name, a tag, or the cloud's own id. */
export type SeriesTarget =
  { name: string } | { tag: ObservedTag } | { resourceId: string; resourceName?: string };

/** One sample: time (ms since the epoch), value in percent, and the period's maximum when given. */
export interface Sample {
  t: number;
  v: number;
  peak?: number;
}

/**
 * One metric of one resource as an export gives it, converted to percent: the common form every
 * importer produces and `summarizeSeries` turns into observed-utilization entries.
 */
export interface MetricSeries {
  /** The series' identity in its export: pages of the same series are merged by it. */
  id: string;
  metric: Metric;
  target: SeriesTarget;
  samples: Sample[];
  /** File and JSON path, for messages. */
  origin: string;
  /** The period the export states (Azure `interval`, a GCP aligned interval), seconds. */
  statedPeriodSeconds?: number;
  /** The instance type the series was measured on, when known. */
  instanceType?: string;
  /** The export's name for people, e.g. `CloudWatch GetMetricData`. */
  source: string;
}

/** What a `--map` entry says about a series. */
export interface MapTarget {
  target: SeriesTarget;
  metric?: Metric;
  instanceType?: string;
}

/** A machine as a cloud's inventory export lists it (describe-instances, az vm list, gcloud … list). */
export interface InventoryRecord {
  cloud: "aws" | "azure" | "gcp";
  id: string;
  name?: string;
  instanceType?: string;
  /** The `lepton:component` tag (label) when the machine carries one. */
  component?: string;
  origin: string;
}

/** What every importer reads beside its own export, and where problems are collected. */
export interface ImportContext {
  /** `--map`: series identifier (lower case) → what it measured. */
  map: Map<string, MapTarget & { key: string }>;
  /** Inventory records by id and by name (lower case). */
  inventory: Map<string, InventoryRecord>;
  /** For Azure memory in bytes: the VM size's memory. */
  catalog?: Catalog;
  /** Problems that stop the import (exit 2), each naming the file, the JSON path and the fix. */
  issues: Issue[];
  /** What the import noticed and reports without failing. */
  warnings: string[];
  /** Map keys some series used. */
  usedMapKeys: Set<string>;
}

/** An empty import context. */
export function importContext(opts: { catalog?: Catalog } = {}): ImportContext {
  return {
    map: new Map(),
    inventory: new Map(),
    ...(opts.catalog ? { catalog: opts.catalog } : {}),
    issues: [],
    warnings: [],
    usedMapKeys: new Set(),
  };
}

/** Adds a problem at `<file> <path>`. */
export function problem(ctx: ImportContext, where: string, value: unknown, what: string, fix: string): void {
  ctx.issues.push({
    path: where,
    value,
    problem: value === undefined ? what : `${show(value)} ${what}`,
    expected: fix,
  });
}

/** The key of a target, for grouping and messages. */
export function targetKey(t: SeriesTarget): string {
  if ("name" in t) return `name:${t.name}`;
  if ("tag" in t) return `tag:${t.tag.key}=${t.tag.value}`;
  return `id:${t.resourceId.toLowerCase()}`;
}

/** The target as observed-utilization entry fields. */
function targetFields(t: SeriesTarget): Partial<ObservedUtilization> {
  if ("name" in t) return { name: t.name };
  if ("tag" in t) return { tag: t.tag };
  return { resourceId: t.resourceId, ...(t.resourceName ? { resourceName: t.resourceName } : {}) };
}

const COMPONENT_TAG: ObservedTag["key"] = "lepton:component";

/**
 * Who a series measured, from its identifiers (most specific first: a query Id, an instance id,
 * a resource id, a name, a file name): a `--map` entry, else an inventory record that carries the
 * `lepton:component` tag, else `fallback` (the cloud's id). Undefined when nothing says.
 */
export function resolveTarget(
  ids: readonly string[],
  fallback: SeriesTarget | undefined,
  ctx: ImportContext,
): (MapTarget & { mapped: boolean }) | undefined {
  for (const id of ids) {
    const m = ctx.map.get(id.toLowerCase());
    if (m) {
      ctx.usedMapKeys.add(m.key);
      const inv = ctx.inventory.get(id.toLowerCase());
      const instanceType = m.instanceType ?? inv?.instanceType;
      return { ...m, ...(instanceType ? { instanceType } : {}), mapped: true };
    }
  }
  for (const id of ids) {
    const inv = ctx.inventory.get(id.toLowerCase());
    if (inv) {
      const target = inv.component ? { tag: { key: COMPONENT_TAG, value: inv.component } } : fallback;
      if (!target) continue;
      return { target, ...(inv.instanceType ? { instanceType: inv.instanceType } : {}), mapped: false };
    }
  }
  return fallback ? { target: fallback, mapped: false } : undefined;
}

/**
 * Reads a `--map` file: series identifier → Pulumi name (a string), or `{ name | tag | resourceId,
 * metric?, instanceType? }`. Identifiers: a CloudWatch query Id, a get-metric-statistics file
 * name, an EC2 instance id, an Azure resource id or VM name, a GCP instance id or name.
 * @throws ValidationError naming every bad entry.
 */
export function parseImportMap(input: unknown, origin: string): Map<string, MapTarget & { key: string }> {
  const c = new Checker(origin);
  const doc = c.object("", input);
  throwIfIssues(c.issues, origin);
  const out = new Map<string, MapTarget & { key: string }>();
  for (const [key, value] of Object.entries(doc!)) {
    const path = JSON.stringify(key);
    if (typeof value === "string" && value !== "") {
      out.set(key.toLowerCase(), { key, target: { name: value } });
      continue;
    }
    const e = c.object(path, value);
    if (!e) continue;
    c.unknownKeys(e, ["name", "tag", "resourceId", "metric", "instanceType"]);
    const given = ["name", "tag", "resourceId"].filter((k) => e[k] !== undefined);
    if (given.length !== 1) {
      c.add(
        path,
        value,
        'give a Pulumi name ("web-server"), or an object with exactly one of name, tag, resourceId',
      );
      continue;
    }
    let target: SeriesTarget | undefined;
    if (typeof e.name === "string" && e.name) target = { name: e.name };
    else if (e.name !== undefined) c.add(`${path}.name`, e.name, "use a non-empty string");
    const t = e.tag as Record<string, unknown> | undefined;
    if (t !== undefined) {
      if (t && typeof t === "object" && typeof t.key === "string" && typeof t.value === "string")
        target = { tag: { key: t.key, value: t.value } };
      else c.add(`${path}.tag`, e.tag, 'use { "key": "<tag>", "value": "<value>" }');
    }
    if (typeof e.resourceId === "string" && e.resourceId) target = { resourceId: e.resourceId };
    else if (e.resourceId !== undefined) c.add(`${path}.resourceId`, e.resourceId, "use a non-empty string");
    const metric = e.metric === undefined ? undefined : c.choice(`${path}.metric`, e.metric, METRICS);
    if (e.instanceType !== undefined && (typeof e.instanceType !== "string" || e.instanceType === ""))
      c.add(`${path}.instanceType`, e.instanceType, "use an instance type name, e.g. Standard_D2s_v5");
    if (target)
      out.set(key.toLowerCase(), {
        key,
        target,
        ...(metric ? { metric } : {}),
        ...(typeof e.instanceType === "string" && e.instanceType ? { instanceType: e.instanceType } : {}),
      });
  }
  throwIfIssues(c.issues, origin);
  return out;
}

/** Settings of the summary. */
export interface SummaryOptions {
  /** Fewer samples than this per metric are reported as too few. @default 168 (a week of hourly samples) */
  minSamples?: number;
}

export const DEFAULT_MIN_SAMPLES = 168;

/** One metric's series merged: pages joined by series id, several series averaged per time. */
interface Merged {
  samples: Sample[];
  periodSeconds: number;
  instances: number;
  origins: string[];
  warnings: string[];
}

/** Joins the pages of one series (same id): sorted by time, a time given twice kept once. */
function joinPages(pages: MetricSeries[], ctx: ImportContext): Sample[] | undefined {
  const byTime = new Map<number, Sample>();
  for (const page of pages)
    for (const s of page.samples) {
      const seen = byTime.get(s.t);
      if (seen && Math.abs(seen.v - s.v) > 1e-9) {
        problem(
          ctx,
          page.origin,
          undefined,
          `gives ${round2(s.v)} at ${new Date(s.t).toISOString()}, where another page of the same series gives ${round2(seen.v)}`,
          "pass each page once, all from the same export",
        );
        return undefined;
      }
      byTime.set(s.t, s);
    }
  return [...byTime.values()].sort((a, b) => a.t - b.t);
}

function mergeMetric(series: MetricSeries[], ctx: ImportContext, where: string): Merged | undefined {
  const byId = new Map<string, MetricSeries[]>();
  for (const s of series) byId.set(s.id, [...(byId.get(s.id) ?? []), s]);
  const joined: { samples: Sample[]; period: number; origin: string }[] = [];
  const warnings: string[] = [];
  for (const pages of byId.values()) {
    const origin = pages.map((p) => p.origin).join(", ");
    const samples = joinPages(pages, ctx);
    if (!samples) return undefined;
    const spacing = spacingOf(samples.map((s) => s.t));
    const stated = pages.find((p) => p.statedPeriodSeconds !== undefined)?.statedPeriodSeconds;
    const period = spacing?.periodSeconds ?? stated;
    if (spacing && spacing.irregular > 0) {
      problem(
        ctx,
        origin,
        undefined,
        `mixes sampling periods (${spacing.irregular} spacing(s) are not a whole number of ${describeSeconds(spacing.periodSeconds)})`,
        "export the series with one period (CloudWatch --period, az --interval, Cloud Monitoring aggregation.alignmentPeriod)",
      );
      return undefined;
    }
    if (spacing && stated !== undefined && stated !== spacing.periodSeconds) {
      problem(
        ctx,
        origin,
        undefined,
        `states a period of ${describeSeconds(stated)} but its samples are ${describeSeconds(spacing.periodSeconds)} apart`,
        "export it again without editing it, or fix the stated interval",
      );
      return undefined;
    }
    if (spacing && spacing.missing > 0) {
      const total = samples.length + spacing.missing;
      warnings.push(
        `${where}: ${spacing.missing} of ${total} ${describeSeconds(spacing.periodSeconds)} periods have no sample (${round2((spacing.missing / total) * 100)} %), the longest gap ${describeSeconds(spacing.longestGapSeconds)} (${origin})`,
      );
    }
    joined.push({ samples, period: period ?? 0, origin });
  }
  const periods = [...new Set(joined.map((j) => j.period).filter((p) => p > 0))];
  if (periods.length > 1) {
    problem(
      ctx,
      joined.map((j) => j.origin).join("; "),
      undefined,
      `${where}: its series have different periods (${periods.map(describeSeconds).join(", ")})`,
      "export every series of a resource with the same period",
    );
    return undefined;
  }
  if (joined.length === 1)
    return {
      samples: joined[0].samples,
      periodSeconds: periods[0] ?? 0,
      instances: 1,
      origins: [joined[0].origin],
      warnings,
    };
  // Several series of one target (a scale set's instances, several mapped machines): their mean per time.
  const byTime = new Map<number, { sum: number; n: number; peak?: number }>();
  for (const j of joined)
    for (const s of j.samples) {
      const b = byTime.get(s.t) ?? { sum: 0, n: 0 };
      b.sum += s.v;
      b.n++;
      if (s.peak !== undefined) b.peak = Math.max(b.peak ?? 0, s.peak);
      byTime.set(s.t, b);
    }
  const samples = [...byTime.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([t, b]) => ({ t, v: b.sum / b.n, ...(b.peak !== undefined ? { peak: b.peak } : {}) }));
  return {
    samples,
    periodSeconds: periods[0] ?? 0,
    instances: joined.length,
    origins: joined.map((j) => j.origin),
    warnings,
  };
}

/**
 * Turns series into observed-utilization entries, one per target: p50, p95, max and mean of each
 * metric, samples, period and time range. Reports (as warnings) too few samples, gaps and values
 * that are all at most 1 %; records problems (mixed or mismatched periods, conflicting pages) in
 * `ctx.issues`.
 */
export function summarizeSeries(
  series: readonly MetricSeries[],
  ctx: ImportContext,
  opts: SummaryOptions = {},
): ObservedUtilization[] {
  const minSamples = opts.minSamples ?? DEFAULT_MIN_SAMPLES;
  const byTarget = new Map<string, MetricSeries[]>();
  for (const s of series)
    byTarget.set(targetKey(s.target), [...(byTarget.get(targetKey(s.target)) ?? []), s]);
  const entries: ObservedUtilization[] = [];
  for (const group of byTarget.values()) {
    const target = group[0].target;
    const where = targetKey(target).replace(
      /^(name|tag|id):/,
      (_, k: string) => `${k === "id" ? "resource" : k} `,
    );
    const entry: ObservedUtilization = { ...targetFields(target) };
    const warnings: string[] = [];
    const origins: string[] = [];
    const periods: { metric: Metric; period: number }[] = [];
    let samples: number | undefined;
    let first = Infinity;
    let last = -Infinity;
    let instances = 1;
    for (const metric of METRICS) {
      const of = group.filter((s) => s.metric === metric);
      if (of.length === 0) continue;
      const merged = mergeMetric(of, ctx, `${where} ${metric}`);
      if (!merged) continue;
      const stats = summarizeSamples(
        merged.samples.map((s) => s.v),
        merged.samples.flatMap((s) => (s.peak !== undefined ? [s.peak] : [])),
      );
      entry[`${metric}P95`] = stats.p95;
      entry[`${metric}P50`] = stats.p50;
      entry[`${metric}Max`] = Math.min(100, stats.max);
      entry[`${metric}Mean`] = stats.mean;
      samples = Math.min(samples ?? Infinity, stats.samples);
      first = Math.min(first, merged.samples[0].t);
      last = Math.max(last, merged.samples[merged.samples.length - 1].t);
      instances = Math.max(instances, merged.instances);
      if (merged.periodSeconds > 0) periods.push({ metric, period: merged.periodSeconds });
      origins.push(...merged.origins);
      warnings.push(...merged.warnings);
      if (stats.samples < minSamples)
        warnings.push(
          `${where} ${metric}: ${stats.samples} sample(s), fewer than ${minSamples}: the figures may miss peaks the period did not see`,
        );
      if (stats.max <= 1 && stats.max > 0 && stats.samples >= 10)
        warnings.push(
          `${where} ${metric}: every value is at most 1 % (${origins.join(", ")}): if the export holds 0–1 fractions, it is not percent`,
        );
    }
    if (new Set(periods.map((p) => p.period)).size > 1) {
      problem(
        ctx,
        origins.join("; "),
        undefined,
        `${where}: cpu and memory have different periods (${periods.map((p) => `${p.metric} ${describeSeconds(p.period)}`).join(", ")})`,
        "export both metrics with the same period",
      );
      continue;
    }
    if (entry.cpuP95 === undefined && entry.memoryP95 === undefined) continue;
    const instanceType = group.find((s) => s.instanceType)?.instanceType;
    Object.assign(entry, {
      samples,
      ...(periods[0] ? { periodSeconds: periods[0].period } : {}),
      from: new Date(first).toISOString(),
      to: new Date(last).toISOString(),
      ...(instances > 1 ? { instances } : {}),
      ...(instanceType ? { instanceType } : {}),
      origin: [...new Set(origins)].join("; "),
      ...(warnings.length > 0 ? { warnings } : {}),
    });
    ctx.warnings.push(...warnings);
    entries.push(entry);
  }
  return entries;
}

/** Checks a percent sample: a finite number from 0 to 100; records a problem otherwise. */
export function checkPercent(
  ctx: ImportContext,
  where: string,
  value: unknown,
  fix: string,
): value is number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    problem(ctx, where, value, "is not a number", fix);
    return false;
  }
  if (value < 0 || value > 100) {
    problem(
      ctx,
      where,
      value,
      `is ${value < 0 ? "negative" : "above 100"}: utilization in percent runs from 0 to 100`,
      fix,
    );
    return false;
  }
  return true;
}
