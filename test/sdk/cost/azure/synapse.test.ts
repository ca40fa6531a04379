import { describe, expect, it } from "vitest";
import { ok, price } from "./kit";

describe("azure-native:synapse:Workspace and SqlPool", () => {
  it("bills a workspace per use (golden: 11 TB serverless SQL = $55.00)", () => {
    const ws = ok(price("azure-native:synapse:Workspace", { location: "westeurope" }));
    expect(ws.monthlyUsd).toBe(0);
    expect(ws.usageUnknown).toBe(true);
    const used = ok(
      price(
        "azure-native:synapse:Workspace",
        { location: "westeurope" },
        { serverlessSqlTb: 11, pipelineActivityRuns: 0, dataIntegrationUnitHours: 0 },
      ),
    );
    expect(used.monthlyUsd).toBeCloseTo(55, 2);
  });

  it("prices a dedicated pool by DWU (golden DW200c: $2,204.60) and is unpriced for Gen1 levels", () => {
    expect(
      ok(price("azure-native:synapse:SqlPool", { location: "westeurope", sku: { name: "DW200c" } }))
        .monthlyUsd,
    ).toBeCloseTo(2204.6, 2);
    expect(
      price("azure-native:synapse:SqlPool", { location: "westeurope", sku: { name: "DW400" } }),
    ).toMatchObject({ priced: false });
  });
});
