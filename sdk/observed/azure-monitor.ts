import { show } from "../errors";
import type { ExportPage } from "./cloudwatch";
import { checkPercent, ImportContext, MetricSeries, problem, resolveTarget, Sample } from "./series";
import { durationSeconds, round2 } from "./stats";

/** Azure Monitor metrics of a VM (or scale set) the importer reads, and how each becomes percent used. */
const METRICS: Record<
  string,
  { metric: "cpu" | "memory"; unit: string; kind: "used" | "available" | "bytes" }
> = {
  "Percentage CPU": { metric: "cpu", unit: "Percent", kind: "used" },
  "Available Memory Percentage": { metric: "memory", unit: "Percent", kind: "available" },
  "Available Memory Bytes": { metric: "memory", unit: "Bytes", kind: "bytes" },
};

const GIB = 2 ** 30;

/** The resource a metric id belongs to: the id without `/providers/Microsoft.Insights/metrics/…`. */
export function azureResourceOfMetricId(id: string): string {
  return id.replace(/\/providers\/microsoft\.insights\/metrics\b.*$/i, "");
}

/**
 * Series of the JSON output of `az monitor metrics list --resource <vm or scale set id> --metric
 * "Percentage CPU" "Available Memory Bytes" --interval PT5M --aggregation Average Maximum`
 * (`value[].name.value`, `value[].timeseries[].data[]` with `timeStamp`, `average`, `maximum`).
 * The resource is `value[].id` without its `/providers/Microsoft.Insights/metrics/…` tail; `Available
 * Memory Bytes` becomes percent used with the VM size's memory from the catalog (the size comes from
 * the `--map` entry's `instanceType` or an `az vm list` inventory). Points whose `average` is null
 * are gaps, reported.
 */
