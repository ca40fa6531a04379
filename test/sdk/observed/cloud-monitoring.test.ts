import { describe, expect, it } from "vitest";
import { edited, fixture, run } from "./helpers";
import type { Json } from "./helpers";

const page1 = () => fixture("cloud-monitoring-page1.json");
const page2 = () => fixture("cloud-monitoring-page2.json");

describe("Cloud Monitoring projects.timeSeries.list", () => {
  it("joins a series split over pages and turns 0–1 fractions into percent", () => {
    const { doc } = run([page1(), page2()]);
    const batch2 = doc.resources.find((r) => r.resourceName === "batch-2")!;
    const points = [
      ...(page1().doc as Json).timeSeries[1].points,
      ...(page2().doc as Json).timeSeries[0].points,
    ].map((p: Json) => p.value.doubleValue * 100);
    expect(points).toHaveLength(192);
    const sorted = [...points].sort((a, b) => a - b);
    expect(batch2).toMatchObject({
      resourceId: "8837025614452871098",
      samples: 192,
      periodSeconds: 3600,
    });
    expect(batch2.cpuP95).toBeCloseTo(sorted[Math.ceil(0.95 * 192) - 1], 2);
    expect(batch2.cpuP95).toBeGreaterThan(1); // percent, not the 0–1 fraction
    expect(doc.resources.find((r) => r.resourceName === "batch-1")!.samples).toBe(192);
  });

  it("refuses a listing whose last page still has a nextPageToken", () => {
    expect(() => run([page1()])).toThrow(
      /cloud-monitoring-page1\.json nextPageToken: ".*" the listing goes on after this page; fetch the next page .*pageToken/,
    );
  });

  it("maps an instance name with --map; refuses percent where a fraction is expected", () => {
    const { doc } = run([page1(), page2()], {
      map: { "batch-1": "batch-a", "8837025614452871098": "batch-b" },
    });
    expect(doc.resources.map((r) => r.name).sort()).toEqual(["batch-a", "batch-b"]);
    const percent = edited("cloud-monitoring-page2.json", (d) => {
      d.timeSeries[0].points[4].value.doubleValue = 57;
    });
    expect(() => run([page1(), percent])).toThrow(
      /page2\.json timeSeries\[0\]\.points\[4\]\.value\.doubleValue: 57 is above 1: compute\.googleapis\.com\/instance\/cpu\/utilization is a 0–1 fraction/,
    );
  });

  it("refuses another metric, a mixed-unit page and an empty series, naming the JSON path", () => {
    const disk = edited("cloud-monitoring-page2.json", (d) => {
      d.timeSeries[0].metric.type = "compute.googleapis.com/instance/disk/read_bytes_count";
    });
    expect(() => run([page1(), disk])).toThrow(
      /timeSeries\[0\]\.metric\.type: ".*read_bytes_count" is a metric other than CPU/,
    );
    const mixed = edited("cloud-monitoring-page2.json", (d) => {
      d.unit = "{not_a_unit}";
    });
    expect(() => run([page1(), mixed])).toThrow(/page2\.json unit: "\{not_a_unit\}" the page mixes units/);
    const lonely = edited("cloud-monitoring-page2.json", (d) => {
      d.timeSeries[0].resource.labels.instance_id = "1111111111111111111";
      d.timeSeries[0].points = [];
    });
    expect(() => run([page1(), lonely])).toThrow(/page2\.json timeSeries\[0\]\.points: the series is empty/);
  });

  it("reads the Ops Agent's memory in percent, and refuses metrics of one instance with different periods", () => {
    const memory = (hours: number) =>
      edited("cloud-monitoring-page2.json", (d) => {
        d.unit = "%";
        d.timeSeries[0].metric = {
          type: "agent.googleapis.com/memory/percent_used",
          labels: { instance_name: "batch-1", state: "used" },
        };
        d.timeSeries[0].resource.labels.instance_id = "4617983517294021143";
        for (const p of d.timeSeries[0].points) {
          p.value.doubleValue *= 100;
          p.interval.startTime = new Date(Date.parse(p.interval.endTime) - hours * 3600e3).toISOString();
        }
        if (hours === 2)
          d.timeSeries[0].points = d.timeSeries[0].points.filter((_: unknown, i: number) => i % 2 === 0);
      });
    const first = edited("cloud-monitoring-page1.json", (d) => delete d.nextPageToken);
    const { doc } = run([first, memory(1)]);
    expect(doc.resources.find((r) => r.resourceName === "batch-1")).toMatchObject({ samples: 112 });
    expect(doc.resources.find((r) => r.resourceName === "batch-1")!.memoryP95).toBeGreaterThan(1);
    expect(() => run([first, memory(2)])).toThrow(
      /resource 4617983517294021143: cpu and memory have different periods \(cpu 1 h, memory 2 h\); export both metrics with the same period/,
    );
  });
});
