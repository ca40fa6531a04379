import { show } from "../errors";
import { tagSpellings } from "../tags";
import type { ExportPage } from "./cloudwatch";
import { ImportContext, MetricSeries, problem, resolveTarget, Sample, SeriesTarget } from "./series";

/** Cloud Monitoring metric types the importer reads, their metric and the unit their points are in. */
const METRIC_TYPES: Record<string, { metric: "cpu" | "memory"; unit: "fraction" | "percent" }> = {
  // A GAUGE of DOUBLE in unit 10^2.%: 0.517 is 51.7 %.
  "compute.googleapis.com/instance/cpu/utilization": { metric: "cpu", unit: "fraction" },
  // The Ops Agent's memory, in %, one series per state: the `used` state is the utilization.
  "agent.googleapis.com/memory/percent_used": { metric: "memory", unit: "percent" },
};

/** UCUM units of a response (`unit`): `10^2.%` is a 0–1 fraction shown as percent; `%` is percent. */
const UNITS: Record<string, "fraction" | "percent"> = { "10^2.%": "fraction", "%": "percent" };

const COMPONENT_LABELS = tagSpellings("lepton:component");

/**
 * Series of Cloud Monitoring `projects.timeSeries.list` responses (JSON, one file per page:
 * `timeSeries[]`, `nextPageToken`, `unit`): `compute.googleapis.com/instance/cpu/utilization`
 * (`points[].value.doubleValue` as a 0–1 fraction, turned into percent) and the Ops Agent's
 * `agent.googleapis.com/memory/percent_used` (state `used`, percent). The resource is
 * `resource.labels.instance_id` with `metric.labels.instance_name`; a series split over pages is
 * joined. The last page must not carry a `nextPageToken`: the listing would go on.
 */
