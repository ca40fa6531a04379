import type { Catalog } from "../../sdk/catalog/catalog";
import type { Cloud, PublicCloud } from "../../sdk/catalog/types";
import * as pulumi from "@pulumi/pulumi";
import { cloudOfType, priceResource } from "../../sdk/cost/price-resource";
import { UNKNOWN } from "../../sdk/cost/types";
import { cheapestStorage } from "../../sdk/cost/unit-prices";
import { place } from "../../sdk/placement/place";
import { largestRemainder } from "../../sdk/placement/split";
import type { CostReport } from "../shared/cost-sink";
import type { RawResource } from "./ledger";

/** One contributor to the projection: a component's report, or raw resources priced by the cost engine. */
export interface CostLine {
  /** `report`: a Lepton component's own estimate; `resources`: raw resources priced by the sdk, grouped by the component they sit in. */
  source: "report" | "resources";
  /** The component's type token, or the resource's when it sits directly beneath the budget. */
  type: string;
  name: string;
  cloud: Cloud;
  region?: string;
  monthlyUsd: number;
  minMonthlyUsd: number;
  maxMonthlyUsd: number;
  /** The part of `monthlyUsd` on spot capacity (a snapshot of a moving price); the rest is on-demand. */
  spotMonthlyUsd: number;
  /** What is counted, e.g. `m5.large × 2`, `hot 500 GB`, `2 resources`. */
  detail: string;
}

/** One cloud's share of the projection and of the budget. */
export interface CloudTotal {
  monthlyUsd: number;
  minMonthlyUsd: number;
  maxMonthlyUsd: number;
  /** The part of `monthlyUsd` on spot capacity. */
  spotMonthlyUsd: number;
  /** This cloud's part of the monthly budget (its alert's amount). */
  budgetUsd: number;
}

/** A raw resource the cost engine could not price, with its reason. */
export interface UnpricedResource {
  type: string;
  name: string;
  reason: string;
}

/** Where the projected money goes. */
export interface BudgetBreakdown {
  byCloud: Partial<Record<Cloud, CloudTotal>>;
  /** Largest first. */
  byComponent: CostLine[];
  unpriced: UnpricedResource[];
}

/** The projected monthly cost of everything beneath the budget. */
export interface Projection {
  monthlyUsd: number;
  minMonthlyUsd: number;
  maxMonthlyUsd: number;
  breakdown: BudgetBreakdown;
}

/** A raw resource to price, and the component (beneath the budget) it belongs to, if any. */
export interface RawToPrice {
  resource: RawResource;
  group?: { type: string; name: string };
}

const cents = (x: number) => Math.round(x * 100) / 100;
const usd = (x: number) => `$${x.toFixed(2)}`;
/** How a contributor is named in messages: Lepton components by class, anything else by type token. */
const label = (type: string) => (type.startsWith("lepton-multicloud:") ? type.split(":").pop()! : type);

function reportLine(r: CostReport): CostLine {
  const detail = r.instanceType
    ? `${r.instanceType} × ${r.count ?? 1}`
    : r.storage
      ? `${r.storage.class} ${r.storage.expectedGb} GB`
      : `${r.count ?? 1} × unit`;
  return {
    source: "report",
    type: r.componentType,
    name: r.name,
    cloud: r.cloud,
    region: r.region,
    monthlyUsd: r.monthlyUsd,
    minMonthlyUsd: r.minMonthlyUsd ?? r.monthlyUsd,
    maxMonthlyUsd: r.maxMonthlyUsd ?? r.monthlyUsd,
    spotMonthlyUsd: r.spotMonthlyUsd ?? 0,
    detail,
  };
}

/** Inputs as the cost engine reads them: values unknown during preview become its placeholder. */
function priceable(value: unknown): unknown {
  if (pulumi.isUnknown(value)) return UNKNOWN;
  if (Array.isArray(value)) return value.map(priceable);
  if (value && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, priceable(v)]));
  return value;
}

/**
 * Adds up the components' reports and the raw resources, priced with the sdk's `priceResource`
 * (a resource's region: its own, else its default provider's `regions[cloud]`).
 */
