import type { Catalog } from "../catalog/catalog";
import { throwIfIssues } from "../errors";
import { oneOf } from "../units/checks";
import { azureMonitorSeries } from "./azure-monitor";
import { cloudMonitoringSeries } from "./cloud-monitoring";
import { cloudWatchMetricDataSeries, cloudWatchStatisticsSeries, ExportPage } from "./cloudwatch";
import {
  OBSERVED_KIND,
  ObservedUtilization,
  ObservedUtilizationFile,
  validateObservedUtilization,
} from "./format";
import { inventoryKind, readInventory } from "./inventory";
import { importContext, MapTarget, MetricSeries, problem, summarizeSeries } from "./series";

/** The exports `--from` names: one per cloud. */
export const EXPORT_FORMATS = ["cloudwatch", "azure-monitor", "cloud-monitoring"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What a file is, as detected from its JSON. */
export type DetectedFormat =
  | "lepton"
  | "cloudwatch-get-metric-data"
  | "cloudwatch-get-metric-statistics"
  | "azure-monitor"
  | "cloud-monitoring"
  | "inventory";

const FAMILY: Record<DetectedFormat, ExportFormat | undefined> = {
  lepton: undefined,
  inventory: undefined,
  "cloudwatch-get-metric-data": "cloudwatch",
  "cloudwatch-get-metric-statistics": "cloudwatch",
  "azure-monitor": "azure-monitor",
  "cloud-monitoring": "cloud-monitoring",
};

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

/** The format of a parsed file, from the fields only that format has; undefined when none fits. */
export function detectFormat(doc: unknown): DetectedFormat | undefined {
  if (inventoryKind(doc)) return "inventory";
  if (!isObject(doc)) return undefined;
  if (doc.kind === OBSERVED_KIND) return "lepton";
  if (Array.isArray(doc.MetricDataResults)) return "cloudwatch-get-metric-data";
  if (Array.isArray(doc.Datapoints)) return "cloudwatch-get-metric-statistics";
  if (Array.isArray(doc.value) && doc.value.every((v) => isObject(v) && "timeseries" in v))
    return "azure-monitor";
  if (Array.isArray(doc.timeSeries)) return "cloud-monitoring";
  return undefined;
}

/** A file to import: its name (for messages) and parsed JSON. */
export type UtilizationInput = ExportPage;

export interface UtilizationImportOptions {
  /** Read every export file as this cloud's format (inventories and lepton files stay as detected). */
  from?: ExportFormat;
  /** `--map` (see `parseImportMap`). */
  map?: Map<string, MapTarget & { key: string }>;
  /** For Azure memory in bytes: VM sizes' memory. */
  catalog?: Catalog;
  /** Fewer samples than this are reported. @default 168 */
  minSamples?: number;
  /** The document's `source`. @default the exports read and the time they cover */
  source?: string;
}

export interface UtilizationImport {
  doc: ObservedUtilizationFile;
  /** Few samples, gaps, incomplete data: reported, not hidden. */
  warnings: string[];
  /** `--map` keys no series used (a typo, or a resource not in the exports). */
  unusedMapKeys: string[];
}

const WHAT_WE_READ =
  'none of MetricDataResults (aws cloudwatch get-metric-data), Datapoints (get-metric-statistics), value[].timeseries (az monitor metrics list), timeSeries (Cloud Monitoring timeSeries.list), Reservations / an az vm list / a gcloud instances list, nor "kind": "lepton-observed-utilization"';

/**
 * Imports the clouds' metric exports (and inventories, and observed-utilization files) into one
 * observed-utilization document: every series converted to percent and summarized per resource
 * (p50, p95, max, mean, samples, period). Problems stop the import, all named at once with the
 * file, the JSON path and the fix.
 * @throws ValidationError listing every problem.
 */
export function importUtilization(
  inputs: readonly UtilizationInput[],
  opts: UtilizationImportOptions = {},
): UtilizationImport {
  const ctx = importContext(opts.catalog ? { catalog: opts.catalog } : {});
  if (opts.map) ctx.map = opts.map;
  const byFormat = new Map<DetectedFormat, ExportPage[]>();
  for (const input of inputs) {
    const format = detectFormat(input.doc);
    const forced = opts.from;
    if (format === undefined) {
      if (
        forced === "cloud-monitoring" &&
        isObject(input.doc) &&
        !("timeSeries" in input.doc) &&
        Object.keys(input.doc).every((k) => k === "nextPageToken" || k === "unit")
      ) {
        // An empty page of timeSeries.list is `{}`.
        byFormat.set("cloud-monitoring", [...(byFormat.get("cloud-monitoring") ?? []), input]);
        continue;
      }
      problem(
        ctx,
        input.file,
        undefined,
        `is not an export lepton-mc reads: it has ${WHAT_WE_READ}`,
        forced
          ? `export it with the ${forced} command the README shows, unchanged (--output json)`
          : `export the metrics as the README's "Optimize from observed utilization" shows, or name the format with --from (${EXPORT_FORMATS.join(", ")})`,
      );
      continue;
    }
    const family = FAMILY[format];
    if (forced && family && family !== forced) {
      problem(
        ctx,
        input.file,
        undefined,
        `is ${format} output, not ${forced}`,
        `drop --from, or ${oneOf(EXPORT_FORMATS, family)}`,
      );
      continue;
    }
    byFormat.set(format, [...(byFormat.get(format) ?? []), input]);
  }
  for (const page of byFormat.get("inventory") ?? []) readInventory(page, ctx);
  const series: MetricSeries[] = [];
  const metricData = byFormat.get("cloudwatch-get-metric-data");
  if (metricData) series.push(...cloudWatchMetricDataSeries(metricData, ctx));
  for (const page of byFormat.get("cloudwatch-get-metric-statistics") ?? [])
    series.push(...cloudWatchStatisticsSeries(page, ctx));
  for (const page of byFormat.get("azure-monitor") ?? []) series.push(...azureMonitorSeries(page, ctx));
  const gcp = byFormat.get("cloud-monitoring");
  if (gcp) series.push(...cloudMonitoringSeries(gcp, ctx));
  const given: ObservedUtilization[] = [];
  const givenSources: string[] = [];
  for (const page of byFormat.get("lepton") ?? []) {
    try {
      const doc = validateObservedUtilization(page.doc, page.file);
      given.push(...doc.resources);
      if (doc.source) givenSources.push(doc.source);
    } catch (e) {
      const issues = (e as { issues?: typeof ctx.issues }).issues;
      if (!issues) throw e;
      ctx.issues.push(...issues);
    }
  }
  const entries = summarizeSeries(
    series,
    ctx,
    opts.minSamples !== undefined ? { minSamples: opts.minSamples } : {},
  );
  throwIfIssues(ctx.issues, "utilization input");
  if (series.length === 0 && given.length === 0 && inputs.length > 0)
    throwIfIssues(
      [
        {
          path: inputs.map((i) => i.file).join(", "),
          value: undefined,
          problem: "hold no CPU or memory series (only inventories?)",
          expected: "pass the metric exports too",
        },
      ],
      "utilization input",
    );
  const sources = [...new Set(series.map((s) => s.source))];
  let first = Infinity;
  let last = -Infinity;
  for (const s of series)
    for (const x of s.samples) {
      first = Math.min(first, x.t);
      last = Math.max(last, x.t);
    }
  const day = (t: number) => new Date(t).toISOString().slice(0, 10);
  const range = Number.isFinite(first) ? ` ${day(first)}..${day(last)}` : "";
  const imported = sources.length > 0 ? `${sources.join(", ")}${range}` : undefined;
  const source = opts.source ?? ([...givenSources, ...(imported ? [imported] : [])].join("; ") || undefined);
  const used = new Set(ctx.usedMapKeys);
  return {
    doc: {
      kind: OBSERVED_KIND,
      version: 1,
      ...(source ? { source } : {}),
      unit: "percent",
      resources: [...given, ...entries],
    },
    warnings: ctx.warnings,
    unusedMapKeys: [...(opts.map?.values() ?? [])].map((m) => m.key).filter((k) => !used.has(k)),
  };
}