export function cloudMonitoringSeries(pages: readonly ExportPage[], ctx: ImportContext): MetricSeries[] {
  const out: MetricSeries[] = [];
  const last = pages[pages.length - 1];
  const token = (last?.doc as { nextPageToken?: unknown })?.nextPageToken;
  if (typeof token === "string" && token !== "")
    problem(
      ctx,
      `${last.file} nextPageToken`,
      token,
      "the listing goes on after this page",
      "fetch the next page (the same request with pageToken set to this token) until a page has no nextPageToken, and pass every page in order",
    );
  let otherStates = 0;
  for (const { file, doc } of pages) {
    const d = doc as { timeSeries?: unknown[]; unit?: unknown; executionErrors?: unknown[] };
    if (Array.isArray(d.executionErrors) && d.executionErrors.length > 0)
      ctx.warnings.push(
        `${file} executionErrors: Cloud Monitoring says the data may be incomplete (${show(d.executionErrors[0])})`,
      );
    if (d.unit !== undefined && !(typeof d.unit === "string" && d.unit in UNITS)) {
      problem(
        ctx,
        `${file} unit`,
        d.unit,
        d.unit === "{not_a_unit}"
          ? "the page mixes units (several metric types)"
          : "is not a utilization unit (10^2.% or %)",
        'list one metric type per request: filter metric.type = "compute.googleapis.com/instance/cpu/utilization"',
      );
      continue;
    }
    (d.timeSeries ?? []).forEach((raw, i) => {
      const where = `${file} timeSeries[${i}]`;
      const ts = raw as {
        metric?: { type?: unknown; labels?: Record<string, string> };
        resource?: { type?: unknown; labels?: Record<string, string> };
        metadata?: { userLabels?: Record<string, string>; systemLabels?: Record<string, unknown> };
        points?: unknown;
        valueType?: unknown;
      };
      const type = ts?.metric?.type;
      const known = typeof type === "string" ? METRIC_TYPES[type] : undefined;
      if (!known) {
        problem(
          ctx,
          `${where}.metric.type`,
          type,
          "is a metric other than CPU or memory utilization",
          'list metric.type = "compute.googleapis.com/instance/cpu/utilization" (or the Ops Agent\'s agent.googleapis.com/memory/percent_used)',
        );
        return;
      }
      const labels = ts.metric?.labels ?? {};
      if (known.metric === "memory" && labels.state !== undefined && labels.state !== "used") {
        otherStates++;
        return;
      }
      const unit = typeof d.unit === "string" ? UNITS[d.unit] : known.unit;
      const res = ts.resource?.labels ?? {};
      const instanceId = res.instance_id;
      const instanceName = labels.instance_name;
      if (ts.resource?.type !== "gce_instance" || typeof instanceId !== "string") {
        problem(
          ctx,
          `${where}.resource`,
          ts.resource,
          "is not a Compute Engine instance (resource.type gce_instance with labels.instance_id)",
          'filter resource.type = "gce_instance", and do not reduce across instances',
        );
        return;
      }
      if (!Array.isArray(ts.points)) {
        problem(
          ctx,
          `${where}.points`,
          ts.points,
          "is not a list of points",
          "pass the API response unchanged",
        );
        return;
      }
      const fallback: SeriesTarget = {
        resourceId: instanceId,
        ...(instanceName ? { resourceName: instanceName } : {}),
      };
      const userLabels = ts.metadata?.userLabels ?? {};
      const component = COMPONENT_LABELS.map((k) => userLabels[k]).find((v) => typeof v === "string");
      const resolved = resolveTarget(
        [instanceId, ...(instanceName ? [instanceName, `${res.zone}/${instanceName}`] : [])],
        component ? { tag: { key: "lepton:component", value: component } } : fallback,
        ctx,
      )!;
      const machineType = ts.metadata?.systemLabels?.machine_type;
      const instanceType =
        resolved.instanceType ?? (typeof machineType === "string" ? machineType : undefined);
      const samples: Sample[] = [];
      let period: number | undefined;
      (ts.points as unknown[]).forEach((p, j) => {
        const at = `${where}.points[${j}]`;
        const point = p as {
          interval?: { startTime?: unknown; endTime?: unknown };
          value?: Record<string, unknown>;
        };
        const end = Date.parse(String(point?.interval?.endTime));
        if (!Number.isFinite(end)) {
          problem(
            ctx,
            `${at}.interval.endTime`,
            point?.interval?.endTime,
            "is not a time",
            "pass the API response unchanged",
          );
          return;
        }
        const start =
          point.interval?.startTime === undefined ? end : Date.parse(String(point.interval.startTime));
        if (end > start) period = (end - start) / 1000;
        const raw = point.value?.doubleValue ?? point.value?.int64Value;
        const x = typeof raw === "string" ? Number(raw) : raw;
        if (typeof x !== "number" || !Number.isFinite(x)) {
          problem(ctx, `${at}.value`, point.value, "has no doubleValue", "pass the API response unchanged");
          return;
        }
        if (unit === "fraction" && (x < 0 || x > 1)) {
          problem(
            ctx,
            `${at}.value.doubleValue`,
            x,
            x < 0
              ? "is negative"
              : `is above 1: ${type} is a 0–1 fraction (unit 10^2.%), so this looks like a figure already in percent`,
            "pass the API response unchanged; percent figures belong in the lepton-observed-utilization format",
          );
          return;
        }
        if (unit === "percent" && (x < 0 || x > 100)) {
          problem(
            ctx,
            `${at}.value.doubleValue`,
            x,
            `is ${x < 0 ? "negative" : "above 100"}`,
            "pass the API response unchanged",
          );
          return;
        }
        samples.push({ t: end, v: unit === "fraction" ? x * 100 : x });
      });
      if (samples.length === 0) {
        if (!ctx.issues.some((x) => x.path.startsWith(where)))
          problem(
            ctx,
            `${where}.points`,
            undefined,
            "the series is empty",
            "widen interval.startTime/interval.endTime (the instance may have been stopped)",
          );
        return;
      }
      out.push({
        id: `${type} ${JSON.stringify(res)} ${JSON.stringify(labels)}`,
        metric: known.metric,
        target: resolved.target,
        samples,
        origin: where,
        ...(period !== undefined ? { statedPeriodSeconds: period } : {}),
        ...(instanceType ? { instanceType } : {}),
        source: "Cloud Monitoring timeSeries.list",
      });
    });
  }
  if (otherStates > 0)
    ctx.warnings.push(
      `${otherStates} memory series of states other than "used" were left out (free, cached …)`,
    );
  return out;
}