export function project(
  reports: CostReport[],
  raw: RawToPrice[],
  catalog: Catalog,
  regions: Partial<Record<PublicCloud, string>>,
): Omit<Projection, "breakdown"> & { lines: CostLine[]; unpriced: UnpricedResource[] } {
  const lines = reports.map(reportLine);
  const groups = new Map<string, CostLine & { count: number }>();
  const unpriced: UnpricedResource[] = [];
  for (const { resource, group } of raw) {
    const cloud = cloudOfType(resource.type);
    const region = resource.explicitProvider || !cloud || cloud === "kubernetes" ? undefined : regions[cloud];
    const props = priceable(resource.props) as Record<string, unknown>;
    const price = priceResource(resource.type, props, { catalog, ...(region ? { region } : {}) });
    if (!price.priced) {
      const why =
        resource.explicitProvider && !price.region
          ? `${price.reason} (it uses an explicit provider, whose region the budget cannot read: set the resource's own region)`
          : price.reason;
      unpriced.push({ type: resource.type, name: resource.name, reason: why });
      continue;
    }
    // What no cloud bills (free types, non-cloud packages such as random or tls) adds nothing.
    if (price.free || price.cloud === undefined || (price.monthlyUsd === 0 && !price.range)) continue;
    const owner = group ?? { type: resource.type, name: resource.name };
    const key = `${owner.type}\u0000${owner.name}\u0000${price.cloud}`;
    const line = groups.get(key) ?? {
      source: "resources" as const,
      type: owner.type,
      name: owner.name,
      cloud: price.cloud,
      region: price.region,
      monthlyUsd: 0,
      minMonthlyUsd: 0,
      maxMonthlyUsd: 0,
      spotMonthlyUsd: 0,
      detail: "",
      count: 0,
    };
    line.monthlyUsd += price.monthlyUsd;
    line.spotMonthlyUsd += price.lines.filter((l) => l.spot).reduce((t, l) => t + l.hourlyUsd, 0) * 730;
    line.minMonthlyUsd += price.range?.minMonthlyUsd ?? price.monthlyUsd;
    line.maxMonthlyUsd += price.range?.maxMonthlyUsd ?? price.monthlyUsd;
    line.count += 1;
    line.detail = group
      ? `${line.count} resource${line.count > 1 ? "s" : ""}`
      : price.lines.map((l) => l.item).join(", ");
    groups.set(key, line);
  }
  for (const { count: _count, ...line } of groups.values()) {
    lines.push({
      ...line,
      monthlyUsd: cents(line.monthlyUsd),
      minMonthlyUsd: cents(line.minMonthlyUsd),
      maxMonthlyUsd: cents(line.maxMonthlyUsd),
      spotMonthlyUsd: cents(line.spotMonthlyUsd),
    });
  }
  lines.sort((a, b) => b.monthlyUsd - a.monthlyUsd || a.name.localeCompare(b.name));
  const sum = (f: (l: CostLine) => number) => cents(lines.reduce((s, l) => s + f(l), 0));
  return {
    monthlyUsd: sum((l) => l.monthlyUsd),
    minMonthlyUsd: sum((l) => l.minMonthlyUsd),
    maxMonthlyUsd: sum((l) => l.maxMonthlyUsd),
    lines,
    unpriced,
  };
}

/**
 * Shares the budget among the clouds that have costs: by the `split` fractions when given, else
 * by each cloud's share of the projection (equally when nothing is priced yet). In whole cents
 * that add up to the budget.
 */
export function splitBudget(
  budgetUsd: number,
  lines: CostLine[],
  split: Partial<Record<Cloud, number>> | undefined,
): Partial<Record<Cloud, number>> {
  const present = [...new Set(lines.map((l) => l.cloud))];
  const weights: [Cloud, number][] = split
    ? (Object.entries(split) as [Cloud, number][])
    : present.map((c) => [c, lines.filter((l) => l.cloud === c).reduce((s, l) => s + l.monthlyUsd, 0)]);
  const positive = weights.filter(([, w]) => w > 0);
  const use = positive.length > 0 ? positive : present.map((c) => [c, 1] as [Cloud, number]);
  if (use.length === 0) return {};
  const shares = largestRemainder(
    Math.round(budgetUsd * 100),
    use.map(([, w]) => w),
  );
  return Object.fromEntries(use.map(([c], i) => [c, shares[i] / 100]));
}

/** Totals per cloud, with each cloud's part of the budget. */
export function byCloud(
  lines: CostLine[],
  shares: Partial<Record<Cloud, number>>,
): Partial<Record<Cloud, CloudTotal>> {
  const out: Partial<Record<Cloud, CloudTotal>> = {};
  for (const l of lines) {
    const t = (out[l.cloud] ??= {
      monthlyUsd: 0,
      minMonthlyUsd: 0,
      maxMonthlyUsd: 0,
      spotMonthlyUsd: 0,
      budgetUsd: shares[l.cloud] ?? 0,
    });
    t.monthlyUsd = cents(t.monthlyUsd + l.monthlyUsd);
    t.spotMonthlyUsd = cents(t.spotMonthlyUsd + l.spotMonthlyUsd);
    t.minMonthlyUsd = cents(t.minMonthlyUsd + l.minMonthlyUsd);
    t.maxMonthlyUsd = cents(t.maxMonthlyUsd + l.maxMonthlyUsd);
  }
  return out;
}

