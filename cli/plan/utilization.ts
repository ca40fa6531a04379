import { readFileSync } from "node:fs";
import type { Catalog } from "../../sdk/catalog/catalog";
import { balancedLoad, optimizedCost } from "../../sdk/cost/formulas";
import {
  ExportFormat,
  EXPORT_FORMATS,
  importUtilization,
  UtilizationImport,
} from "../../sdk/observed/import";
import { parseImportMap } from "../../sdk/observed/series";
import { oneOf } from "../../sdk/units/checks";
import { table } from "../format/table";
import { UsageError } from "../errors";
import type { PlacedThing } from "../../sdk/placement/ledger";
import {
  DEFAULT_OPTIMIZE_SETTINGS,
  describeEdit,
  Machine,
  optimize,
  OptimizeResult,
  OptimizeSettings,
  Proposal,
  RAW_LABELS,
} from "./optimize";
import { describeEntry } from "./placements";
import type { PricedResource } from "./pricing";
import type { RecordedResource } from "./recorder";
import { usd } from "./result";

/** Reads a JSON file, or a UsageError naming the option, the file and the fix. */
function readJson(option: string, file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      `${option} ${file}: ${code === "ENOENT" ? "no such file" : `cannot read it (${code})`}`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new UsageError(
      `${option} ${file}: is not valid JSON (${(e as Error).message}); pass the cloud CLI's JSON output (--output json) unchanged`,
    );
  }
}

/** Where observed utilization comes from: exports or observed-utilization files, a map, a forced format. */
export interface UtilizationSources {
  files: string[];
  /** `--map FILE` (see `parseImportMap`). */
  map?: string;
  /** `--from`: read every export as this cloud's format. */
  from?: string;
  /** Fewer samples than this are reported. */
  minSamples?: number;
}

/**
 * Reads utilization files of any supported format (exports of the three clouds, inventories,
 * observed-utilization documents) into one observed-utilization document.
 * @param option the option the files came from, for messages (`--utilization`, `FILE`).
 * @throws UsageError for unreadable files and a bad --from; ValidationError (exit 2) for bad input.
 */
export function readUtilization(
  option: string,
  src: UtilizationSources,
  catalog: Catalog,
): UtilizationImport {
  if (src.files.length === 0) throw new UsageError(`${option}: give at least one file`);
  if (src.from !== undefined && !(EXPORT_FORMATS as readonly string[]).includes(src.from))
    throw new UsageError(
      `--from: ${JSON.stringify(src.from)} is not valid; ${oneOf(EXPORT_FORMATS, src.from)}`,
    );
  const inputs = src.files.map((file) => ({ file, doc: readJson(option, file) }));
  const map = src.map ? parseImportMap(readJson("--map", src.map), src.map) : undefined;
  return importUtilization(inputs, {
    catalog,
    ...(map ? { map } : {}),
    ...(src.from ? { from: src.from as ExportFormat } : {}),
    ...(src.minSamples !== undefined ? { minSamples: src.minSamples } : {}),
  });
}

/** Runs optimize over a recorded program with observations read from files. */
export function optimizeRecorded(
  resources: readonly RecordedResource[],
  priced: readonly PricedResource[],
  ledger: readonly PlacedThing[],
  catalog: Catalog,
  config: Record<string, string>,
  src: UtilizationSources,
  settings: OptimizeSettings = DEFAULT_OPTIMIZE_SETTINGS,
  option = "--utilization",
): OptimizeResult & { warnings: string[] } {
  const imported = readUtilization(option, { ...src, minSamples: settings.minSamples }, catalog);
  const result = optimize(
    { resources, priced, ledger, catalog, config, observations: imported.doc, origin: src.files.join(", ") },
    settings,
  );
  if (imported.unusedMapKeys.length > 0)
    result.notes.push(`--map keys no series used: ${imported.unusedMapKeys.join(", ")}`);
  return { ...result, warnings: imported.warnings };
}

const where = (ms: readonly Machine[], pool = ms.length > 1) =>
  ms
    .map((m) => `${m.cloud} ${m.region} ${m.instanceType}${m.count !== 1 || pool ? ` ×${m.count}` : ""}`)
    .join(", ");

/** `MultiCloudVm`, `BalancedPool`, `aws.ec2.Instance`: a kind for people. */
export function kindLabel(kind: string): string {
  return RAW_LABELS[kind] ?? kind;
}
const p = (x: number | undefined) => (x === undefined ? "—" : `${x} %`);

