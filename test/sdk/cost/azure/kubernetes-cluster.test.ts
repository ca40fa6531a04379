import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import { supportsPremiumStorage } from "../../../../sdk/cost/azure/kubernetes-cluster";
import type { PriceContext, Priced, ResourcePrice } from "../../../../sdk/cost/types";

// The goldens' node sizes (D2_v2, DS2_v2 at $0.146/h in eastus) are not in the shipped catalog:
// supply them as a user catalog would.
const vm = (name: string) => ({
  cloud: "azure" as const,
  name,
  family: "Dv2",
  category: "general" as const,
  vcpus: 2,
  memoryGiB: 7,
  arch: "x86_64" as const,
  gpuCount: 0,
});
const catalog = defaultCatalog().withOverrides({
  sources: [{ id: "golden-aks", description: "infracost@95ba4f49 golden azure/kubernetes_cluster_test" }],
  instanceTypes: [vm("Standard_D2_v2"), vm("Standard_DS2_v2")],
  offers: ["Standard_D2_v2", "Standard_DS2_v2"].map((instanceType) => ({
    cloud: "azure" as const,
    region: "eastus",
    instanceType,
    hourlyUsd: 0.146,
    source: "golden-aks",
  })),
});
const ctx: PriceContext = { catalog, region: "us-east-1" };
function ok(r: ResourcePrice): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}
const cluster = (props: Record<string, unknown>, c: PriceContext = ctx) =>
  priceResource("azure-native:containerservice:ManagedCluster", props, c);

describe("azure-native:containerservice:ManagedCluster", () => {
  it("prices the Standard tier SLA and a premium-disk pool (golden paid_D2SV2_3nc_128gb: $451.87)", () => {
    const r = ok(
      cluster({
        location: "eastus",
        sku: { name: "Base", tier: "Standard" },
        agentPoolProfiles: [{ name: "default", count: 3, vmSize: "Standard_DS2_v2", osDiskSizeGB: 128 }],
      }),
    );
    // 73.00 uptime SLA + 3 × 106.58 nodes + 3 × 19.71 P10 OS disks
    expect(r.monthlyUsd).toBeCloseTo(451.87, 1);
    expect(r.count).toBe(3);
  });

  it("prices a Free-tier cluster's one default node with a Standard HDD disk (golden free_D2V2: $112.47)", () => {
    const r = ok(
      cluster({ location: "eastus", agentPoolProfiles: [{ name: "default", vmSize: "Standard_D2_v2" }] }),
    );
    expect(r.monthlyUsd).toBeCloseTo(112.47, 2);
    expect(r.assumptions.join(" ")).toContain("1 node assumed");
    expect(r.assumptions.join(" ")).toContain("128 GiB assumed");
  });

  it("leaves out ephemeral OS disks and gives the autoscaling range", () => {
    const r = ok(
      cluster({
        location: "eastus",
        agentPoolProfiles: [
          {
            name: "pool",
            vmSize: "Standard_D2s_v5",
            count: 2,
            minCount: 1,
            maxCount: 5,
            enableAutoScaling: true,
            osDiskType: "Ephemeral",
          },
        ],
      }),
    );
    const node = catalog.offer("azure", "eastus", "Standard_D2s_v5")!.hourlyUsd * 730;
    expect(r.monthlyUsd).toBeCloseTo(2 * node, 1);
    expect(r.range!.minMonthlyUsd).toBeCloseTo(node, 1);
    expect(r.range!.maxMonthlyUsd).toBeCloseTo(5 * node, 1);
  });

  it("is unpriced for Windows pools, unknown sizes, a missing vmSize or location", () => {
    const windows = cluster({
      location: "eastus",
      agentPoolProfiles: [{ name: "win", vmSize: "Standard_D2_v2", osType: "Windows" }],
    });
    expect(windows).toMatchObject({ priced: false, reason: expect.stringContaining("Windows") });
    expect(cluster({ location: "eastus", agentPoolProfiles: [{ name: "a" }] })).toMatchObject({
      priced: false,
      reason: "agentPoolProfiles[0] (a).vmSize is not set",
    });
    expect(cluster({ location: "eastus", agentPoolProfiles: [{ vmSize: "Standard_Nope9" }] })).toMatchObject({
      priced: false,
      reason: expect.stringContaining("Standard_Nope9"),
    });
    expect(cluster({ agentPoolProfiles: [] }, { catalog })).toMatchObject({
      priced: false,
      reason: expect.stringContaining("location"),
    });
    expect(cluster({ location: "eastus", sku: { tier: "Premium" } })).toMatchObject({ priced: false });
  });

  it("tells premium-storage sizes apart", () => {
    expect(supportsPremiumStorage("Standard_DS2_v2")).toBe(true);
    expect(supportsPremiumStorage("Standard_D4as_v5")).toBe(true);
    expect(supportsPremiumStorage("Standard_B2ms")).toBe(true);
    expect(supportsPremiumStorage("Standard_D2_v2")).toBe(false);
    expect(supportsPremiumStorage("Basic_A2")).toBe(false);
  });
});

describe("azure-native:containerservice:AgentPool", () => {
  it("prices count × vmSize with its OS disk, in its cluster's region (golden example pool: $126.29)", () => {
    const resolve = (ref: string) =>
      ref === "aks"
        ? { type: "azure-native:containerservice:ManagedCluster", props: { location: "East US" } }
        : undefined;
    const r = ok(
      priceResource(
        "azure-native:containerservice:AgentPool",
        { resourceName: "aks", resourceGroupName: "rg", vmSize: "Standard_DS2_v2", count: 1 },
        { catalog, resolve },
      ),
    );
    // 106.58 node + 19.71 P10 OS disk
    expect(r.region).toBe("eastus");
    expect(r.monthlyUsd).toBeCloseTo(126.29, 1);
    expect(r.assumptions.join(" ")).toContain("its cluster's location");
  });
});
