import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { smallestTotalForAll, splitPoolCapacity } from "../../components/balanced-pool/capacity";
import { largestRemainder, splitCapacity } from "../../sdk/placement/split";

const capacity = fc
  .tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 200 }))
  .map(([a, b, c]) => {
    const [min, desired, max] = [a, b, c].sort((x, y) => x - y);
    return { min, desired, max: Math.max(max, 1) };
  });
const weights = fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 6 });

describe("pool capacity split", () => {
  it("is the sdk's largest-remainder split whenever that split is ordered per member", () => {
    expect(splitPoolCapacity({ min: 4, desired: 6, max: 12 }, [2, 1, 1])).toEqual(
      splitCapacity({ min: 4, desired: 6, max: 12 }, [2, 1, 1]),
    );
  });

  it("keeps every member's min ≤ desired ≤ max where largest remainder would not (3:3:1, min 3, max 4)", () => {
    // The direct split gives the third member min 1 but max 0 (the Alabama paradox).
    expect(splitCapacity({ min: 3, desired: 3, max: 4 }, [3, 3, 1])[2]).toEqual({
      min: 1,
      desired: 1,
      max: 0,
    });
    expect(splitPoolCapacity({ min: 3, desired: 3, max: 4 }, [3, 3, 1])).toEqual([
      { min: 1, desired: 1, max: 2 },
      { min: 1, desired: 1, max: 1 },
      { min: 1, desired: 1, max: 1 },
    ]);
  });

  it("always sums to the pool's min, desired and max, orders each member, and stays near the quota", () => {
    fc.assert(
      fc.property(capacity, weights, (cap, w) => {
        const split = splitPoolCapacity(cap, w);
        const direct = splitCapacity(cap, w);
        const ordered = direct.every((m) => m.min <= m.desired && m.desired <= m.max);
        if (ordered) expect(split).toEqual(direct);
        const total = w.reduce((a, b) => a + b, 0);
        for (const k of ["min", "desired", "max"] as const) {
          expect(split.reduce((s, m) => s + m[k], 0)).toBe(cap[k]);
          // Within 1 of the quota when the direct split is kept; three splits of increments add at most 3.
          split.forEach((m, i) =>
            expect(Math.abs(m[k] - (cap[k] * w[i]) / total)).toBeLessThan(ordered ? 1 : 3),
          );
        }
        for (const m of split) {
          expect(m.min).toBeLessThanOrEqual(m.desired);
          expect(m.desired).toBeLessThanOrEqual(m.max);
        }
      }),
    );
  });

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