// ---------------------------------------------------------------------------------------------
// The plan's utilization section: per unit p95 against what it declared, the seed's formulas, and
// the optimization rate.

/** The utilization section of a plan (`plan --utilization`). */
export interface UtilizationView {
  items: {
    key: string;
    kind: string;
    cpuP95: number | null;
    cpuP95After: number | null;
    memoryP95: number | null;
    expectedPct: number | null;
    current: string;
    proposed: string;
    monthlySavingUsd: number;
    formulas: string[];
    risks: string[];
  }[];
  /** Saving of every proposal over the plan's monthly cost (seed §4.4's savings rate). */
  optimizationRatePct: number;
  monthlySavingUsd: number;
  planMonthlyUsd: number;
  /** optimizedCost(plan cost, rate): the plan's cost after the proposals (seed §4.4). */
  optimizedMonthlyUsd: number;
  /** balancedLoad over the observed units' mean CPU (seed §4.2), percent; null without means. */
  averageUtilizationPct: number | null;
  cpuTargetPct: number;
  memoryTargetPct: number;
  unobserved: string[];
  notes: string[];
  source: string | null;
}

/** The utilization section of a plan from an optimize run over the same program. */
export function utilizationView(
  r: OptimizeResult & { warnings?: string[] },
  planMonthlyUsd: number,
): UtilizationView {
  const saving = r.totals.monthlySavingUsd;
  const rate = planMonthlyUsd > 0 ? Math.min(1, Math.max(0, saving / planMonthlyUsd)) : 0;
  const means = r.items.map((i) => i.cpu?.mean).filter((m): m is number => m !== undefined);
  return {
    items: r.items.map((i) => ({
      key: i.key,
      kind: i.kind,
      cpuP95: i.cpu?.p95 ?? null,
      cpuP95After: i.cpu?.p95After ?? null,
      memoryP95: i.memory?.p95 ?? null,
      expectedPct: i.expectedPct ?? null,
      current: where(i.current, i.kind === "BalancedPool"),
      proposed: where(i.proposed, i.kind === "BalancedPool"),
      monthlySavingUsd: i.monthlySavingUsd,
      formulas: i.formulas,
      risks: i.risks,
    })),
    optimizationRatePct: Math.round(rate * 1000) / 10,
    monthlySavingUsd: saving,
    planMonthlyUsd,
    optimizedMonthlyUsd: Math.round(optimizedCost(planMonthlyUsd, rate) * 100) / 100,
    averageUtilizationPct: means.length > 0 ? Math.round(balancedLoad(means) * 10) / 10 : null,
    cpuTargetPct: r.settings.cpuTargetPct,
    memoryTargetPct: r.settings.memoryTargetPct,
    unobserved: r.unobserved,
    notes: [...(r.warnings ?? []), ...r.notes],
    source: r.source ?? null,
  };
}

const HEAD = [
  "unit",
  "kind",
  "p95 CPU",
  "expected",
  "p95 memory",
  "now",
  "proposed",
  "p95 CPU after",
  "saves $/month",
];

function viewRows(v: UtilizationView): string[][] {
  return v.items.map((i) => [
    i.key,
    kindLabel(i.kind),
    p(i.cpuP95 ?? undefined),
    p(i.expectedPct ?? undefined),
    p(i.memoryP95 ?? undefined),
    i.current,
    i.proposed,
    p(i.cpuP95After ?? undefined),
    usd(i.monthlySavingUsd),
  ]);
}

/** The summary line of the utilization section. */
export function utilizationSummary(v: UtilizationView): string {
  const avg =
    v.averageUtilizationPct === null
      ? ""
      : `; average utilization (balanced load, seed §4.2) ${v.averageUtilizationPct} %`;
  return (
    `optimization rate ${v.optimizationRatePct} % (${usd(v.monthlySavingUsd)} of ${usd(v.planMonthlyUsd)}/month); ` +
    `optimized cost (seed §4.4) ${usd(v.planMonthlyUsd)} × (1 − ${(v.optimizationRatePct / 100).toFixed(3)}) = ${usd(v.optimizedMonthlyUsd)}/month${avg}; ` +
    `targets p95 CPU ${v.cpuTargetPct} %, memory ${v.memoryTargetPct} %`
  );
}

