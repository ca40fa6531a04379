import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { largestRemainder, splitCapacity } from "../../sdk/placement/split";

const capacity = fc
  .tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 200 }))
  .map(([a, b, c]) => {
    const [min, desired, max] = [a, b, c].sort((x, y) => x - y);
    return { min, desired, max: Math.max(max, 1) };
  });
const weights = fc.array(fc.integer({ min: 1, max: 20 }), { minLength: 1, maxLength: 6 });

describe("largest-remainder split", () => {
  it("splits by weight", () => {
    expect(largestRemainder(10, [2, 1, 1])).toEqual([5, 3, 2]);
    expect(largestRemainder(3, [1, 1, 1])).toEqual([1, 1, 1]);
    expect(largestRemainder(1, [1, 1])).toEqual([1, 0]);
    expect(largestRemainder(0, [3, 1])).toEqual([0, 0]);
  });

  it("always sums to the total and each share is within 1 of its quota", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 8 }),
        (total, weights) => {
          const shares = largestRemainder(total, weights);
          const sum = weights.reduce((a, b) => a + b, 0);
          expect(shares.reduce((a, b) => a + b, 0)).toBe(total);
          shares.forEach((s, i) => expect(Math.abs(s - (total * weights[i]) / sum)).toBeLessThan(1));
        },
      ),
    );
  });

  it("splits min, desired and max of a pool", () => {
    expect(splitCapacity({ min: 4, desired: 6, max: 12 }, [2, 1, 1])).toEqual([
      { min: 2, desired: 3, max: 6 },
      { min: 1, desired: 2, max: 3 },
      { min: 1, desired: 1, max: 3 },
    ]);
  });

  it("keeps min ≤ desired ≤ max for every member where the direct split would not (3:3:1)", () => {
    expect(largestRemainder(3, [3, 3, 1])).toEqual([1, 1, 1]);
    expect(largestRemainder(4, [3, 3, 1])).toEqual([2, 2, 0]);
    const split = splitCapacity({ min: 3, desired: 3, max: 4 }, [3, 3, 1]);
    expect(split.reduce((s, c) => s + c.max, 0)).toBe(4);
    for (const c of split) expect(c.min <= c.desired && c.desired <= c.max).toBe(true);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 30 }),
        (weights, a, b, c) => {
          const [min, desired, max] = [a, a + b, a + b + c];
          const parts = splitCapacity({ min, desired, max }, weights);
          expect(parts.reduce((s, p) => s + p.min, 0)).toBe(min);
          expect(parts.reduce((s, p) => s + p.desired, 0)).toBe(desired);
          expect(parts.reduce((s, p) => s + p.max, 0)).toBe(max);
          for (const p of parts) expect(p.min <= p.desired && p.desired <= p.max).toBe(true);
        },
      ),
    );
  });

  it("always sums to the pool's min, desired and max, orders each member, and stays near the quota", () => {
    fc.assert(
      fc.property(capacity, weights, (cap, w) => {
        const split = splitCapacity(cap, w);
        const direct = (["min", "desired", "max"] as const).map((k) => largestRemainder(cap[k], w));
        const ordered = w.every((_, i) => direct[0][i] <= direct[1][i] && direct[1][i] <= direct[2][i]);
        if (ordered)
          expect(split).toEqual(
            w.map((_, i) => ({ min: direct[0][i], desired: direct[1][i], max: direct[2][i] })),
          );
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

  it("rejects bad weights and totals", () => {
    expect(() => largestRemainder(3, [1, 0])).toThrow("weights[1]: 0 is not valid");
    expect(() => largestRemainder(2.5, [1])).toThrow("total: 2.5");
    expect(() => largestRemainder(1, [])).toThrow("weights");
  });
});