export function azureMonitorSeries(page: ExportPage, ctx: ImportContext): MetricSeries[] {
  const { file, doc } = page;
  const d = doc as { interval?: unknown; value: unknown[] };
  const stated = typeof d.interval === "string" ? durationSeconds(d.interval) : undefined;
  if (d.interval !== undefined && stated === undefined)
    problem(
      ctx,
      `${file} interval`,
      d.interval,
      "is not a duration",
      'pass the CLI output unchanged (e.g. "PT5M")',
    );
  const out: MetricSeries[] = [];
  d.value.forEach((raw, i) => {
    const where = `${file} value[${i}]`;
    const v = raw as {
      id?: unknown;
      name?: { value?: unknown };
      unit?: unknown;
      errorCode?: unknown;
      errorMessage?: unknown;
      timeseries?: unknown;
    };
    const name = v?.name?.value;
    const known = typeof name === "string" ? METRICS[name] : undefined;
    if (!known) {
      problem(
        ctx,
        `${where}.name.value`,
        name,
        "is a metric other than CPU or memory utilization",
        'export --metric "Percentage CPU" "Available Memory Bytes" (or "Available Memory Percentage")',
      );
      return;
    }
    if (v.errorCode !== undefined && v.errorCode !== "Success") {
      problem(
        ctx,
        `${where}.errorCode`,
        v.errorCode,
        `Azure Monitor could not read the metric (${show(v.errorMessage ?? "")})`,
        "export it again",
      );
      return;
    }
    if (v.unit !== undefined && v.unit !== known.unit) {
      problem(
        ctx,
        `${where}.unit`,
        v.unit,
        `is not ${known.unit}, the unit of ${name}`,
        "pass the CLI output unchanged",
      );
      return;
    }
    if (typeof v.id !== "string" || !Array.isArray(v.timeseries)) {
      problem(
        ctx,
        where,
        raw,
        'has no "id" or "timeseries"',
        "pass the output of az monitor metrics list --output json",
      );
      return;
    }
    const resourceId = azureResourceOfMetricId(v.id);
    const resourceName = resourceId.split("/").pop() ?? resourceId;
    const resolved = resolveTarget([resourceId, resourceName], { resourceId, resourceName }, ctx)!;
    let totalBytes: number | undefined;
    if (known.kind === "bytes") {
      const size = resolved.instanceType;
      const spec = size ? ctx.catalog?.instanceType("azure", size) : undefined;
      if (!spec) {
        problem(
          ctx,
          `${where}.name.value`,
          name,
          size
            ? `needs the memory of VM size ${JSON.stringify(size)}, which the catalog does not know`
            : `is in bytes, and the VM size of ${resourceName} is not known, so the bytes cannot become percent`,
          size
            ? "give a size the catalog knows (lepton-mc catalog --cloud azure), or a --catalog that has it"
            : `pass the output of az vm list --output json as well, or give "instanceType" in the --map entry for ${resourceId}`,
        );
        return;
      }
      totalBytes = spec.memoryGiB * GIB;
    }
    (v.timeseries as unknown[]).forEach((ts, k) => {
      const tsWhere = `${where}.timeseries[${k}]`;
      const data = (ts as { data?: unknown })?.data;
      const meta = (ts as { metadatavalues?: unknown })?.metadatavalues;
      if (!Array.isArray(data)) {
        problem(ctx, `${tsWhere}.data`, data, "is not a list of points", "pass the CLI output unchanged");
        return;
      }
      const samples: Sample[] = [];
      const toPercent = (x: number, at: string): number | undefined => {
        if (known.kind === "used") return checkPercent(ctx, at, x, 'export "Percentage CPU"') ? x : undefined;
        if (known.kind === "available")
          return checkPercent(ctx, at, x, 'export "Available Memory Percentage"') ? 100 - x : undefined;
        if (x < 0 || x > totalBytes!) {
          problem(
            ctx,
            at,
            x,
            x < 0
              ? "is negative"
              : `is more available memory than the VM size has (${round2(totalBytes! / GIB)} GiB of ${resolved.instanceType})`,
            "check the VM size given for this resource (--map instanceType, or az vm list)",
          );
          return undefined;
        }
        return 100 * (1 - x / totalBytes!);
      };
      data.forEach((p, j) => {
        const point = p as { timeStamp?: unknown; average?: unknown; maximum?: unknown; minimum?: unknown };
        const at = `${tsWhere}.data[${j}]`;
        const t = Date.parse(String(point?.timeStamp));
        if (!Number.isFinite(t)) {
          problem(ctx, `${at}.timeStamp`, point?.timeStamp, "is not a time", "pass the CLI output unchanged");
          return;
        }
        if (point.average === null || point.average === undefined) return; // no data in that interval: a gap
        const value = toPercent(point.average as number, `${at}.average`);
        if (value === undefined) return;
        // The busiest moment: the highest CPU, or the least memory available.
        const worst = known.kind === "used" ? point.maximum : point.minimum;
        const peak =
          typeof worst === "number"
            ? toPercent(worst, `${at}.${known.kind === "used" ? "maximum" : "minimum"}`)
            : undefined;
        samples.push({ t, v: value, ...(peak !== undefined ? { peak } : {}) });
      });
      if (samples.length === 0) {
        if (!ctx.issues.some((x) => x.path.startsWith(tsWhere)))
          problem(
            ctx,
            `${tsWhere}.data`,
            undefined,
            `has no average in any of its ${data.length} points: the series is empty`,
            "widen --start-time/--end-time (the VM may have been stopped), and ask for --aggregation Average",
          );
        return;
      }
      out.push({
        id: `${resourceId.toLowerCase()} ${name} ${JSON.stringify(meta ?? [])}`,
        metric: known.metric,
        target: resolved.target,
        samples,
        origin: tsWhere,
        ...(stated !== undefined ? { statedPeriodSeconds: stated } : {}),
        ...(resolved.instanceType ? { instanceType: resolved.instanceType } : {}),
        source: "Azure Monitor metrics",
      });
    });
  });
  return out;
}