/** The utilization section of the table report; empty without `--utilization`. */
export function utilizationTable(v: UtilizationView | undefined): string {
  if (!v) return "";
  const t = table(HEAD);
  for (const r of viewRows(v)) t.push(r);
  const out = [`Utilization${v.source ? ` (${v.source})` : ""}: ${utilizationSummary(v)}`, t.toString()];
  for (const i of v.items) for (const f of i.formulas) out.push(`  ${i.key}: ${f}`);
  if (v.unobserved.length > 0) out.push(`  not observed: ${v.unobserved.join(", ")}`);
  return out.join("\n");
}

/** The utilization section of the Markdown report. */
export function utilizationMarkdown(v: UtilizationView | undefined, cell: (s: string) => string): string {
  if (!v) return "";
  let md = `### Utilization\n\n${utilizationSummary(v)}.\n\n| ${HEAD.join(" | ")} |\n|${HEAD.map(() => "---").join("|")}|\n`;
  for (const r of viewRows(v)) md += `| ${r.map(cell).join(" | ")} |\n`;
  const formulas = v.items.flatMap((i) => i.formulas.map((f) => `- ${cell(i.key)}: ${cell(f)}`));
  if (formulas.length > 0)
    md += `\n<details><summary>Formulas</summary>\n\n${formulas.join("\n")}\n\n</details>\n`;
  return md;
}

