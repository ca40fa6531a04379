import { table } from "../format/table";
import type { Inventory, InventoryRow } from "./inventory";
import { PlanResult, usd } from "./result";

/** Groups shown per dimension before the rest is summed in one row. */
const TOP = 8;
/** Bars of the HTML breakdown chart before the rest is summed as "other". */
const TOP_BARS = 12;

/** One way of grouping the inventory, for every format. */
interface Dimension {
  id: string;
  label: string;
  rows: InventoryRow[];
}

/** The inventory's dimensions in reading order; tags last, each its own dimension. */
function dimensions(inv: Inventory): Dimension[] {
  return [
    { id: "cloud", label: "cloud", rows: inv.byCloud },
    { id: "region", label: "region", rows: inv.byRegion },
    { id: "type", label: "resource type", rows: inv.byType },
    { id: "component", label: "component", rows: inv.byComponent },
    ...(inv.byStack.length > 0 ? [{ id: "stack", label: "stack", rows: inv.byStack }] : []),
    ...inv.byTag.map((t) => ({ id: `tag:${t.tag}`, label: `tag ${t.tag}`, rows: t.rows })),
  ].filter((d) => d.rows.length > 0);
}

/** The first `n` rows, the rest summed as one `… k more` row. */
function top(rows: readonly InventoryRow[], n: number, label = (k: number) => `… ${k} more`): InventoryRow[] {
  if (rows.length <= n) return [...rows];
  const rest = rows.slice(n);
  return [
    ...rows.slice(0, n),
    {
      key: label(rest.length),
      resources: rest.reduce((s, r) => s + r.resources, 0),
      monthlyUsd: Math.round(rest.reduce((s, r) => s + r.monthlyUsd, 0) * 100) / 100,
      unpriced: rest.reduce((s, r) => s + r.unpriced, 0),
    },
  ];
}

const count = (r: InventoryRow) => `${r.resources}${r.unpriced ? ` (${r.unpriced} unpriced)` : ""}`;

