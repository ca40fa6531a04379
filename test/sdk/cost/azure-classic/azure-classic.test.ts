import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced, ResourcePrice } from "../../../../sdk/cost/types";
import { UNKNOWN } from "../../../../sdk/cost/types";

// Classic Azure (@pulumi/azure) resources are Terraform azurerm resources, so Infracost's azurerm
// goldens apply to them as written. Each is priced through its azure-native pricer.
const ctx: PriceContext = { catalog: defaultCatalog() };
const ok = (r: ResourcePrice): Priced => {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
};
const price = (type: string, props: Record<string, unknown>, extra: Partial<PriceContext> = {}) =>
  priceResource(type, props, { ...ctx, ...extra });

// The AKS goldens' node sizes are not in the shipped catalog: supplied as a user catalog would.
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
const aksCatalog = defaultCatalog().withOverrides({
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

describe("azure:containerservice/kubernetesCluster:KubernetesCluster (golden kubernetes_cluster_test, 2024-08-30)", () => {
  it("paid_D2SV2_3nc_128gb: Standard tier SLA + 3 DS2_v2 nodes with P10 OS disks, $451.87", () => {
    const r = ok(
      price(
        "azure:containerservice/kubernetesCluster:KubernetesCluster",
        {
          location: "eastus",
          skuTier: "Standard",
          defaultNodePool: { name: "default", nodeCount: 3, vmSize: "Standard_DS2_v2", osDiskSizeGb: 128 },
        },
        { catalog: aksCatalog },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(451.87, 1);
    expect(r.assumptions.join(" ")).toContain(
      "classic azure provider: priced as azure-native:containerservice:ManagedCluster",
    );
  });

  it("free_D2V2: Free tier, one default node, $112.47", () => {
    const r = ok(
      price(
        "azure:containerservice/kubernetesCluster:KubernetesCluster",
        { location: "eastus", defaultNodePool: { name: "default", vmSize: "Standard_D2_v2" } },
        { catalog: aksCatalog },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(112.47, 2);
  });

  it("a node pool takes its cluster's location; an unknown default pool is unpriced with the field", () => {
    const resolve = (ref: string, path: string) =>
      ref === UNKNOWN && path === "kubernetesClusterId"
        ? {
            type: "azure:containerservice/kubernetesCluster:KubernetesCluster",
            props: { location: "East US" },
          }
        : undefined;
    const pool = ok(
      price(
        "azure:containerservice/kubernetesClusterNodePool:KubernetesClusterNodePool",
        { kubernetesClusterId: UNKNOWN, vmSize: "Standard_DS2_v2", nodeCount: 3, osDiskSizeGb: 128 },
        { catalog: aksCatalog, resolve },
      ),
    );
    expect(pool.region).toBe("eastus");
    expect(pool.monthlyUsd).toBeCloseTo(451.87 - 73, 1);
    const unknown = price("azure:containerservice/kubernetesCluster:KubernetesCluster", {
      location: "eastus",
      defaultNodePool: UNKNOWN,
    });
    expect(!unknown.priced && unknown.reason).toContain("defaultNodePool is unknown");
  });
});

describe("the other priced classic types", () => {
  it("azure:network/publicIp:PublicIp (golden public_ip_test: static regional $3.65)", () => {
    expect(
      ok(price("azure:network/publicIp:PublicIp", { location: "eastus", allocationMethod: "Static" }))
        .monthlyUsd,
    ).toBeCloseTo(3.65, 2);
    const nowhere = price("azure:network/publicIp:PublicIp", {});
    expect(!nowhere.priced && nowhere.reason).toContain("location");
  });

  it("azure:compute/linuxVirtualMachine:LinuxVirtualMachine (golden basic_b1: Standard_B1s $7.59 an instance)", () => {
    const r = ok(
      price("azure:compute/linuxVirtualMachine:LinuxVirtualMachine", {
        location: "eastus",
        size: "Standard_B1s",
        osDisk: { caching: "ReadWrite", storageAccountType: "Standard_LRS" },
      }),
    );
    expect(r.lines[0].hourlyUsd * 730).toBeCloseTo(7.59, 2);
    const native = ok(
      price("azure-native:compute:VirtualMachine", {
        location: "eastus",
        hardwareProfile: { vmSize: "Standard_B1s" },
        storageProfile: { osDisk: { managedDisk: { storageAccountType: "Standard_LRS" } } },
      }),
    );
    expect(r.monthlyUsd).toBe(native.monthlyUsd);
    const win = price("azure:compute/windowsVirtualMachine:WindowsVirtualMachine", {
      location: "eastus",
      size: "Standard_B1s",
    });
    expect(!win.priced && win.reason).toContain("Linux VM prices only");
  });

  it("azure:storage/account:Account (golden StorageV2.Standard.GRS.Cool: $92,000 + $80 + $0.40 + $40), usage-based without usage", () => {
    const props = {
      location: "westus",
      accountTier: "Standard",
      accountReplicationType: "GRS",
      accountKind: "StorageV2",
      accessTier: "Cool",
    };
    const used = ok(
      price("azure:storage/account:Account", props, {
        usage: {
          storageGb: 4e6,
          monthlyWriteOperations: 4e6,
          monthlyReadOperations: 4e5,
          monthlyRetrievalGb: 4000,
        },
      }),
    );
    expect(used.monthlyUsd).toBeCloseTo(92_120.4, 1);
    const bare = ok(price("azure:storage/account:Account", props));
    expect(bare.usageUnknown).toBe(true);
    expect(bare.usage![0]).toMatchObject({ key: "storageGb", usdPerUnit: 0.023 });
  });

  it("azure:appservice/servicePlan:ServicePlan and plan:Plan (golden service_plan_test Linux.P1v3.1 $113.15, Windows.S1.3 $219.00)", () => {
    expect(
      ok(
        price("azure:appservice/servicePlan:ServicePlan", {
          location: "eastus",
          osType: "Linux",
          skuName: "P1v3",
          workerCount: 1,
        }),
      ).monthlyUsd,
    ).toBeCloseTo(113.15, 2);
    expect(
      ok(
        price("azure:appservice/servicePlan:ServicePlan", {
          location: "eastus",
          osType: "Windows",
          skuName: "S1",
          workerCount: 3,
        }),
      ).monthlyUsd,
    ).toBeCloseTo(219, 2);
    expect(
      ok(
        price("azure:appservice/plan:Plan", {
          location: "eastus",
          kind: "Windows",
          sku: { tier: "Standard", size: "S1", capacity: 3 },
        }),
      ).monthlyUsd,
    ).toBeCloseTo(219, 2);
    const noSize = price("azure:appservice/servicePlan:ServicePlan", { location: "eastus", osType: "Linux" });
    expect(!noSize.priced && noSize.reason).toContain("sku.name");
  });

  it("scaffolding is free, stated", () => {
    for (const t of [
      "azure:core/resourceGroup:ResourceGroup",
      "azure:network/subnet:Subnet",
      "azure:authorization/assignment:Assignment",
    ])
      expect(price(t, {})).toMatchObject({ priced: true, free: true, monthlyUsd: 0 });
  });
});
