import { describe, expect, it } from "vitest";
import { FREE_TYPES, KNOWN_UNPRICED } from "../../sdk/cost/free";
import { PRICED_TYPES } from "../../sdk/cost/price-resource";

/** The types two tables both claim. */
const overlap = (a: readonly string[], b: readonly string[]) => a.filter((t) => b.includes(t)).sort();

describe("the cost engine's type tables", () => {
  const priced = [...PRICED_TYPES];
  const free = Object.keys(FREE_TYPES);
  const unpriced = Object.keys(KNOWN_UNPRICED);

  it("are not empty (the overlap checks below compare real tables)", () => {
    expect(priced.length).toBeGreaterThan(10);
    expect(free.length).toBeGreaterThan(10);
    expect(unpriced.length).toBeGreaterThan(0);
  });

  it("never claim a type twice: priced, free and known-unpriced are disjoint", () => {
    // A type priced and also listed free or unpriced has a dead entry that hides what the engine does.
    expect(overlap(priced, free), "priced and free").toEqual([]);
    expect(overlap(priced, unpriced), "priced and known-unpriced").toEqual([]);
    expect(overlap(free, unpriced), "free and known-unpriced").toEqual([]);
  });

  it("name real type tokens, with a reason for every free or unpriced type", () => {
    for (const t of [...priced, ...free, ...unpriced])
      expect(t, t).toMatch(
        /^(aws|azure-native|azure|gcp|kubernetes|awsx|eks|aws-apigateway):[^:]+:[A-Za-z0-9]+$/,
      );
    for (const [t, why] of Object.entries({ ...FREE_TYPES, ...KNOWN_UNPRICED }))
      expect(why.trim().length, t).toBeGreaterThan(10);
  });
});
