import { largestRemainder } from "../../sdk/placement/split";

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
