import { describe, expect, it } from "vitest";
import { UNKNOWN } from "../../../../sdk/cost/types";
import { noRegion, ok, price } from "./kit";

const T = "azure-native:synapse:BigDataPool";
const pool = { location: "westeurope", nodeSize: "Small", nodeSizeFamily: "MemoryOptimized" };

describe("azure-native:synapse:BigDataPool (golden synapse_spark_pool_test, 2024-07-01)", () => {
  it("lists the vCore-hour price when the hours are not known", () => {
    const r = ok(price(T, { ...pool, nodeCount: 3 }));
    expect(r.monthlyUsd).toBe(0);
    expect(r.usageUnknown).toBe(true);
    expect(r.usage![0]).toMatchObject({ key: "monthlyHours", usdPerUnit: 0.15457, unit: "vCore-hour" });
  });

  it("golden default: 3 Small nodes × 11 hours = 132 vCore-hours, $20.40", () => {
    expect(ok(price(T, { ...pool, nodeCount: 3 }, { monthlyHours: 11 })).monthlyUsd).toBeCloseTo(20.4, 2);
  });

  it("golden autoscale: the minimum of 4 Small nodes × 9 hours = 144 vCore-hours, $22.26", () => {
    const r = ok(
      price(
        T,
        { ...pool, autoScale: { enabled: true, minNodeCount: 4, maxNodeCount: 8 } },
        { monthlyHours: 9 },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(22.26, 2);
    expect(r.assumptions.join(" ")).toContain("autoscale minimum");
  });

  it("takes the region from its workspace", () => {
    const resolve = () => ({ type: "azure-native:synapse:Workspace", props: { location: "West US 2" } });
    const r = ok(
      price(T, { workspaceName: UNKNOWN, nodeSize: "Medium", nodeCount: 3 }, undefined, {
        ...noRegion,
        resolve,
      }),
    );
    expect(r.region).toBe("westus2");
    expect(r.assumptions.join(" ")).toContain("westeurope list price is used for westus2");
  });

  it("is unpriced for unknown sizes, other families or no node count", () => {
    expect(price(T, { ...pool, nodeSize: "Huge", nodeCount: 3 })).toMatchObject({ priced: false });
    expect(price(T, { ...pool, nodeSizeFamily: "HardwareAcceleratedGPU", nodeCount: 3 })).toMatchObject({
      priced: false,
    });
    const none = price(T, pool);
    expect(!none.priced && none.reason).toContain("nodeCount");
  });
});
