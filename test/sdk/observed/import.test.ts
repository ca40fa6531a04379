import { describe, expect, it } from "vitest";
import { detectFormat } from "../../../sdk/observed/import";
import { validateObservedUtilization } from "../../../sdk/observed/format";
import { observationMatches } from "../../../sdk/observed/match";
import { fixture, run } from "./helpers";

describe("importUtilization across formats", () => {
  it("detects each export from its fields", () => {
    expect(detectFormat(fixture("cloudwatch-get-metric-data-page1.json").doc)).toBe(
      "cloudwatch-get-metric-data",
    );
    expect(detectFormat(fixture("cloudwatch-get-metric-statistics-i-0fedcba9876543210.json").doc)).toBe(
      "cloudwatch-get-metric-statistics",
    );
    expect(detectFormat(fixture("azure-monitor-metrics.json").doc)).toBe("azure-monitor");
    expect(detectFormat(fixture("azure-vm-list.json").doc)).toBe("inventory");
    expect(detectFormat(fixture("cloud-monitoring-page2.json").doc)).toBe("cloud-monitoring");
    expect(detectFormat({ kind: "lepton-observed-utilization", version: 1, resources: [] })).toBe("lepton");
    expect(detectFormat({ items: [] })).toBeUndefined();
  });

  it("writes one valid document of all three clouds' exports", () => {
    const { doc } = run(
      [
        fixture("cloudwatch-get-metric-data-page1.json"),
        fixture("cloudwatch-get-metric-data-page2.json"),
        fixture("azure-monitor-metrics.json"),
        fixture("azure-vm-list.json"),
        fixture("cloud-monitoring-page1.json"),
        fixture("cloud-monitoring-page2.json"),
      ],
      { map: { cpu_web: "web-server" } },
    );
    expect(doc.resources).toHaveLength(5);
    expect(doc.source).toMatch(
      /CloudWatch GetMetricData.*Azure Monitor.*Cloud Monitoring.* 2026-11-08\.\.2026-11-15/,
    );
    expect(validateObservedUtilization(JSON.parse(JSON.stringify(doc)), "doc")).toEqual(doc);
  });

  it("names unrecognized JSON and a --from that does not fit", () => {
    expect(() => run([{ file: "notes.json", doc: { items: [] } }])).toThrow(
      /notes\.json: is not an export lepton-mc reads: it has none of MetricDataResults.*--from/,
    );
    expect(() => run([fixture("azure-monitor-metrics.json")], { from: "cloudwatch" })).toThrow(
      /azure-monitor-metrics\.json: is azure-monitor output, not cloudwatch/,
    );
  });

  it("refuses a lepton file of fractions, unless it says its unit is percent", () => {
    const fractions = {
      kind: "lepton-observed-utilization",
      version: 1,
      resources: [{ name: "a", cpuP95: 0.42 }],
    };
    expect(() => validateObservedUtilization(fractions, "u.json")).toThrow(
      /u\.json\.resources: every figure is at most 1 .*look like 0–1 fractions.*multiply them by 100/,
    );
    expect(() => validateObservedUtilization({ ...fractions, unit: "percent" }, "u.json")).not.toThrow();
  });

  it("matches by name or lock key, by tag (GCP-normalized too) and by the cloud's name, never by a prefix", () => {
    const vm = {
      name: "api-vm",
      type: "azure-native:compute:VirtualMachine",
      props: {
        vmName: "api-vm",
        resourceGroupName: "rg-prod",
        tags: { "lepton:component": "MultiCloudVm/api" },
      },
      aliases: ["api"],
    };
    expect(observationMatches({ name: "api", cpuP95: 5 }, vm)).toBe(true);
    expect(observationMatches({ name: "ap", cpuP95: 5 }, vm)).toBe(false);
    expect(
      observationMatches({ tag: { key: "lepton:component", value: "MultiCloudVm/api" }, cpuP95: 5 }, vm),
    ).toBe(true);
    const id = "/subscriptions/x/resourceGroups/RG-PROD/providers/Microsoft.Compute/virtualMachines/API-VM";
    expect(observationMatches({ resourceId: id, cpuP95: 5 }, vm)).toBe(true);
    expect(observationMatches({ resourceId: id.replace("RG-PROD", "rg-other"), cpuP95: 5 }, vm)).toBe(false);
    expect(observationMatches({ resourceId: id.replace("API-VM", "api-vm-2"), cpuP95: 5 }, vm)).toBe(false);
    const gcp = {
      name: "web-vm",
      type: "gcp:compute/instance:Instance",
      props: { name: "web-1", labels: { lepton_component: "multicloudvm_web" } },
    };
    expect(
      observationMatches({ tag: { key: "lepton:component", value: "MultiCloudVm/web" }, cpuP95: 5 }, gcp),
    ).toBe(true);
    expect(observationMatches({ resourceId: "123", resourceName: "web-1", cpuP95: 5 }, gcp)).toBe(true);
  });
});
