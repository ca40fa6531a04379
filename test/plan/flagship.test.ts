import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, lepton } from "../helpers/cli";

beforeAll(ensureBuilt, 300_000);

// The README's main-job command: the flagship example must pass our own pack and fit its budget.
describe("the flagship example", () => {
  it("plans within budget with no mandatory violation", () => {
    const r = lepton(["plan", "examples/budgeted-platform", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan.violations.filter((v: { level: string }) => v.level === "mandatory")).toEqual([]);
    expect(plan.budget.projectedUsd).toBeLessThanOrEqual(plan.budget.limitUsd);
    expect(Object.keys(plan.totals.byCloud).sort()).toEqual(["aws", "azure", "gcp"]);
  }, 120_000);
});
