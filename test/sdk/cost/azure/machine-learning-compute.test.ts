import { describe, expect, it } from "vitest";
import { ctx, ok, price } from "./kit";

describe("azure-native:machinelearningservices:Compute", () => {
  it("prices a compute instance as one VM of its size (catalog price)", () => {
    const r = ok(
      price("azure-native:machinelearningservices:Compute", {
        location: "eastus",
        workspaceName: "ml",
        properties: { computeType: "ComputeInstance", properties: { vmSize: "Standard_D4s_v5" } },
      }),
    );
    expect(r.monthlyUsd).toBeCloseTo(
      ctx.catalog.offer("azure", "eastus", "Standard_D4s_v5")!.hourlyUsd * 730,
      1,
    );
  });

  it("prices a cluster at its minimum nodes with the range to the maximum", () => {
    const r = ok(
      price("azure-native:machinelearningservices:Compute", {
        location: "eastus",
        properties: {
          computeType: "AmlCompute",
          properties: { vmSize: "Standard_D2s_v5", scaleSettings: { minNodeCount: 0, maxNodeCount: 4 } },
        },
      }),
    );
    expect(r.monthlyUsd).toBe(0);
    expect(r.range!.maxMonthlyUsd).toBeCloseTo(
      4 * ctx.catalog.offer("azure", "eastus", "Standard_D2s_v5")!.hourlyUsd * 730,
      0,
    );
  });

  it("is unpriced for attached compute or a missing size", () => {
    expect(
      price("azure-native:machinelearningservices:Compute", {
        location: "eastus",
        properties: { computeType: "AKS" },
      }),
    ).toMatchObject({ priced: false });
    expect(
      price("azure-native:machinelearningservices:Compute", {
        location: "eastus",
        properties: { computeType: "AmlCompute", properties: {} },
      }),
    ).toMatchObject({
      priced: false,
      reason: expect.stringContaining("vmSize"),
    });
  });
});
