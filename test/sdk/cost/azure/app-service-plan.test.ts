import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { Priced, ResourcePrice } from "../../../../sdk/cost/types";

const ctx = { catalog: defaultCatalog(), region: "us-east-1" };
const plan = (props: Record<string, unknown>, usage?: Record<string, number>) =>
  priceResource("azure-native:web:AppServicePlan", props, { ...ctx, ...(usage ? { usage } : {}) });
function ok(r: ResourcePrice): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

describe("azure-native:web:AppServicePlan", () => {
  it("prices a Linux P1v3 plan like the golden (service_plan_test Linux.P1v3.1: $113.15)", () => {
    const r = ok(
      plan({ location: "eastus", kind: "linux", reserved: true, sku: { name: "P1v3", capacity: 1 } }),
    );
    expect(r.monthlyUsd).toBeCloseTo(113.15, 2);
  });

  it("prices Windows at the Windows rate, times sku.capacity (golden Windows.S1.3: $219.00)", () => {
    const r = ok(
      plan({ location: "eastus", kind: "app", sku: { name: "S1", tier: "Standard", capacity: 3 } }),
    );
    expect(r.monthlyUsd).toBeCloseTo(219.0, 2);
    expect(r.count).toBe(3);
  });

  it("prices an Elastic Premium EP1 plan per vCPU and GB (golden elasticPremiumFunction: $157.72)", () => {
    const r = ok(plan({ location: "eastus", sku: { name: "EP1", tier: "ElasticPremium" } }));
    expect(r.monthlyUsd).toBeCloseTo(157.72, 1);
  });

  it("states a region note when the eastus price is used elsewhere", () => {
    const r = ok(plan({ location: "West Europe", kind: "linux", sku: { name: "B1" } }));
    expect(r.monthlyUsd).toBeCloseTo(12.41, 2);
    expect(r.assumptions.join(" ")).toContain("eastus list price is used for westeurope");
    expect(r.assumptions.join(" ")).toContain("1 instance assumed");
  });

  it("prices a Consumption (Y1) plan by usage only", () => {
    const bare = ok(plan({ location: "eastus", sku: { name: "Y1", tier: "Dynamic" } }));
    expect(bare.monthlyUsd).toBe(0);
    expect(bare.usageUnknown).toBe(true);
    expect(bare.usage!.map((u) => u.usdPerUnit)).toEqual([0.2, 0.000016]);
    // golden functionAppWithLessThanMins: 37,500 GB-seconds = $0.60; 3M executions × $0.20/1M = $0.60
    const used = ok(
      plan({ location: "eastus", sku: { name: "Y1" } }, { monthlyExecutions: 3e6, monthlyGbSeconds: 37500 }),
    );
    expect(used.monthlyUsd).toBeCloseTo(1.2, 2);
    expect(used.usageUnknown).toBe(false);
  });

  it("is unpriced without a location or a size, and names an unknown size", () => {
    expect(
      priceResource("azure-native:web:AppServicePlan", { sku: { name: "S1" } }, { catalog: ctx.catalog }),
    ).toMatchObject({
      priced: false,
      reason: expect.stringContaining("location"),
    });
    expect(plan({ location: "eastus" })).toMatchObject({ priced: false, reason: "sku.name is not set" });
    expect(plan({ location: "eastus", sku: { name: "P9v9" } })).toMatchObject({
      priced: false,
      reason: expect.stringContaining('sku.name "P9V9"'),
    });
  });

  it("prices F1 at 0 with the reason", () => {
    const r = ok(plan({ location: "eastus", sku: { name: "F1", tier: "Free" } }));
    expect(r.monthlyUsd).toBe(0);
    expect(r.assumptions.join(" ")).toContain("Free (F1)");
  });
});
