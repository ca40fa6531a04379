import Table from "cli-table3";
import { table } from "../format/table";
import { inventoryTable } from "./report-inventory";
import { placementsTable } from "./report-placements";
import { utilizationTable } from "./utilization";
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
  totalQualifier,
  usageBasedLine,
  usageNote,
  usd,
  violationCounts,
} from "./result";

/** Rows of a long table shown before the rest is summed up in one line. */
const MAX_ROWS = 25;

const LEVEL_ORDER = ["mandatory", "remediate", "advisory", "disabled"];

/**
 * The plan for people: costs grouped by cloud, region and component, totals per cloud, coverage,
 * budget, violations by level, remediations, unpriced and usage-based resources and the baseline
 * diff.
 */
export function tableReport(result: PlanResult): string {
  const out: string[] = [];
  out.push(
    `lepton-mc plan: ${result.project.name} (stack ${result.project.stack}) — ${result.recordedCount} resources recorded, ${result.entries.length} custom (${result.coverage.billable} billable)`,
  );

  const groups = costGroups(result.priced);
  const t = table(["cloud", "region", "component", "resources", "$/month"]);
  for (const g of groups.slice(0, MAX_ROWS))
    t.push([
      g.cloud,
      g.region,
      g.component,
      g.count + (g.unpriced ? ` (${g.unpriced} unpriced)` : ""),
      usd(g.monthlyUsd),
    ]);
  if (groups.length > MAX_ROWS) {
    const rest = groups.slice(MAX_ROWS);
    t.push([
      `… ${rest.length} more groups`,
      "",
      "",
      String(rest.reduce((s, g) => s + g.count, 0)),
      usd(rest.reduce((s, g) => s + g.monthlyUsd, 0)),
    ]);
  }
  out.push(t.toString());

  const clouds = Object.entries(result.totals.byCloud)
    .map(([c, v]) => `${c} ${usd(v)}`)
    .join(" · ");
  // Billable resources the total leaves out are named in it; read resources (not this stack's
  // cost) are only counted after it, as they are listed with the unpriced ones.
  const unpricedRead = result.totals.unpriced - result.coverage.unpriced;
  const qualifier = totalQualifier(result);
  out.push(
    `Total: ${usd(result.totals.monthlyUsd)}/month` +
      (qualifier ? `${qualifier}${clouds ? `; by cloud: ${clouds}` : ""}` : clouds ? ` (${clouds})` : "") +
      (unpricedRead > 0 ? `; ${unpricedRead} resource(s) read with .get() not priced, listed below` : ""),
  );
  out.push(`Coverage: ${coverageLine(result.coverage)}`);
  if (result.totals.usageBased) out.push(`Usage: ${usageBasedLine(result.totals.usageBased)}`);
  const inventory = inventoryTable(result);
  if (inventory) out.push(inventory);

  if (result.budget) {
    const b = result.budget;
    const pct = b.limitUsd > 0 ? ` (${Math.round((b.projectedUsd / b.limitUsd) * 100)}%)` : "";
    out.push(
      `Budget: ${usd(b.projectedUsd)} of ${usd(b.limitUsd)}${pct} — ${b.exceeded ? "EXCEEDED" : "within budget"} [${b.source}]`,
    );
  } else {
    out.push(
      "Budget: none set (policy config monthly-budget.budgetUsd, or a BudgetedStack's monthlyBudgetUsd)",
    );
  }

  if (result.diff) {
    const d = result.diff;
    out.push(
      `${diffNames(result).label}: ${usd(d.totals.beforeUsd)} → ${usd(d.totals.afterUsd)}/month, ${signedUsd(d.totals.deltaUsd)} (${signedPct(d.totals.deltaPct)}); ` +
        `${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} changed`,
    );
    const rows = [
      ...d.added.map((e) => [
        "added",
        e.name,
        e.type,
        "",
        e.monthlyUsd === null ? "unpriced" : usd(e.monthlyUsd),
      ]),
      ...d.removed.map((e) => [
        "removed",
        e.name,
        e.type,
        e.monthlyUsd === null ? "unpriced" : usd(e.monthlyUsd),
        "",
      ]),
      ...d.changed.map((c) => [
        changeVerb(result, c.urn),
        c.name,
        c.type,
        c.beforeUsd === null ? "unpriced" : usd(c.beforeUsd),
        c.afterUsd === null ? "unpriced" : usd(c.afterUsd),
      ]),
    ];
    if (rows.length > 0) {
      const dt = table(["", "resource", "type", "before $/month", "after $/month"]);
      for (const r of rows.slice(0, MAX_ROWS)) dt.push(r);
      if (rows.length > MAX_ROWS) dt.push([`… ${rows.length - MAX_ROWS} more`, "", "", "", ""]);
      out.push(dt.toString());
    }
  }

  if (result.policy) {
    const counts = violationCounts(result.violations);
    const summary = LEVEL_ORDER.filter((l) => counts[l])
      .map((l) => `${counts[l]} ${l}`)
      .join(", ");
    out.push(
      `Policies (${result.policy.packs.map((p) => `${p.name} ${p.version}`).join(", ")}): ${summary || "no violations"}`,
    );
    const sorted = [...result.violations].sort(
      (a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level),
    );
    if (sorted.length > 0) {
      // Messages are sentences: wrap them rather than stretch the table past the terminal.
      const vt = new Table({
        head: ["level", "policy", "resource", "message"],
        colWidths: [11, 28, 24, 72],
        wordWrap: true,
        style: { head: [], border: [] },
      });
      for (const v of sorted.slice(0, MAX_ROWS * 2)) vt.push([v.level, v.policy, nameOf(v.urn), v.message]);
      if (sorted.length > MAX_ROWS * 2) vt.push([`… ${sorted.length - MAX_ROWS * 2} more`, "", "", ""]);
      out.push(vt.toString());
    }
  }
  if (result.remediations.length > 0) {
    out.push(`Remediations (applied to the inputs before analysis and pricing):`);
    for (const m of result.remediations)
      out.push(
        `  ${m.policy} on ${nameOf(m.urn)}: ${m.changed.length ? `changed ${m.changed.join(", ")}` : "no change"}${m.diagnostic ? ` — ${m.diagnostic}` : ""}`,
      );
  }
  if (result.exemptions.length > 0) {
    out.push("Exemptions:");
    for (const e of result.exemptions)
      out.push(
        `  ${nameOf(e.urn)}: ${e.policies.join(", ")}${e.reason ? ` — ${e.reason}` : " (no reason given)"}`,
      );
  }
  const unpriced = result.priced.filter((p) => !p.price.priced);
  if (unpriced.length > 0) {
    out.push("Not priced:");
    for (const p of unpriced.slice(0, MAX_ROWS))
      out.push(`  ${p.resource.name} (${p.resource.type}): ${p.price.priced ? "" : p.price.reason}`);
    if (unpriced.length > MAX_ROWS) out.push(`  … ${unpriced.length - MAX_ROWS} more`);
  }
  const placements = placementsTable(result.placements);
  if (placements) out.push(placements);
  const utilization = utilizationTable(result.utilization);
  if (utilization) out.push(utilization);
  const usageBased = result.priced.filter((p) => isUsageBased(p.price));
  if (usageBased.length > 0) {
    out.push("Priced without usage (fixed part only):");
    for (const p of usageBased.slice(0, MAX_ROWS))
      out.push(
        `  ${p.resource.name} (${p.resource.type}): ${p.price.priced ? usd(p.price.monthlyUsd) : ""} + ${usageNote(p.price)}`,
      );
    if (usageBased.length > MAX_ROWS) out.push(`  … ${usageBased.length - MAX_ROWS} more`);
  }
  for (const n of result.notes) out.push(`Note: ${n}`);
  return out.join("\n") + "\n";
}
