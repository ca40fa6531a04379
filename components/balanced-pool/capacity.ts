import { Capacity, largestRemainder, splitCapacity } from "../../sdk/placement/split";

/**
 * Splits a pool's capacity across weighted members with the sdk's largest-remainder split, so
 * min, desired and max each sum to the pool's.
 *
 * Largest remainder is not monotone (the Alabama paradox): weights 3:3:1 give min 3 as 1/1/1 but
 * max 4 as 2/2/0, a member whose max is below its min, which no autoscaler accepts. When that
 * happens the increments are split instead (min, then desired − min, then max − desired), which
 * keeps every sum and orders every member's min ≤ desired ≤ max.
 */
export function splitPoolCapacity(capacity: Capacity, weights: readonly number[]): Capacity[] {
  const direct = splitCapacity(capacity, weights);
  if (direct.every((c) => c.min <= c.desired && c.desired <= c.max)) return direct;
  const min = largestRemainder(capacity.min, weights);
  const aboveMin = largestRemainder(capacity.desired - capacity.min, weights);
  const aboveDesired = largestRemainder(capacity.max - capacity.desired, weights);
  return weights.map((_, i) => ({
    min: min[i],
    desired: min[i] + aboveMin[i],
    max: min[i] + aboveMin[i] + aboveDesired[i],
  }));
}

/** The smallest total from `from` up whose largest-remainder split gives every member at least one. */
export function smallestTotalForAll(from: number, weights: readonly number[]): number {
  const sum = weights.reduce((a, b) => a + b, 0);
  // At sum / (smallest weight) every quota is at least 1, so every floor is too: the search ends there.
  const bound = Math.max(from, Math.ceil(sum / Math.min(...weights)));
  for (let total = Math.max(from, weights.length); total < bound; total++) {
    if (largestRemainder(total, weights).every((share) => share >= 1)) return total;
  }
  return bound;
}