/** `Preview: 2 create, 1 update, 1 replace, 1 delete, 7 same` from a preview's own counts. */
function changeLine(result: PlanResult): string | undefined {
  const change = result.source?.change;
  if (!change) return undefined;
  const order = ["create", "update", "replace", "delete", "same"];
  const keys = Object.keys(change.summary).sort(
    (a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || a.localeCompare(b),
  );
  const counts = keys.map((k) => `${change.summary[k]} ${k}`).join(", ");
  return `Preview: ${counts || "no steps"}${change.complete ? "" : " (unchanged resources counted, not listed)"}`;
}

/** The per-stack rows, when several stacks were read. */
function stackRows(result: PlanResult): string[][] {
  const stacks = result.source?.stacks ?? [];
  return stacks.length > 1
    ? stacks.map((s) => [
        `${s.project}/${s.stack}`,
        s.file,
        `${s.billable}${s.unpriced ? ` (${s.unpriced} unpriced)` : ""}`,
        usd(s.monthlyUsd),
      ])
    : [];
}

/** The sources, the per-stack breakdown and the inventory for the table report (undefined for a program plan). */
export function inventoryTable(result: PlanResult): string | undefined {
  const { source, inventory } = result;
  if (!source || !inventory) return undefined;
  const out: string[] = [];
  out.push(
    `Read from ${source.kind === "preview" ? "pulumi preview --json" : "pulumi stack export"}: ${source.stacks.map((s) => `${s.file} (${s.project}/${s.stack})`).join(", ")}`,
  );
  const line = changeLine(result);
  if (line) out.push(line);
  const stacks = stackRows(result);
  if (stacks.length > 0) {
    const t = table(["stack", "file", "billable", "$/month"]);
    for (const r of stacks) t.push(r);
    out.push(t.toString());
  }
  const dims = dimensions(inventory);
  if (dims.length > 0) {
    const t = table(["by", "group", "resources", "$/month"]);
    for (const d of dims)
      top(d.rows, TOP).forEach((r, i) =>
        t.push([i === 0 ? d.label : "", r.key, count(r), usd(r.monthlyUsd)]),
      );
    out.push("Inventory:");
    out.push(t.toString());
  }
  return out.join("\n");
}

/** The same for the Markdown comment; `cell` escapes table cells. */
export function inventoryMarkdown(result: PlanResult, cell: (s: string) => string): string | undefined {
  const { source, inventory } = result;
  if (!source || !inventory) return undefined;
  let md = `Read from ${source.kind === "preview" ? "`pulumi preview --json`" : "`pulumi stack export`"}: ${source.stacks.map((s) => `\`${cell(s.file)}\` (${cell(`${s.project}/${s.stack}`)})`).join(", ")}\n\n`;
  const line = changeLine(result);
  if (line) md += `${line}\n\n`;
  const stacks = stackRows(result);
  if (stacks.length > 0) {
    md += "#### Cost by stack\n\n| stack | file | billable | $/month |\n|---|---|---:|---:|\n";
    for (const r of stacks) md += `| ${r.map(cell).join(" | ")} |\n`;
    md += "\n";
  }
  md += "<details><summary>Inventory: by cloud, region, type, component, stack and cost tag</summary>\n\n";
  md += "| by | group | resources | $/month |\n|---|---|---:|---:|\n";
  for (const d of dimensions(inventory))
    top(d.rows, TOP).forEach(
      (r, i) =>
        (md += `| ${i === 0 ? cell(d.label) : ""} | ${cell(r.key)} | ${count(r)} | ${usd(r.monthlyUsd)} |\n`),
    );
  return md + "\n</details>\n";
}

/**
 * The HTML sections (per stack, and the inventory with a chart whose dimension a menu picks), and
 * the chart's data; undefined for a program plan. `esc` escapes text for HTML.
 */
export function inventoryHtml(
  result: PlanResult,
  esc: (s: unknown) => string,
): { html: string; data: object } | undefined {
  const { source, inventory } = result;
  if (!source || !inventory) return undefined;
  const dims = dimensions(inventory);
  const rows = (body: string[][]) =>
    body.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join("")}</tr>`).join("\n");
  const head = (cols: string[]) =>
    `<thead><tr>${cols.map((c) => `<th>${esc(c)}</th>`).join("")}</tr></thead>`;
  let html = `<section id="source"><h2>Read from ${esc(source.kind === "preview" ? "pulumi preview --json" : "pulumi stack export")}</h2><p>${source.stacks.map((s) => `<code>${esc(s.file)}</code> (${esc(`${s.project}/${s.stack}`)})`).join(", ")}</p>`;
  const line = changeLine(result);
  if (line) html += `<p id="change-summary">${esc(line)}</p>`;
  const stacks = stackRows(result);
  if (stacks.length > 0)
    html += `<table id="stacks">${head(["stack", "file", "billable", "$/month"])}<tbody>${rows(stacks.map((r) => r.map(esc)))}</tbody></table>`;
  html += `</section>\n<section id="inventory"><h2>Inventory</h2>`;
  html += `<label>Monthly cost by <select id="inventory-dimension">${dims.map((d) => `<option value="${esc(d.id)}">${esc(d.label)}</option>`).join("")}</select></label>`;
  html += `<div class="chart" id="chart-inventory"></div>`;
  html += `<table>${head(["by", "group", "resources", "$/month"])}<tbody>${rows(
    dims.flatMap((d) =>
      top(d.rows, TOP).map((r, i) => [
        i === 0 ? esc(d.label) : "",
        esc(r.key),
        esc(count(r)),
        esc(usd(r.monthlyUsd)),
      ]),
    ),
  )}</tbody></table></section>`;
  const data = {
    dimensions: dims.map((d) => ({
      id: d.id,
      label: d.label,
      // Bars bottom-up: the most expensive on top.
      rows: top(d.rows, TOP_BARS, (k) => `other (${k})`)
        .map((r) => ({ key: r.key, monthlyUsd: r.monthlyUsd }))
        .reverse(),
    })),
  };
  return { html, data };
}

/** Draws the inventory chart for the dimension the menu picks (ECharts, SVG, like the other charts). */
export const INVENTORY_CHART_SCRIPT = `
(() => {
  const inv = JSON.parse(document.getElementById("inventory-data").textContent);
  const fmt = (v) => "$" + v.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const chart = echarts.init(document.getElementById("chart-inventory"), null, { renderer: "svg" });
  const pick = document.getElementById("inventory-dimension");
  const draw = () => {
    const d = inv.dimensions.find((x) => x.id === pick.value) || inv.dimensions[0];
    chart.setOption({
      animation: false,
      title: { text: "Monthly cost by " + d.label, left: "center" },
      tooltip: { trigger: "axis", valueFormatter: fmt },
      grid: { left: 8, right: 90, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: "value", axisLabel: { formatter: (v) => "$" + v } },
      yAxis: { type: "category", data: d.rows.map((r) => r.key) },
      series: [{ type: "bar", data: d.rows.map((r) => r.monthlyUsd),
        label: { show: true, position: "right", formatter: (p) => fmt(p.value) } }],
    }, true);
    document.body.dataset.inventoryShown = d.id;
  };
  pick.addEventListener("change", draw);
  draw();
  document.body.dataset.inventoryReady = "true";
})();
`;
