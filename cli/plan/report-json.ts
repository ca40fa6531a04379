import { PlanResult, totalCompleteness, totalQualifier, usd } from "./result";

/**
 * The plan for tools: every billable resource with its cost (and its usage charges, when it has
 * any), totals (with what they leave out: `fixedMonthlyUsd`, `usageBasedCount`, `unpricedCount`,
 * `complete`, and `summary`, the total as the other reports say it), coverage, the budget, violations and exemptions (and the baseline diff when one
 * was given). `--save-baseline` writes this document,
 * and `--baseline` reads it back.
 */
export function jsonReport(result: PlanResult): object {
  const complete = totalCompleteness(result);
  return {
    project: result.project.name,
    stack: result.project.stack,
    resources: result.entries.map((e) => ({
      urn: e.urn,
      type: e.type,
      name: e.name,
      cloud: e.cloud ?? null,
      region: e.region ?? null,
      hourlyUsd: e.hourlyUsd,
      monthlyUsd: e.monthlyUsd,
      priced: e.priced,
      note: e.note,
      component: e.component ?? null,
      ...(e.usage ? { usage: e.usage, usageUnknown: e.usageUnknown ?? false } : {}),
    })),
    totals: {
      monthlyUsd: result.totals.monthlyUsd,
      byCloud: result.totals.byCloud,
      unpriced: result.totals.unpriced,
      usageBased: result.totals.usageBased,
      // What monthlyUsd leaves out, so a tool never reads a partial figure as the whole cost.
      fixedMonthlyUsd: complete.fixedMonthlyUsd,
      usageMonthlyUsd: complete.usageMonthlyUsd,
      usageBasedCount: complete.usageBasedCount,
      unpricedCount: complete.unpricedCount,
      complete: complete.complete,
      summary: `${usd(result.totals.monthlyUsd)}/month${totalQualifier(result, { unitPrices: "in resources[].usage", unpriced: "resources[] with priced: false" })}`,
    },
    coverage: result.coverage,
    budget: result.budget
      ? {
          limitUsd: result.budget.limitUsd,
          projectedUsd: result.budget.projectedUsd,
          exceeded: result.budget.exceeded,
          source: result.budget.source,
        }
      : null,
    violations: result.violations.map((v) => ({
      policy: v.policy,
      level: v.level,
      urn: v.urn ?? null,
      message: v.message,
      pack: v.pack,
    })),
    remediations: result.remediations,
    exemptions: result.exemptions,
    ...(result.diff ? { diff: result.diff } : {}),
    placements: result.placements.items,
    migrations: result.placements.migrations,
    ...(result.utilization ? { utilization: result.utilization } : {}),
    notes: result.notes,
    ...(result.source ? { source: result.source } : {}),
    ...(result.inventory ? { inventory: result.inventory } : {}),
  };
}
