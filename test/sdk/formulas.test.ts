import { describe, expect, it } from "vitest";
import { balancedLoad, monthly, optimizedCost, scaledSize, utilization } from "../../sdk/cost/formulas";

describe("the seed's formulas, with the seed's own examples", () => {
  it("utilization: 10 h used of 24 h is 41.67 %", () => {
    expect(utilization(10, 24) * 100).toBeCloseTo(41.67, 2);
  });
  it("balanced load: (60 + 40 + 20) / 3 is 40 %", () => {
    expect(balancedLoad([60, 40, 20])).toBe(40);
  });
  it("elastic scaling: 80 % × (1 + 30 %) is 104 %", () => {
    expect(scaledSize(0.8, 0.3) * 100).toBeCloseTo(104, 10);
  });
  it("cost optimization: 100 × (1 − 20 %) is 80", () => {
    expect(optimizedCost(100, 0.2)).toBeCloseTo(80, 10);
  });
  it("rejects impossible inputs with the field named", () => {
    expect(() => utilization(1, 0)).toThrow("capacity: 0 is not valid");
    expect(() => balancedLoad([])).toThrow("loads");
    expect(() => optimizedCost(100, 1.5)).toThrow("savingsRate: 1.5");
    expect(() => scaledSize(0.5, -2)).toThrow("changeRate");
  });
  it("monthly is 730 hours, in cents", () => {
    expect(monthly(0.096)).toBe(70.08);
  });
});
