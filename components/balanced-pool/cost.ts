import { HOURS_PER_MONTH } from "../../sdk/cost/formulas";
import { priceResource } from "../../sdk/cost/price-resource";
import type { MemberPlan, PoolBackend, PoolSettings } from "./backend";

/** A figure at the pool's (or a member's) min, desired and max capacity. */
export interface AtCapacity {
  min: number;
  desired: number;
  max: number;
}

/** What one member costs, priced by the sdk cost engine from the member's children. */
export interface MemberCost {
  /** One instance (or replica) per hour: instance, plus its disk where the engine prices it. */
  perInstanceHourlyUsd: number;
  /** Billed once per member whatever its size (load balancer, public address) per hour. */
  fixedHourlyUsd: number;
  hourlyUsd: AtCapacity;
  monthlyUsd: AtCapacity;
  /** The engine's assumptions, and children it could not price with the reason. */
  notes: string[];
}

/** The pool's cost: the members' summed. */
export interface PoolCostFigures {
  hourlyUsd: AtCapacity;
  monthlyUsd: AtCapacity;
  /** Assumptions and unpriced children, without repeats. */
  notes: string[];
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Prices a member with the cost engine, from the same inputs its children carry: the group's
 * per-instance price times the capacity, plus what is billed once per member.
 */
export function memberCost(backend: PoolBackend, settings: PoolSettings, member: MemberPlan): MemberCost {
  const ctx = { catalog: settings.catalog };
  const {
    group,
    fixed,
    notes: backendNotes = [],
  } = backend.pricing(settings, member, member.capacity.desired);
  const notes = backendNotes.map((note) => `${member.key}: ${note}`);
  const groupPrice = priceResource(group.type, group.props, ctx);
  let perInstance: number;
  if (groupPrice.priced && groupPrice.perInstanceHourlyUsd !== undefined) {
    perInstance = groupPrice.perInstanceHourlyUsd;
    // Lines about the one count priced here are left out (the figures below are at three capacities),
    // and so is the hours-a-month line every price shares (the pool states it once).
    const kept = groupPrice.assumptions.filter(
      (a) => !/^priced at |^\d+ replicas$|^\d+ hours a month/.test(a),
    );
    notes.push(...kept.map((a) => `${member.key}: ${a}`));
  } else {
    // Only a catalog entry the engine cannot name from tags (a GCP type with attached GPUs) lands here.
    perInstance = member.placement.instanceHourlyUsd;
    notes.push(
      `${member.key}: the engine could not price the group (${groupPrice.priced ? "no per-instance price" : groupPrice.reason}); the placement's instance price is used`,
    );
  }
  let fixedHourly = 0;
  for (const f of fixed) {
    const price = priceResource(f.type, f.props, ctx);
    if (price.priced) fixedHourly += price.hourlyUsd;
    else notes.push(`${member.key}: ${f.type} not included: ${price.reason}`);
  }
  const hourly = (n: number) => round(n * perInstance + fixedHourly, 6);
  const { min, desired, max } = member.capacity;
  return {
    perInstanceHourlyUsd: perInstance,
    fixedHourlyUsd: round(fixedHourly, 6),
    hourlyUsd: { min: hourly(min), desired: hourly(desired), max: hourly(max) },
    monthlyUsd: {
      min: round(hourly(min) * HOURS_PER_MONTH, 2),
      desired: round(hourly(desired) * HOURS_PER_MONTH, 2),
      max: round(hourly(max) * HOURS_PER_MONTH, 2),
    },
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
    notes: [
      `${HOURS_PER_MONTH} hours a month, on-demand list prices`,
      ...new Set([...members.flatMap((m) => m.notes), ...notes]),
    ],
  };
}
