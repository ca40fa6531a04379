/**
 * Splits a whole number across weights by the largest-remainder method: each share is the floor
 * of its exact quota, and the units left go to the largest remainders (ties to the earlier
 * member). The shares always sum to `total`.
 */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
  if (!Number.isInteger(total) || total < 0)
    throw new RangeError(`total: ${total} is not valid; use a whole number of at least 0`);
  if (weights.length === 0) throw new RangeError("weights: [] is not valid; use at least one weight");
  weights.forEach((w, i) => {
    if (!Number.isFinite(w) || w <= 0)
      throw new RangeError(`weights[${i}]: ${w} is not valid; use a number greater than 0`);
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  const quotas = weights.map((w) => (total * w) / sum);
  const shares = quotas.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const order = quotas.map((q, i) => ({ i, r: q - Math.floor(q) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left-- <= 0) break;
    shares[i]++;
  }
  return shares;
}

export interface Capacity {
  min: number;
  desired: number;
  max: number;
}

/**
 * Splits a pool's capacity across weighted members; each of min, desired and max sums to the
 * pool's, and every member keeps min ≤ desired ≤ max.
 *
 * Largest remainder is not monotone (the Alabama paradox): weights 3:3:1 split 3 as 1/1/1 but 4 as
 * 2/2/0, a member whose max is below its min, which no autoscaler accepts. When the three direct
 * splits disagree like that, the increments are split instead (min, then desired − min, then
 * max − desired), which keeps every sum and the order within each member.
 */
export function splitCapacity(capacity: Capacity, weights: readonly number[]): Capacity[] {
  const min = largestRemainder(capacity.min, weights);
  const desired = largestRemainder(capacity.desired, weights);
  const max = largestRemainder(capacity.max, weights);
  const direct = weights.map((_, i) => ({ min: min[i], desired: desired[i], max: max[i] }));
  if (direct.every((c) => c.min <= c.desired && c.desired <= c.max)) return direct;
  const aboveMin = largestRemainder(capacity.desired - capacity.min, weights);
  const aboveDesired = largestRemainder(capacity.max - capacity.desired, weights);
  return weights.map((_, i) => ({
    min: min[i],
    desired: min[i] + aboveMin[i],
    max: min[i] + aboveMin[i] + aboveDesired[i],
  }));
}

/**
 * How a group's instances divide between on-demand and spot, in the terms of an EC2 Auto Scaling
 * mixed instances policy: a base that is always on-demand, and a share of the rest on spot.
 */
export interface SpotDistribution {
  /** Instances always on-demand (whole number, 0 or more). */
  onDemandBase: number;
  /** Percent of the instances above the base that run on spot, 0–100. */
  spotPercent: number;
}

/** Every instance on spot (a spot VM, a scale set or template that asks for spot only). */
export const ALL_SPOT: SpotDistribution = { onDemandBase: 0, spotPercent: 100 };

/**
 * On-demand and spot counts of `count` instances under a distribution. A fractional share is
 * rounded in favour of on-demand, so an estimate never counts more interruptible instances than
 * the distribution allows.
 */
export function splitSpot(count: number, d: SpotDistribution): { onDemand: number; spot: number } {
  const base = Math.min(count, d.onDemandBase);
  // The epsilon keeps 3 × 100 / 100 from landing a hair under 3.
  const spot = Math.floor(((count - base) * d.spotPercent) / 100 + 1e-9);
  return { onDemand: count - spot, spot };
}

/**
 * Splits a pool's on-demand base across its members in proportion to their maximum sizes, so no
 * member's share exceeds its maximum (the quota never does, and a rounded-up share stays below it).
 */
export function splitBase(base: number, memberMax: readonly number[]): number[] {
  if (base === 0 || memberMax.every((m) => m === 0)) return memberMax.map(() => 0);
  const positive = memberMax.map((m) => (m > 0 ? m : 0));
  const idx = positive.flatMap((m, i) => (m > 0 ? [i] : []));
  const shares = largestRemainder(
    base,
    idx.map((i) => positive[i]),
  );
  const out = memberMax.map(() => 0);
  idx.forEach((i, k) => (out[i] = shares[k]));
  return out;
}