/** The utilization section and chart of the HTML report (the chart script uses the inlined ECharts). */
export function utilizationHtml(
  v: UtilizationView | undefined,
  esc: (s: unknown) => string,
): { chart: string; section: string; script: string } {
  if (!v) return { chart: "", section: "", script: "" };
  const rows = viewRows(v)
    .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`)
    .join("\n");
  const formulas = v.items
    .flatMap((i) => i.formulas.map((f) => `<li><b>${esc(i.key)}</b>: ${esc(f)}</li>`))
    .join("");
  const section = `<section id="utilization"><h2>Utilization</h2><p>${esc(utilizationSummary(v))}</p><table><thead><tr>${HEAD.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead><tbody>${rows}</tbody></table>${formulas ? `<ul class="formulas">${formulas}</ul>` : ""}</section>`;
  const data = {
    units: v.items.map((i) => i.key),
    p95: v.items.map((i) => i.cpuP95),
    after: v.items.map((i) => i.cpuP95After),
    expected: v.items.map((i) => i.expectedPct),
    target: v.cpuTargetPct,
  };
  const script = `<script type="application/json" id="utilization-data">${JSON.stringify(data).replace(/</g, "\\u003c")}</script>
<script>
(() => {
  const u = JSON.parse(document.getElementById("utilization-data").textContent);
  echarts.init(document.getElementById("chart-utilization"), null, { renderer: "svg" }).setOption({
    animation: false,
    title: { text: "p95 CPU by unit (target " + u.target + " %)", left: "center" },
    tooltip: { trigger: "axis" },
    legend: { bottom: 0 },
    grid: { left: 8, right: 16, top: 40, bottom: 40, containLabel: true },
    xAxis: { type: "category", data: u.units, axisLabel: { rotate: 30 } },
    yAxis: { type: "value", max: 100, axisLabel: { formatter: "{value} %" } },
    series: [
      { name: "observed p95", type: "bar", data: u.p95,
        markLine: { silent: true, symbol: "none", data: [{ yAxis: u.target, name: "target" }] } },
      { name: "expected", type: "bar", data: u.expected },
      { name: "p95 after", type: "bar", data: u.after },
    ],
  });
  document.body.dataset.utilizationReady = "true";
})();
</script>`;
  return { chart: `<div class="chart" id="chart-utilization"></div>`, section, script };
}

// ---------------------------------------------------------------------------------------------
// The output of `lepton-mc optimize`.

function proposalRows(r: OptimizeResult): string[][] {
  return r.items.map((i) => [
    i.key,
    kindLabel(i.kind),
    where(i.current, i.kind === "BalancedPool"),
    where(i.proposed, i.kind === "BalancedPool"),
    usd(i.monthlySavingUsd),
    `${p(i.cpu?.p95)} → ${p(i.cpu?.p95After)}`,
    i.memory ? `${p(i.memory.p95)} → ${p(i.memory.p95After)}` : "—",
    i.risks.length ? String(i.risks.length) : "",
  ]);
}

const PROPOSAL_HEAD = [
  "key",
  "kind",
  "now",
  "proposed",
  "saves $/month",
  "p95 CPU (after)",
  "p95 memory (after)",
  "risks",
];

function totalsLine(r: OptimizeResult): string {
  return `${r.items.length} observed: ${usd(r.totals.currentMonthlyUsd)} → ${usd(r.totals.proposedMonthlyUsd)}/month, saves ${usd(r.totals.monthlySavingUsd)} (${r.totals.savingPct} %) at p95 CPU ≤ ${r.settings.cpuTargetPct} %, memory ≤ ${r.settings.memoryTargetPct} %`;
}

/** Per item: what changes in the program and the lock, and the risks. */
function details(i: Proposal): string[] {
  const out: string[] = [];
  if (i.scaling)
    out.push(
      `scaling: min ${i.scaling.min[0]} → ${i.scaling.min[1]}, desired ${i.scaling.desired[0]} → ${i.scaling.desired[1]}, max ${i.scaling.max[0]} → ${i.scaling.max[1]} (mean load ${i.scaling.meanLoadVcpus} vCPU, peak ${i.scaling.peakLoadVcpus} vCPU, autoscaler at ${i.scaling.autoscalerTargetPct} %)`,
    );
  for (const e of i.edits) out.push(`edit the program: ${e.resource}: ${describeEdit(e)}`);
  for (const l of i.lock) out.push(`lock: ${l.key} at ${describeEntry(l.entry)}`);
  for (const m of i.migrations)
    out.push(
      `migration candidate: ${m.key} to ${describeEntry(m.to)}, saves ${usd(m.monthlySavingUsd)}/month more (${m.savingPct} %)`,
    );
  for (const r of i.risks) out.push(`risk: ${r}`);
  return out;
}

/** `lepton-mc optimize` for people. */
export function optimizeTable(r: OptimizeResult & { warnings?: string[] }): string {
  const out = [`lepton-mc optimize: ${totalsLine(r)}${r.source ? ` [${r.source}]` : ""}`];
  if (r.items.length > 0) {
    const t = table(PROPOSAL_HEAD);
    for (const row of proposalRows(r)) t.push(row);
    out.push(t.toString());
  }
  for (const i of r.items) {
    const d = details(i);
    if (d.length > 0) out.push(`${i.key}:`, ...d.map((x) => `  ${x}`));
  }
  if (r.unobserved.length > 0) out.push(`Not observed (no change proposed): ${r.unobserved.join(", ")}`);
  for (const w of r.warnings ?? []) out.push(`Warning: ${w}`);
  for (const n of r.notes) out.push(`Note: ${n}`);
  return out.join("\n") + "\n";
}

/** `lepton-mc optimize --markdown`: a comment for the pull request that carries the change. */
export function optimizeMarkdown(r: OptimizeResult & { warnings?: string[] }): string {
  const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
  let md = `<!-- lepton-mc-optimize -->\n## Optimize from observed utilization\n\n${totalsLine(r)}.\n\n`;
  if (r.items.length > 0) {
    md += `| ${PROPOSAL_HEAD.join(" | ")} |\n|${PROPOSAL_HEAD.map(() => "---").join("|")}|\n`;
    for (const row of proposalRows(r)) md += `| ${row.map(cell).join(" | ")} |\n`;
    for (const i of r.items) {
      const d = details(i);
      if (d.length > 0) md += `\n**${cell(i.key)}**\n\n${d.map((x) => `- ${cell(x)}`).join("\n")}\n`;
    }
  }
  if (r.unobserved.length > 0) md += `\nNot observed: ${r.unobserved.map(cell).join(", ")}\n`;
  const notes = [...(r.warnings ?? []), ...r.notes];
  if (notes.length > 0) md += `\n${notes.map((n) => `> ${cell(n)}`).join("\n>\n")}\n`;
  return md;
}

/** `lepton-mc optimize --json`. */
export function optimizeJson(r: OptimizeResult & { warnings?: string[] }): object {
  return {
    source: r.source ?? null,
    settings: { ...r.settings, thresholds: r.settings.thresholds },
    totals: r.totals,
    items: r.items,
    unobserved: r.unobserved,
    warnings: r.warnings ?? [],
    notes: r.notes,
  };
}
