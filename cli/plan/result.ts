import { describeUsage } from "../../sdk/cost/helpers";
import type { ResourcePrice, UsageCharge } from "../../sdk/cost/types";
import type { BaselineDiff, CostEntry } from "./baseline";
import type { Inventory } from "./inventory";
import type { Remediation, Violation } from "./policy";
import type { PlacementsView } from "./placements";
import type { PricedResource } from "./pricing";
import type { UtilizationView } from "./utilization";

/** The monthly budget a plan is checked against. */
export interface Budget {
  limitUsd: number;
  projectedUsd: number;
  /** Where the limit came from: the policy config, or the BudgetedStack component(s). */
  source: string;
  exceeded: boolean;
}

/** A resource exempt from some policies by its tags, with the reason given. */
export interface ExemptionEntry {
  urn: string;
  policies: string[];
  reason?: string;
}

/** A usage-based charge of a resource, as the reports list it. */
export interface UsageEntry {
  /** The usage file key that gives its quantity, e.g. `monthlyRequests`. */
  key: string;
  /** What the quantity counts, e.g. `requests per month`. */
  quantityUnit: string;
  /** The billing unit of the price, e.g. `1M requests`. */
  unit: string;
  usdPerUnit: number;
  /** Where the unit price comes from, with its date. */
  source: string;
  /** The monthly quantity from the usage file; null when not given (the charge is not in the figure). */
  quantity: number | null;
  /** What the charge adds to the monthly figure; null when its quantity is not given. */
  monthlyUsd: number | null;
}

/**
 * How much of the program the cost engine priced. Billable resources are the custom resources the
 * stack manages, less providers, the stack and what the clouds do not bill (`free` prices:
 * VPCs, security groups …); resources read with `.get()` are not billed by this stack either.
 */
export interface Coverage {
  billable: number;
  /** Billable resources with a price (usage-based ones included, at their fixed part). */
  priced: number;
  /** Priced resources whose usage-based charges have no quantity: their figure is the fixed part only. */
  usageBased: number;
  unpriced: number;
  /** priced / billable in percent, one decimal; null when nothing is billable. */
  pct: number | null;
}

/** A cost entry of the plan: what the JSON lists (and a baseline keeps) for one resource. */
export type PlanEntry = CostEntry & {
  hourlyUsd: number | null;
  note: string;
  component?: string;
  /** Its usage-based charges, when its price has any. */
  usage?: UsageEntry[];
  /** True when some usage charge has no quantity: `monthlyUsd` is the fixed part only. */
  usageUnknown?: boolean;
};

/** Everything a plan found: what the reports render and the exit code is decided from. */
export interface PlanResult {
  project: { name: string; stack: string; dir: string };
  /** Resources the program registered, providers, components and the stack included. */
  recordedCount: number;
  /** Billable resources with their price. */
  priced: PricedResource[];
  /** The same as cost entries (what the JSON lists and a baseline keeps). */
  entries: PlanEntry[];
  totals: {
    monthlyUsd: number;
    hourlyUsd: number;
    byCloud: Record<string, number>;
    unpriced: number;
    /** Resources priced at their fixed part only: some usage quantity was not given. */
    usageBased: number;
    /** The part of `monthlyUsd` that is usage charges with quantities from the usage file (0 without one). */
    usageMonthlyUsd?: number;
  };
  coverage: Coverage;
  budget: Budget | null;
  /** Null when policies were not run (`--no-policy`). */
  policy: { packs: { name: string; version: string }[] } | null;
  violations: Violation[];
  remediations: Remediation[];
  exemptions: ExemptionEntry[];
  diff?: BaselineDiff;
  /** What placement chose for each placed thing, against the lock and today's best. */
  placements: PlacementsView;
  /** Observed utilization against what the program declares, with the proposals (`--utilization`). */
  utilization?: UtilizationView;
  /** Things the reader should know about how the figures were made. */
  notes: string[];
  /** Set when the resources were read from files (`--from-state`, `--from-preview`), not a program run. */
  source?: PlanSource;
  /** Totals by cloud, region, type, component, stack and cost tag (with `source`). */
  inventory?: Inventory;
}

/** Where a plan's resources came from when read from files: stack exports, or previews. */
export interface PlanSource {
  kind: "stack export" | "preview";
  /** Each stack read (one per file), with its figures. */
  stacks: {
    file: string;
    project: string;
    stack: string;
    /** Resources in the file (after the change, for a preview), providers and components included. */
    resources: number;
    billable: number;
    monthlyUsd: number;
    unpriced: number;
  }[];
  /**
   * For previews: what each step does to a resource, by URN (`create`, `update`, `replace`,
   * `delete`, `same` …), the preview's own counts per operation, and whether it listed every
   * resource (`--show-sames`), so the totals cover the whole stack.
   */
  change?: { ops: Record<string, string>; summary: Record<string, number>; complete: boolean };
}

