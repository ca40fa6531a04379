import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../sdk/catalog/catalog";
import { azureResourceOfMetricId } from "../../../sdk/observed/azure-monitor";
import { durationSeconds } from "../../../sdk/observed/stats";
import { edited, fixture, run } from "./helpers";
import type { Json } from "./helpers";

const metrics = () => fixture("azure-monitor-metrics.json");
const vms = () => fixture("azure-vm-list.json");
const VM_ID =
  "/subscriptions/5d1f3c2a-8b7e-4f6d-9a0c-1e2f3a4b5c6d/resourceGroups/rg-prod/providers/Microsoft.Compute/virtualMachines/reports-vm";

describe("az monitor metrics list", () => {
  it("reads Percentage CPU, and Available Memory Bytes as percent used of the VM size from az vm list", () => {
    const { doc, warnings } = run([metrics(), vms()]);
    expect(doc.resources).toHaveLength(1);
    const e = doc.resources[0];
    // az vm list tags the VM with lepton:component: the entry is matched by that tag, exactly.
    expect(e.tag).toEqual({ key: "lepton:component", value: "MultiCloudVm/reports" });
    expect(e.instanceType).toBe("Standard_D8s_v5");
    const data = (metrics().doc as Json).value[1].timeseries[0].data as { average: number | null }[];
    const memGiB = defaultCatalog().instanceType("azure", "Standard_D8s_v5")!.memoryGiB;
    const used = data
      .filter((p) => p.average !== null)
      .map((p) => 100 * (1 - p.average! / (memGiB * 2 ** 30)))
      .sort((a, b) => a - b);
    expect(e.memoryP95).toBeCloseTo(used[Math.ceil(0.95 * used.length) - 1], 2);
    expect(e.cpuP95).toBeGreaterThan(0);
    // The null averages (a deallocated VM) are gaps: 188 samples, the gaps reported.
    expect(e.samples).toBe(188);
    expect(e.periodSeconds).toBe(3600);
    expect(warnings.some((w) => /4 of 192 1 h periods have no sample.*longest gap 3 h/.test(w))).toBe(true);
  });

  it("without a VM size, the bytes cannot become percent: it says so and how to fix it", () => {
    expect(() => run([metrics()])).toThrow(
      /value\[1\]\.name\.value: "Available Memory Bytes" is in bytes, and the VM size of reports-vm is not known.*az vm list --output json.*"instanceType" in the --map entry/,
    );
    const { doc } = run([metrics()], {
      map: { [VM_ID]: { name: "reports", instanceType: "Standard_D8s_v5" } },
    });
    expect(doc.resources[0]).toMatchObject({ name: "reports", instanceType: "Standard_D8s_v5" });
  });

  it("keys the resource on value[].id without its metrics tail; matches a map key whatever its case", () => {
    expect(azureResourceOfMetricId(`${VM_ID}/providers/Microsoft.Insights/metrics/Percentage CPU`)).toBe(
      VM_ID,
    );
    expect(
      azureResourceOfMetricId(`${VM_ID}/providers/microsoft.insights/metrics?api-version=2018-01-01`),
    ).toBe(VM_ID);
    const cpuOnly = edited("azure-monitor-metrics.json", (d) => d.value.splice(1, 1));
    const { doc } = run([cpuOnly], { map: { [VM_ID.toUpperCase()]: "reports" } });
    expect(doc.resources[0].name).toBe("reports");
    const { doc: unmapped } = run([cpuOnly]);
    expect(unmapped.resources[0]).toMatchObject({ resourceId: VM_ID, resourceName: "reports-vm" });
  });

  it("reads the interval as ISO 8601 or as older CLIs print it", () => {
    expect(durationSeconds("PT5M")).toBe(300);
    expect(durationSeconds("PT1H")).toBe(3600);
    expect(durationSeconds("1:00:00")).toBe(3600);
    expect(durationSeconds("0:05:00")).toBe(300);
    expect(durationSeconds("1 day, 0:00:00")).toBe(86400);
    expect(durationSeconds("soon")).toBeUndefined();
  });

  it("refuses another metric, a failed metric, an empty series and a stated interval the points contradict", () => {
    const network = edited("azure-monitor-metrics.json", (d) => {
      d.value[0].name.value = "Network In Total";
    });
    expect(() => run([network, vms()])).toThrow(
      /value\[0\]\.name\.value: "Network In Total" is a metric other than CPU/,
    );
    const failed = edited("azure-monitor-metrics.json", (d) => {
      d.value[0].errorCode = "ResourceNotFound";
    });
    expect(() => run([failed, vms()])).toThrow(
      /value\[0\]\.errorCode: "ResourceNotFound" Azure Monitor could not read/,
    );
    const empty = edited("azure-monitor-metrics.json", (d) => {
      for (const p of d.value[0].timeseries[0].data) p.average = null;
    });
    expect(() => run([empty, vms()])).toThrow(
      /value\[0\]\.timeseries\[0\]\.data: has no average in any of its 192 points: the series is empty/,
    );
    const fiveMinutes = edited("azure-monitor-metrics.json", (d) => {
      d.interval = "PT5M";
    });
    expect(() => run([fiveMinutes, vms()])).toThrow(/states a period of 5 min but its samples are 1 h apart/);
    const above = edited("azure-monitor-metrics.json", (d) => {
      d.value[0].timeseries[0].data[0].average = 250;
    });
    expect(() => run([above, vms()])).toThrow(
      /value\[0\]\.timeseries\[0\]\.data\[0\]\.average: 250 is above 100/,
    );
  });
});
