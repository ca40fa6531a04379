import { INVENTORY_CHART_SCRIPT, inventoryHtml } from "./report-inventory";
import { placementsHtmlRows } from "./report-placements";
import { readFileSync } from "node:fs";
import { utilizationHtml } from "./utilization";
import {
  changeVerb,
  costByComponent,
  costGroups,
  coverageLine,
  diffNames,
  nameOf,
  PlanResult,
  signedPct,
  signedUsd,
  totalQualifier,
  usageBasedLine,
  usd,
  violationCounts,
} from "./result";

/** Bars in the component chart before the rest is summed as "other". */
const TOP_COMPONENTS = 12;
/** Resource rows in the report (a 5,000-resource plan stays readable and small). */
const MAX_RESOURCE_ROWS = 2000;

function esc(text: unknown): string {
  return String(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** JSON safe inside a <script> element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

const money = (v: number | null) => (v === null ? "unpriced" : usd(v));

function rows(cells: string[][]): string {
  return cells.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("\n");
}

function section(title: string, head: string[], body: string[][], id: string): string {
  return `<section id="${id}"><h2>${esc(title)}</h2><table><thead><tr>${head
    .map((h) => `<th>${esc(h)}</th>`)
    .join("")}</tr></thead><tbody>${rows(body)}</tbody></table></section>`;
}

/** The chart data: cost per cloud, and per component (the top ones, the rest as "other"). */
function chartData(result: PlanResult) {
  const byComponent = costByComponent(result.priced);
  const top = byComponent.slice(0, TOP_COMPONENTS);
  const rest = byComponent.slice(TOP_COMPONENTS).reduce((s, c) => s + c.monthlyUsd, 0);
  if (rest > 0)
    top.push({
      component: `other (${byComponent.length - TOP_COMPONENTS})`,
      monthlyUsd: Math.round(rest * 100) / 100,
    });
  return {
    clouds: Object.entries(result.totals.byCloud).map(([name, value]) => ({ name, value })),
    components: top.reverse(),
  };
}

/** Renders the two charts with ECharts' SVG renderer (text stays text: searchable, testable). */
const CHART_SCRIPT = `
const data = JSON.parse(document.getElementById("plan-data").textContent);
const money = (v) => "$" + v.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const opts = { renderer: "svg" };
echarts.init(document.getElementById("chart-cloud"), null, opts).setOption({
  animation: false,
  title: { text: "Monthly cost by cloud", left: "center" },
  tooltip: { trigger: "item", valueFormatter: money },
  series: [{ type: "pie", radius: ["35%", "65%"], data: data.clouds,
    label: { formatter: (p) => p.name + ": " + money(p.value) } }],
});
echarts.init(document.getElementById("chart-component"), null, opts).setOption({
  animation: false,
  title: { text: "Monthly cost by component", left: "center" },
  tooltip: { trigger: "axis", valueFormatter: money },
  grid: { left: 8, right: 90, top: 40, bottom: 8, containLabel: true },
  xAxis: { type: "value", axisLabel: { formatter: (v) => "$" + v } },
  yAxis: { type: "category", data: data.components.map((c) => c.component) },
  series: [{ type: "bar", data: data.components.map((c) => c.monthlyUsd),
    label: { show: true, position: "right", formatter: (p) => money(p.value) } }],
});
document.body.dataset.chartsReady = "true";
`;

const STYLE = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 24px; color: #1d2433; }
h1 { font-size: 20px; margin: 0 0 4px; } h2 { font-size: 16px; margin: 28px 0 8px; }
.cards { display: flex; gap: 12px; flex-wrap: wrap; margin: 16px 0; }
.card { border: 1px solid #d8dde6; border-radius: 8px; padding: 10px 14px; min-width: 150px; }
.card b { display: block; font-size: 20px; } .bad { color: #b3261e; } .ok { color: #1b7f3b; }
#total-note { display: block; max-width: 340px; font-size: 12px; }
.charts { display: flex; gap: 16px; flex-wrap: wrap; } .chart { width: 520px; height: 360px; }
table { border-collapse: collapse; } th, td { border-bottom: 1px solid #e4e7ee; padding: 4px 10px; text-align: left; }
td.num, th.num { text-align: right; } code { font-size: 12px; }
`;

/**
 * A self-contained HTML report (ECharts inlined, no network): summary cards (cost, budget,
 * violations, resources, coverage), charts of the cost by cloud and by component, the baseline
 * diff, violations, remediations and every resource (a usage-based one's note lists its unit prices).
 */
export function htmlReport(result: PlanResult): string {
  const echarts = readFileSync(require.resolve("echarts/dist/echarts.common.min.js"), "utf8");
  const counts = violationCounts(result.violations);
  const b = result.budget;
  // What the total leaves out, after the amount (` fixed + usage-based charges on …`), trimmed.
  const totalNote = totalQualifier(result, {
    unitPrices: "in the resources' notes",
    unpriced: "see Resources",
  }).trim();
  const cards = [
    `<div class="card" id="card-total">Monthly cost<b>${esc(usd(result.totals.monthlyUsd))}</b>${result.diff ? `${esc(signedUsd(result.diff.totals.deltaUsd))} (${esc(signedPct(result.diff.totals.deltaPct))}) ${esc(diffNames(result).vs)}` : ""}${totalNote ? `<span id="total-note">${esc(totalNote)}</span>` : ""}</div>`,
    `<div class="card" id="card-budget">Budget<b class="${b ? (b.exceeded ? "bad" : "ok") : ""}">${b ? `${esc(usd(b.projectedUsd))} of ${esc(usd(b.limitUsd))}` : "none set"}</b>${b ? (b.exceeded ? "exceeded" : "within budget") : ""}</div>`,
    `<div class="card" id="card-violations">Violations<b class="${counts.mandatory ? "bad" : "ok"}">${counts.mandatory ?? 0} mandatory</b>${counts.advisory ?? 0} advisory</div>`,
    `<div class="card" id="card-resources">Resources<b>${result.entries.length}</b>${result.totals.unpriced} not priced</div>`,
    `<div class="card" id="card-coverage">Coverage<b>${result.coverage.pct === null ? "—" : `${result.coverage.pct} %`}</b>${esc(coverageLine(result.coverage))}${result.totals.usageBased ? `<br>${result.totals.usageBased} usage-based (fixed part only)` : ""}</div>`,
  ].join("\n");
  const usageLine = usageBasedLine(result.totals.usageBased);

  const parts: string[] = [];
  parts.push(
    section(
      "Cost by cloud, region and component",
      ["cloud", "region", "component", "resources", "$/month"],
      costGroups(result.priced).map((g) => [
        esc(g.cloud),
        esc(g.region),
        esc(g.component),
        String(g.count),
        esc(usd(g.monthlyUsd)),
      ]),
      "groups",
    ),
  );
  const inventory = inventoryHtml(result, esc);
  if (inventory) parts.push(inventory.html);
  if (result.diff) {
    const d = result.diff;
    parts.push(
      section(
        `${diffNames(result).title}: ${signedUsd(d.totals.deltaUsd)} (${signedPct(d.totals.deltaPct)})`,
        ["change", "resource", "type", "before", "after"],
        [
          ...d.added.map((e) => [
            "added",
            esc(e.name),
            `<code>${esc(e.type)}</code>`,
            "",
            esc(money(e.monthlyUsd)),
          ]),
          ...d.removed.map((e) => [
            "removed",
            esc(e.name),
            `<code>${esc(e.type)}</code>`,
            esc(money(e.monthlyUsd)),
            "",
          ]),
          ...d.changed.map((c) => [
            changeVerb(result, c.urn),
            esc(c.name),
            `<code>${esc(c.type)}</code>`,
            esc(money(c.beforeUsd)),
            esc(money(c.afterUsd)),
          ]),
        ],
        "diff",
      ),
    );
  }
  if (result.policy)
    parts.push(
      section(
        `Policy violations (${result.violations.length})`,
        ["level", "policy", "resource", "message"],
        result.violations.map((v) => [
          esc(v.level),
          `<code>${esc(v.policy)}</code>`,
          esc(nameOf(v.urn)),
          esc(v.message),
        ]),
        "violations",
      ),
    );
  if (result.remediations.length > 0)
    parts.push(
      section(
        "Remediations",
        ["policy", "resource", "changed", "diagnostic"],
        result.remediations.map((m) => [
          esc(m.policy),
          esc(nameOf(m.urn)),
          esc(m.changed.join(", ")),
          esc(m.diagnostic ?? ""),
        ]),
        "remediations",
      ),
    );
  parts.push(
    section(
      `Resources (${result.entries.length})`,
      ["resource", "type", "cloud", "region", "$/month", "note"],
      result.entries
        .slice(0, MAX_RESOURCE_ROWS)
        .map((e) => [
          esc(e.name),
          `<code>${esc(e.type)}</code>`,
          esc(e.cloud ?? ""),
          esc(e.region ?? ""),
          esc(money(e.monthlyUsd)),
          esc(e.note),
        ]),
      "resources",
    ),
  );
  if (result.entries.length > MAX_RESOURCE_ROWS)
    parts.push(
      `<p>… ${result.entries.length - MAX_RESOURCE_ROWS} more resources: see <code>lepton-mc plan --json</code>.</p>`,
    );
  const utilization = utilizationHtml(result.utilization, esc);
  if (utilization.section) parts.push(utilization.section);
  const placed = placementsHtmlRows(result.placements);
  if (placed.body.length > 0)
    parts.push(
      section(
        "Placements",
        placed.head,
        placed.body.map((r) => r.map(esc)),
        "placements",
      ),
    );
  if (result.notes.length > 0)
    parts.push(
      `<section id="notes"><h2>Notes</h2><ul>${result.notes.map((n) => `<li>${esc(n)}</li>`).join("")}</ul></section>`,
    );

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Lepton plan: ${esc(result.project.name)} (${esc(result.project.stack)})</title>
<style>${STYLE}</style></head>
<body>
<h1>Lepton plan: ${esc(result.project.name)} <small>(stack ${esc(result.project.stack)})</small></h1>
<div class="cards">${cards}</div>
${usageLine ? `<p id="usage-based" class="bad">${esc(usageLine)}</p>` : ""}
<div class="charts"><div class="chart" id="chart-cloud"></div><div class="chart" id="chart-component"></div>${utilization.chart}</div>
${parts.join("\n")}
<script type="application/json" id="plan-data">${scriptJson(chartData(result))}</script>
<script>${echarts.replace(/<\/script/gi, "<\\/script")}</script>
<script>${CHART_SCRIPT}</script>
${inventory ? `<script type="application/json" id="inventory-data">${scriptJson(inventory.data)}</script>\n<script>${INVENTORY_CHART_SCRIPT}</script>\n` : ""}${utilization.script}
</body></html>
`;
}