/** How reports name the two sides of `diff`: a saved baseline and this plan, or a preview's before and after. */
export function diffNames(result: PlanResult): {
  label: string;
  before: string;
  after: string;
  vs: string;
  title: string;
} {
  return result.source?.change
    ? {
        label: "This change",
        before: "before",
        after: "after",
        vs: "from this change",
        title: "Changes in this preview",
      }
    : {
        label: "Baseline",
        before: "baseline",
        after: "this change",
        vs: "vs baseline",
        title: "Changes against the baseline",
      };
}

/** `changed`, or `replaced` when a preview replaces the resource. */
export function changeVerb(result: PlanResult, urn: string): "changed" | "replaced" {
  return result.source?.change?.ops[urn] === "replace" ? "replaced" : "changed";
}

/** One row of the cost table: resources of one cloud, region and component. */
export interface CostGroup {
  cloud: string;
  region: string;
  component: string;
  count: number;
  monthlyUsd: number;
  unpriced: number;
}

const cents = (x: number) => Math.round(x * 100) / 100;

/** Whether a price leaves usage out of its figure (some usage charge has no quantity). */
export const isUsageBased = (price: ResourcePrice): boolean => price.priced && price.usageUnknown === true;

/** A usage charge as the reports list it. */
export function usageEntry(u: UsageCharge): UsageEntry {
  return {
    key: u.key,
    quantityUnit: u.quantityUnit,
    unit: u.unit,
    usdPerUnit: u.usdPerUnit,
    source: u.source,
    quantity: u.quantity ?? null,
    monthlyUsd: u.quantity === undefined ? null : cents((u.quantity / u.unitSize) * u.usdPerUnit),
  };
}

/**
 * What the figure of a usage-based price leaves out, for its note:
 * `usage not in the figure: $0.20 per 1M requests (monthlyRequests); …`. Empty when nothing is left out.
 */
export function usageNote(price: ResourcePrice): string {
  if (!price.priced || !price.usageUnknown) return "";
  const missing = (price.usage ?? []).filter((u) => u.quantity === undefined);
  return `usage not in the figure: ${missing.map((u) => `${describeUsage(u)} (${u.key})`).join("; ")}`;
}

/** Coverage of the billable resources by the cost engine (see `Coverage`). */
export function coverageOf(priced: readonly PricedResource[]): Coverage {
  const billable = priced.filter((p) => !p.resource.read && !(p.price.priced && p.price.free));
  const done = billable.filter((p) => p.price.priced);
  return {
    billable: billable.length,
    priced: done.length,
    usageBased: done.filter((p) => isUsageBased(p.price)).length,
    unpriced: billable.length - done.length,
    pct: billable.length === 0 ? null : Math.round((done.length / billable.length) * 1000) / 10,
  };
}

/** `12 of 14 billable resources priced (85.7 %)`: the coverage line of every report. */
export function coverageLine(c: Coverage): string {
  if (c.billable === 0) return "no billable resources (only free types, providers and read resources)";
  return `${c.priced} of ${c.billable} billable resources priced (${c.pct} %)`;
}

/** What a plan's total leaves out: billable resources with usage not in the figure, and unpriced ones. */
export interface TotalCompleteness {
  /** The total: fixed charges, plus usage charges whose quantities the usage file gave. */
  monthlyUsd: number;
  /** The total without any usage charge. */
  fixedMonthlyUsd: number;
  /** Usage charges in the total (quantities from the usage file). */
  usageMonthlyUsd: number;
  /** Billable resources with usage-based charges the total leaves out (no quantity given). */
  usageBasedCount: number;
  /** Billable resources with no price at all. */
  unpricedCount: number;
  /** True when the total leaves nothing out. */
  complete: boolean;
}

/** How complete the total of `result` is (see TotalCompleteness). */
export function totalCompleteness(result: Pick<PlanResult, "totals" | "coverage">): TotalCompleteness {
  const usageMonthlyUsd = result.totals.usageMonthlyUsd ?? 0;
  const usageBasedCount = result.coverage.usageBased;
  const unpricedCount = result.coverage.unpriced;
  return {
    monthlyUsd: result.totals.monthlyUsd,
    fixedMonthlyUsd: cents(result.totals.monthlyUsd - usageMonthlyUsd),
    usageMonthlyUsd,
    usageBasedCount,
    unpricedCount,
    complete: usageBasedCount === 0 && unpricedCount === 0,
  };
}

