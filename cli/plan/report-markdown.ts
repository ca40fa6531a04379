import { inventoryMarkdown } from "./report-inventory";
import { placementsMarkdown } from "./report-placements";
import { utilizationMarkdown } from "./utilization";
import {
  changeVerb,
  costGroups,
  coverageLine,
  diffNames,
  isUsageBased,
  nameOf,
  PlanResult,
  signedPct,
  signedUsd,
  totalCompleteness,
  totalQualifier,
  usageBasedLine,
  usageNote,
  usd,
  violationCounts,
} from "./result";

/** A marker the CI workflow finds to update its earlier comment instead of adding another. */
export const COMMENT_MARKER = "<!-- lepton-mc-plan -->";

const MAX_ROWS = 20;

/** Text safe inside a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

const money = (v: number | null) => (v === null ? "unpriced" : usd(v));

/** `"<n> more"` line for a cut table. */
const more = (n: number, cols: number) => `| … ${n} more |${" |".repeat(cols - 1)}\n`;

/**
 * A pull-request comment: one summary line (cost, coverage, policy, budget), the cost diff against
 * the baseline per cloud, the resources whose cost changed, the policy violations, and what was
 * left out (unpriced resources, usage without quantities).
 */
export function markdownReport(result: PlanResult): string {
  const { diff, budget } = result;
  const counts = violationCounts(result.violations);
  const names = diffNames(result);
  let md = `${COMMENT_MARKER}\n### Lepton plan: \`${result.project.name}\` (stack \`${result.project.stack}\`)\n\n`;

  const parts = [`**${usd(result.totals.monthlyUsd)}/month**`];
  if (diff)
    parts[0] += ` (${signedUsd(diff.totals.deltaUsd)}, ${signedPct(diff.totals.deltaPct)} ${names.vs})`;
  // What the total leaves out, after the amount and its change.
  parts[0] += totalQualifier(result, { unitPrices: "below", unpriced: "listed below" });
  parts.push(coverageLine(result.coverage));
  if (result.policy) {
    const found = ["mandatory", "advisory"].filter((l) => counts[l]).map((l) => `${counts[l]} ${l}`);
    parts.push(found.length ? `policy: ${found.join(", ")}` : "policy: no violations");
  }
  if (budget)
    parts.push(
      `budget ${usd(budget.limitUsd)}: ${budget.exceeded ? "**exceeded**" : "within"} (${budget.limitUsd > 0 ? Math.round((budget.projectedUsd / budget.limitUsd) * 100) : 0}% used)`,
    );
  const failing = (counts.mandatory ?? 0) > 0 || budget?.exceeded;
  md += `${failing ? "❌" : "✅"} ${parts.join(" · ")}\n\n`;
  if (result.totals.usageBased) md += `⚠️ ${usageBasedLine(result.totals.usageBased)}\n\n`;

  md += "#### Cost by cloud\n\n";
  if (diff) {
    md += `| cloud | ${names.before} | ${names.after} | delta |\n|---|---:|---:|---:|\n`;
    for (const [c, v] of Object.entries(diff.byCloud).sort(([a], [b]) => a.localeCompare(b)))
      md += `| ${cell(c)} | ${usd(v.beforeUsd)} | ${usd(v.afterUsd)} | ${signedUsd(v.deltaUsd)} |\n`;
    md += `| **total** | **${usd(diff.totals.beforeUsd)}** | **${usd(diff.totals.afterUsd)}** | **${signedUsd(diff.totals.deltaUsd)}** (${signedPct(diff.totals.deltaPct)}) |\n\n`;

    const rows = [
      ...diff.added.map((e) => ({
        what: "➕ added",
        e,
        before: "",
        after: money(e.monthlyUsd),
        delta: e.monthlyUsd ?? 0,
      })),
      ...diff.removed.map((e) => ({
        what: "➖ removed",
        e,
        before: money(e.monthlyUsd),
        after: "",
        delta: -(e.monthlyUsd ?? 0),
      })),
      ...diff.changed.map((c) => ({
        what: changeVerb(result, c.urn) === "replaced" ? "🔁 replaced" : "✏️ changed",
        e: c,
        before: money(c.beforeUsd),
        after: money(c.afterUsd),
        delta: c.deltaUsd,
      })),
    ].sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta));
    md += `#### Changed resources (${rows.length})\n\n`;
    if (rows.length === 0) md += "No resource changed cost.\n\n";
    else {
      md += "| | resource | type | before | after | delta |\n|---|---|---|---:|---:|---:|\n";
      for (const r of rows.slice(0, MAX_ROWS))
        md += `| ${r.what} | ${cell(r.e.name)} | \`${r.e.type}\` | ${r.before} | ${r.after} | ${signedUsd(r.delta)} |\n`;
      if (rows.length > MAX_ROWS) md += more(rows.length - MAX_ROWS, 6);
      md += "\n";
    }
  } else {
    md += "| cloud | $/month |\n|---|---:|\n";
    for (const [c, v] of Object.entries(result.totals.byCloud).sort(([a], [b]) => a.localeCompare(b)))
      md += `| ${cell(c)} | ${usd(v)} |\n`;
    md += `| **total**${totalCompleteness(result).complete ? "" : " (not the whole cost; see above)"} | **${usd(result.totals.monthlyUsd)}** |\n\n`;
    const groups = costGroups(result.priced);
    md +=
      "<details><summary>By region and component</summary>\n\n| cloud | region | component | resources | $/month |\n|---|---|---|---:|---:|\n";
    for (const g of groups.slice(0, MAX_ROWS))
      md += `| ${cell(g.cloud)} | ${cell(g.region)} | ${cell(g.component)} | ${g.count} | ${usd(g.monthlyUsd)} |\n`;
    if (groups.length > MAX_ROWS) md += more(groups.length - MAX_ROWS, 5);
    md += "\n</details>\n\n";
  }

  const inventory = inventoryMarkdown(result, cell);
  if (inventory) md += inventory + "\n";

  if (result.policy) {
    md += `#### Policy violations (${result.violations.length})\n\n`;
    if (result.violations.length === 0) md += "None.\n\n";
    else {
      const order = ["mandatory", "remediate", "advisory", "disabled"];
      const sorted = [...result.violations].sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level));
      md += "| level | policy | resource | message |\n|---|---|---|---|\n";
      for (const v of sorted.slice(0, MAX_ROWS * 2))
        md += `| ${v.level === "mandatory" ? "🛑 mandatory" : v.level} | \`${v.policy}\` | ${cell(nameOf(v.urn))} | ${cell(v.message)} |\n`;
      if (sorted.length > MAX_ROWS * 2) md += more(sorted.length - MAX_ROWS * 2, 4);
      md += "\n";
    }
    if (result.remediations.length > 0) {
      md += `<details><summary>Remediations (${result.remediations.length})</summary>\n\n`;
      for (const m of result.remediations)
        md += `- \`${m.policy}\` on ${cell(nameOf(m.urn))}: ${m.changed.length ? `changed ${m.changed.join(", ")}` : "no change"}${m.diagnostic ? ` — ${cell(m.diagnostic)}` : ""}\n`;
      md += "\n</details>\n\n";
    }
  }
  const unpriced = result.priced.filter((p) => !p.price.priced);
  if (unpriced.length > 0) {
    md += `<details><summary>Not priced (${unpriced.length})</summary>\n\n`;
    for (const p of unpriced.slice(0, MAX_ROWS))
      md += `- ${cell(p.resource.name)} \`${p.resource.type}\`: ${cell(p.price.priced ? "" : p.price.reason)}\n`;
    if (unpriced.length > MAX_ROWS) md += `- … ${unpriced.length - MAX_ROWS} more\n`;
    md += "\n</details>\n\n";
  }
  const placements = placementsMarkdown(result.placements, cell);
  if (placements) md += placements + "\n";
  const utilization = utilizationMarkdown(result.utilization, cell);
  if (utilization) md += utilization + "\n";
  const usageBased = result.priced.filter((p) => isUsageBased(p.price));
  if (usageBased.length > 0) {
    md += `<details><summary>Priced without usage: fixed part only (${usageBased.length})</summary>\n\n`;
    for (const p of usageBased.slice(0, MAX_ROWS))
      md += `- ${cell(p.resource.name)} \`${p.resource.type}\`: ${p.price.priced ? usd(p.price.monthlyUsd) : ""} + ${cell(usageNote(p.price))}\n`;
    if (usageBased.length > MAX_ROWS) md += `- … ${usageBased.length - MAX_ROWS} more\n`;
    md += "\n</details>\n\n";
  }
  for (const n of result.notes) md += `> ${cell(n)}\n`;
  return md.trimEnd() + "\n";
}
