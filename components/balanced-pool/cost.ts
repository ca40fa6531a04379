import { HOURS_PER_MONTH } from "../../sdk/cost/formulas";
import { priceResource } from "../../sdk/cost/price-resource";
import { ALL_SPOT } from "../../sdk/placement/split";
import type { MemberPlan, PoolBackend, PoolSettings, PricedInput } from "./backend";

/** Instances a group input holds (whatever field its type keeps them in), for the fallback price. */
function groupCount(group: PricedInput): number {
  const p = group.props as Record<string, unknown>;
  const spec = p.spec as { replicas?: unknown } | undefined;
  const sku = p.sku as { capacity?: unknown } | undefined;
  const n = p.desiredCapacity ?? p.targetSize ?? sku?.capacity ?? spec?.replicas;
  return typeof n === "number" ? n : 0;
}

/** A figure at the pool's (or a member's) min, desired and max capacity. */
export interface AtCapacity {
  min: number;
  desired: number;
  max: number;
}

/** What one member costs, priced by the sdk cost engine from the member's children. */
export interface MemberCost {
  /** One on-demand instance (or replica) per hour: instance, plus its disk where the engine prices it. */
  perInstanceHourlyUsd: number;
  /** One spot instance per hour, when the member has a spot share. */
  spotPerInstanceHourlyUsd?: number;
  /** Billed once per member whatever its size (load balancer, public address) per hour. */
  fixedHourlyUsd: number;
  hourlyUsd: AtCapacity;
  monthlyUsd: AtCapacity;
  /** The spot instances' part of `monthlyUsd` (0 without a spot share). */
  spotMonthlyUsd: AtCapacity;
  /** The engine's assumptions, and children it could not price with the reason. */
  notes: string[];
}

/** The pool's cost: the members' summed. */
export interface PoolCostFigures {
  hourlyUsd: AtCapacity;
  monthlyUsd: AtCapacity;
  /** The spot instances' part of `monthlyUsd`; the rest is on-demand. */
  spotMonthlyUsd: AtCapacity;
  /** Assumptions and unpriced children, without repeats. */
  notes: string[];
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
type CapacityKey = keyof AtCapacity;

/**
 * Prices a member with the cost engine, from the same inputs its children carry: its groups at
 * the member's min, desired and max (a spot share is priced at the catalog's spot figure, the
 * on-demand base and share at list prices), plus what is billed once per member.
 */
export function memberCost(backend: PoolBackend, settings: PoolSettings, member: MemberPlan): MemberCost {
  const notes: string[] = [];
  const note = (n: string) => notes.push(`${member.key}: ${n}`);
  /** The member's groups at `count` instances, priced: total and spot part per hour. */
  const groupsAt = (m: MemberPlan, count: number, keepNotes: boolean) => {
    const { groups, notes: backendNotes = [] } = backend.pricing(settings, m, count);
    if (keepNotes) backendNotes.forEach(note);
    let hourly = 0;
    let spot = 0;
    for (const group of groups) {
      const ctx = {
        catalog: settings.catalog,
        ...(group.references ? { resolve: (_ref: string, path: string) => group.references![path] } : {}),
      };
      const price = priceResource(group.type, group.props, ctx);
      if (price.priced) {
        hourly += price.hourlyUsd;
        spot += price.lines.filter((l) => l.spot).reduce((s, l) => s + l.hourlyUsd, 0);
        if (keepNotes)
          // Lines about the one count priced here are left out (the figures are at three capacities),
          // and so is the hours-a-month line every price shares (the pool states it once).
          price.assumptions
            .filter(
              (a) => !/^priced at |^\d+ replicas$|^\d+ hours a month|^\d+ of \d+ instances on spot/.test(a),
            )
            .forEach(note);
      } else {
        // Only a catalog entry the engine cannot name from tags (a GCP type with attached GPUs) lands here.
        hourly += groupCount(group) * m.placement.instanceHourlyUsd;
        if (keepNotes)
          note(
            `the engine could not price ${group.type} (${price.reason}); the placement's instance price is used`,
          );
      }
    }
    return { hourly, spot };
  };
  const at = {
    min: groupsAt(member, member.capacity.min, false),
    desired: groupsAt(member, member.capacity.desired, true),
    max: groupsAt(member, member.capacity.max, false),
  };
  // One instance of each kind, as the engine prices it.
  const perInstance = groupsAt({ ...member, spot: undefined }, 1, false).hourly;
  const spotPerInstance = member.spot ? groupsAt({ ...member, spot: ALL_SPOT }, 1, false).hourly : undefined;
  let fixedHourly = 0;
  for (const f of backend.pricing(settings, member, member.capacity.desired).fixed) {
    const price = priceResource(f.type, f.props, { catalog: settings.catalog });
    if (price.priced) fixedHourly += price.hourlyUsd;
    else note(`${f.type} not included: ${price.reason}`);
  }
  const hourly = (k: CapacityKey) => round(at[k].hourly + fixedHourly, 6);
  const monthly = (k: CapacityKey) => round(hourly(k) * HOURS_PER_MONTH, 2);
  const spotMonthly = (k: CapacityKey) => round(at[k].spot * HOURS_PER_MONTH, 2);
  return {
    perInstanceHourlyUsd: round(perInstance, 6),
    ...(spotPerInstance !== undefined ? { spotPerInstanceHourlyUsd: round(spotPerInstance, 6) } : {}),
    fixedHourlyUsd: round(fixedHourly, 6),
    hourlyUsd: { min: hourly("min"), desired: hourly("desired"), max: hourly("max") },
    monthlyUsd: { min: monthly("min"), desired: monthly("desired"), max: monthly("max") },
    spotMonthlyUsd: { min: spotMonthly("min"), desired: spotMonthly("desired"), max: spotMonthly("max") },
    notes,
  };
}

/** Sums the members' costs; `notes` adds what the pool as a whole leaves out. */
export function poolCost(members: MemberCost[], notes: string[] = []): PoolCostFigures {
  const sum = (pick: (m: MemberCost) => number, digits: number) =>
    round(
      members.reduce((s, m) => s + pick(m), 0),
      digits,
    );
  return {
    hourlyUsd: {
      min: sum((m) => m.hourlyUsd.min, 6),
      desired: sum((m) => m.hourlyUsd.desired, 6),
      max: sum((m) => m.hourlyUsd.max, 6),
    },
    monthlyUsd: {
      min: sum((m) => m.monthlyUsd.min, 2),
      desired: sum((m) => m.monthlyUsd.desired, 2),
      max: sum((m) => m.monthlyUsd.max, 2),
    },
    spotMonthlyUsd: {
      min: sum((m) => m.spotMonthlyUsd.min, 2),
      desired: sum((m) => m.spotMonthlyUsd.desired, 2),
      max: sum((m) => m.spotMonthlyUsd.max, 2),
    },
    notes: [
      `${HOURS_PER_MONTH} hours a month, on-demand list prices${members.some((m) => m.spotPerInstanceHourlyUsd !== undefined) ? "; the spot share at the catalog's spot prices (snapshots: spot prices move)" : ""}`,
      ...new Set([...members.flatMap((m) => m.notes), ...notes]),
    ],
  };
}
