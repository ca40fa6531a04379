import { describe, expect, it } from "vitest";
import { ok, price } from "./kit";

describe("azure-native:applicationinsights:Component", () => {
  it("prices a classic component's ingestion and long retention as usage (golden with_retention: 1,000 GB kept = $100)", () => {
    const props = { location: "eastus", kind: "web", applicationType: "web", retentionInDays: 120 };
    const bare = ok(price("azure-native:applicationinsights:Component", props));
    expect(bare.usageUnknown).toBe(true);
    const used = ok(
      price("azure-native:applicationinsights:Component", props, { dataIngestionGb: 10, retainedGb: 1000 }),
    );
    expect(used.monthlyUsd).toBeCloseTo(23 + 100, 2);
  });

  it("bills a workspace-based component through its workspace", () => {
    const r = ok(
      price("azure-native:applicationinsights:Component", { location: "eastus", workspaceResourceId: "/ws" }),
    );
    expect(r.monthlyUsd).toBe(0);
    expect(r.assumptions.join(" ")).toContain("Log Analytics workspace");
  });
});

describe("azure-native:applicationinsights:WebTest", () => {
  it("prices standard tests per run (golden 300 s, 1 location: $5.65) and multi-step per test ($10.00)", () => {
    const std = ok(
      price("azure-native:applicationinsights:WebTest", {
        location: "westeurope",
        webTestKind: "standard",
        frequency: 300,
        locations: [{ location: "x" }],
      }),
    );
    expect(std.monthlyUsd).toBeCloseTo(5.65, 2);
    const multi = ok(
      price("azure-native:applicationinsights:WebTest", {
        location: "eastus",
        webTestKind: "multistep",
        locations: [{}, {}],
      }),
    );
    expect(multi.monthlyUsd).toBeCloseTo(10, 2);
    expect(
      ok(price("azure-native:applicationinsights:WebTest", { location: "eastus", webTestKind: "ping" }))
        .monthlyUsd,
    ).toBe(0);
  });

  it("is unpriced without a kind", () => {
    expect(price("azure-native:applicationinsights:WebTest", { location: "eastus" })).toMatchObject({
      priced: false,
    });
  });
});