const resources = (n: number) => `${n} resource${n === 1 ? "" : "s"}`;

/**
 * What follows the total's amount when the total leaves something out, so no report shows a bare
 * figure (a bare $0.00 for a serverless program) as if it were the whole cost:
 * ` fixed + usage-based charges on 3 resources (unit prices below; supply usage with --usage FILE
 * or \`lepton-mc usage init\`) + 2 resources not priced (listed below)`. "" when complete.
 * @param where where each report lists the unit prices and the unpriced resources.
 */
export function totalQualifier(
  result: Pick<PlanResult, "totals" | "coverage">,
  where: { unitPrices: string; unpriced: string } = { unitPrices: "below", unpriced: "listed below" },
): string {
  const t = totalCompleteness(result);
  if (t.complete) return "";
  let text = "";
  if (t.usageBasedCount > 0)
    text +=
      `${t.usageMonthlyUsd > 0 ? " fixed and usage given" : " fixed"} + usage-based charges on ${resources(t.usageBasedCount)}` +
      ` (unit prices ${where.unitPrices}; supply usage with --usage FILE or \`lepton-mc usage init\`)`;
  if (t.unpricedCount > 0) text += ` + ${resources(t.unpricedCount)} not priced (${where.unpriced})`;
  return text;
}

/** The sentence every report prints when some resources are priced without their usage; "" otherwise. */
export function usageBasedLine(count: number): string {
  if (count === 0) return "";
  return `${count} usage-based resource${count === 1 ? "" : "s"} priced at ${count === 1 ? "its" : "their"} fixed part only (see ${count === 1 ? "its note" : "their notes"}); give quantities with --usage`;
}

/** A component's label: `name (Type)`, the type without its package and module. */
export function componentLabel(c: PricedResource["component"]): string {
  return c ? `${c.name} (${c.type.split(":").pop()})` : "(no component)";
}

/** Costs grouped by cloud, region and component, most expensive first. */
export function costGroups(priced: readonly PricedResource[]): CostGroup[] {
  const groups = new Map<string, CostGroup>();
  for (const p of priced) {
    const cloud = p.cloud ?? "other";
    const region = p.region ?? "-";
    const component = componentLabel(p.component);
    const key = `${cloud}\u0000${region}\u0000${component}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { cloud, region, component, count: 0, monthlyUsd: 0, unpriced: 0 }));
    g.count++;
    if (p.price.priced) g.monthlyUsd += p.price.monthlyUsd;
    else g.unpriced++;
  }
  return [...groups.values()]
    .map((g) => ({ ...g, monthlyUsd: cents(g.monthlyUsd) }))
    .sort(
      (a, b) =>
        b.monthlyUsd - a.monthlyUsd || a.cloud.localeCompare(b.cloud) || a.region.localeCompare(b.region),
    );
}

/** Monthly cost per component (for the chart), most expensive first. */
export function costByComponent(
  priced: readonly PricedResource[],
): { component: string; monthlyUsd: number }[] {
  const by = new Map<string, number>();
  for (const p of priced)
    if (p.price.priced)
      by.set(componentLabel(p.component), (by.get(componentLabel(p.component)) ?? 0) + p.price.monthlyUsd);
  return [...by.entries()]
    .map(([component, usd]) => ({ component, monthlyUsd: cents(usd) }))
    .sort((a, b) => b.monthlyUsd - a.monthlyUsd);
}

/** Violation counts per level. */
export function violationCounts(violations: readonly Violation[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of violations) counts[v.level] = (counts[v.level] ?? 0) + 1;
  return counts;
}

/** `$1,234.56`. */
export function usd(amount: number): string {
  const sign = amount < 0 ? "-" : "";
  return `${sign}$${Math.abs(amount).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** `+$12.00` / `-$3.50`. */
export function signedUsd(amount: number): string {
  return `${amount >= 0 ? "+" : "-"}${usd(Math.abs(amount))}`;
}

/** `+12.5%`, or `n/a` for a change from zero. */
export function signedPct(pct: number | null): string {
  return pct === null ? "n/a" : `${pct >= 0 ? "+" : ""}${pct}%`;
}

/** The resource's name for people: the last part of its URN (the stack for stack-wide findings). */
export function nameOf(urn: string | undefined): string {
  return urn ? (urn.split("::").pop() ?? urn) : "(stack)";
}
