import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { largestRemainder, splitCapacity } from "../../sdk/placement/split";

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

  it("rejects bad weights and totals", () => {
    expect(() => largestRemainder(3, [1, 0])).toThrow("weights[1]: 0 is not valid");
    expect(() => largestRemainder(2.5, [1])).toThrow("total: 2.5");
    expect(() => largestRemainder(1, [])).toThrow("weights");
  });
});
