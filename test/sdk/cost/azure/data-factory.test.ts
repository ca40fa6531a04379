import { describe, expect, it } from "vitest";
import { ok, price } from "./kit";

describe("azure-native:datafactory:Factory and IntegrationRuntime", () => {
  it("bills a factory's operations as usage", () => {
    const r = ok(
      price(
        "azure-native:datafactory:Factory",
        { location: "westeurope" },
        { readWriteEntities: 50000, monitoringEntities: 0 },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(0.5, 2);
  });

  it("prices a managed runtime's data flow vCore-hours (golden General 8 vCores, 730 h: $1,565.12) and a self-hosted one's runs", () => {
    const managed = {
      location: "westeurope",
      factoryName: "df",
      properties: {
        type: "Managed",
        computeProperties: { dataFlowProperties: { computeType: "General", coreCount: 8 } },
      },
    };
    expect(ok(price("azure-native:datafactory:IntegrationRuntime", managed)).usageUnknown).toBe(true);
    const used = ok(
      price("azure-native:datafactory:IntegrationRuntime", managed, {
        activityRuns: 0,
        dataIntegrationUnitHours: 0,
        dataFlowVcoreHours: 8 * 730,
      }),
    );
    expect(used.monthlyUsd).toBeCloseTo(1565.12, 2);
    const self = ok(
      price(
        "azure-native:datafactory:IntegrationRuntime",
        { location: "westeurope", properties: { type: "SelfHosted" } },
        { activityRuns: 2000, dataMovementHours: 730 },
      ),
    );
    expect(self.monthlyUsd).toBeCloseTo(3 + 73, 2);
  });

  it("is unpriced without a runtime type", () => {
    expect(
      price("azure-native:datafactory:IntegrationRuntime", { location: "westeurope", properties: {} }),
    ).toMatchObject({ priced: false });
  });
});
