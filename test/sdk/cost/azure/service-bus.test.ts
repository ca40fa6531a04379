import { describe, expect, it } from "vitest";
import { ok, price } from "./kit";

const ns = (sku: Record<string, unknown> | undefined, usage?: Record<string, number>) =>
  price("azure-native:servicebus:Namespace", { location: "westeurope", ...(sku ? { sku } : {}) }, usage);

describe("azure-native:servicebus:Namespace", () => {
  it("prices Standard's base charge (golden: $9.81) and tiers operations beyond the 13M included", () => {
    expect(ok(ns({ name: "Standard" })).monthlyUsd).toBeCloseTo(9.81, 2);
    // 200M operations: 87M × $0.80 + 100M × $0.50
    const r = ok(ns({ name: "Standard" }, { monthlyOperations: 200e6, brokeredConnections: 0 }));
    expect(r.monthlyUsd).toBeCloseTo(9.81 + 69.6 + 50, 2);
  });

  it("prices Premium per messaging unit (golden Premium.1: $677.08) and Basic per operation", () => {
    expect(ok(ns({ name: "Premium", capacity: 1 })).monthlyUsd).toBeCloseTo(677.08, 2);
    expect(ok(ns({ name: "Premium", capacity: 4 })).monthlyUsd).toBeCloseTo(4 * 677.08, 1);
    expect(ok(ns({ name: "Basic" }, { monthlyOperations: 10e6 })).monthlyUsd).toBeCloseTo(0.5, 2);
  });

  it("is unpriced without a SKU", () => {
    expect(ns(undefined)).toMatchObject({ priced: false, reason: "sku.name is not set" });
  });
});