/** A cheaper placement the sdk finds for a reported unit, in the same geography. */
export interface Suggestion {
  line: CostLine;
  to: string;
  monthlyUsd: number;
  savesUsd: number;
}

/**
 * For each report that carries its unit, the cheapest placement the sdk finds for the same unit
 * (never a smaller one) among the allowed clouds and in the same geography; kept when cheaper.
 */
export function cheaperPlacements(
  reports: CostReport[],
  catalog: Catalog,
  clouds: PublicCloud[],
): Suggestion[] {
  const out: Suggestion[] = [];
  for (const r of reports) {
    const geography = r.cloud === "kubernetes" ? undefined : catalog.region(r.cloud, r.region)?.geography;
    const where = geography ? { geography } : {};
    try {
      if (r.unit) {
        const count = r.count ?? 1;
        const best = place(r.unit, { clouds, ...where }, catalog);
        const monthly = cents(best.monthlyUsd * count);
        if (monthly < r.monthlyUsd - 0.005) {
          out.push({
            line: reportLine(r),
            to: `${best.cloud} ${best.region} ${best.instanceType}${count > 1 ? ` × ${count}` : ""}`,
            monthlyUsd: monthly,
            savesUsd: cents(r.monthlyUsd - monthly),
          });
        }
      } else if (r.storage) {
        const best = cheapestStorage(r.storage, catalog, { clouds, ...where });
        if (best.monthlyUsd < r.monthlyUsd - 0.005) {
          out.push({
            line: reportLine(r),
            to: `${best.cloud} ${best.region} ${best.class}`,
            monthlyUsd: best.monthlyUsd,
            savesUsd: cents(r.monthlyUsd - best.monthlyUsd),
          });
        }
      }
    } catch {
      // No placement for the unit within the allowed clouds: nothing to suggest.
    }
  }
  return out.sort((a, b) => b.savesUsd - a.savesUsd);
}

/** The message of a budget that the projection exceeds: by how much, who spends, what would be cheaper. */
export function overBudgetMessage(opts: {
  name: string;
  budgetUsd: number;
  projection: Omit<Projection, "breakdown">;
  lines: CostLine[];
  overShares: string[];
  suggestions: Suggestion[];
  /** What the stack does over budget: the advice differs (a failing stack can be told to warn). */
  onExceed: "warn" | "fail";
}): string {
  const { name, budgetUsd, projection, lines, overShares, suggestions } = opts;
  const out: string[] = [];
  const over = cents(projection.monthlyUsd - budgetUsd);
  out.push(
    over > 0
      ? `BudgetedStack "${name}": projected ${usd(projection.monthlyUsd)}/month exceeds the ${usd(budgetUsd)} monthly budget by ${usd(over)}.`
      : `BudgetedStack "${name}": projected ${usd(projection.monthlyUsd)}/month is within the ${usd(budgetUsd)} budget, but not within each cloud's share.`,
  );
  for (const s of overShares) out.push(`  ${s}`);
  out.push("Top contributors:");
  for (const l of lines.slice(0, 5))
    out.push(
      `  - ${label(l.type)} "${l.name}" (${l.cloud}${l.region ? ` ${l.region}` : ""}, ${l.detail}): ${usd(l.monthlyUsd)}/month${l.spotMonthlyUsd > 0 ? ` (${usd(l.spotMonthlyUsd)} of it spot, ${usd(cents(l.monthlyUsd - l.spotMonthlyUsd))} on-demand)` : ""}`,
    );
  if (suggestions.length > 0) {
    out.push("Cheaper placements from the catalog for the same units:");
    for (const s of suggestions)
      out.push(
        `  - ${label(s.line.type)} "${s.line.name}": ${s.to} at ${usd(s.monthlyUsd)}/month (saves ${usd(s.savesUsd)})`,
      );
    const after = cents(projection.monthlyUsd - suggestions.reduce((t, s) => t + s.savesUsd, 0));
    out.push(
      after <= budgetUsd
        ? `With all of them the projection is ${usd(after)}/month, within the budget.`
        : `With all of them the projection is ${usd(after)}/month, still ${usd(cents(after - budgetUsd))} over.`,
    );
  } else {
    out.push("The catalog has no cheaper placement for the reported units.");
  }
  out.push(
    opts.onExceed === "fail"
      ? 'Raise monthlyBudgetUsd, shrink or move the largest contributors, or set onExceed: "warn" to deploy anyway.'
      : 'Raise monthlyBudgetUsd or shrink or move the largest contributors; set onExceed: "fail" to stop deployments over the budget.',
  );
  return out.join("\n");
}
