import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { smallestTotalForAll } from "../../components/balanced-pool/capacity";
import { largestRemainder } from "../../sdk/placement/split";

const weights = fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 6 });

describe("pool capacity", () => {
  it("finds the smallest total that gives every member at least one", () => {
    expect(smallestTotalForAll(3, [10, 1])).toBe(6);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), weights, (from, w) => {
        const total = smallestTotalForAll(from, w);
        expect(total).toBeGreaterThanOrEqual(from);
        expect(largestRemainder(total, w).every((s) => s >= 1)).toBe(true);
        for (let t = Math.max(from, 0); t < total; t++)
          expect(largestRemainder(t, w).some((s) => s === 0)).toBe(true);
      }),
    );
  });
});
