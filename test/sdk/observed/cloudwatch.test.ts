import { describe, expect, it } from "vitest";
import { ValidationError } from "../../../sdk/errors";
import { edited, fixture, run } from "./helpers";
import type { Json } from "./helpers";

const page1 = () => fixture("cloudwatch-get-metric-data-page1.json");
const page2 = () => fixture("cloudwatch-get-metric-data-page2.json");
const statistics = () => fixture("cloudwatch-get-metric-statistics-i-0fedcba9876543210.json");

/** The value behind a fixture, recomputed from its raw numbers (nearest-rank p95). */
function p95(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.ceil(0.95 * s.length) - 1];
}

describe("aws cloudwatch get-metric-data", () => {
  it("joins the pages per query Id, takes the instance from the Id and the resource name from --map", () => {
    const { doc, warnings } = run([page1(), page2()], { map: { cpu_web: "web-server" } });
    const raw = [page1(), page2()].flatMap(
      (p) =>
        (p.doc as Json).MetricDataResults.filter((r: Json) => r.Id === "cpu_i_0a1b2c3d4e5f60718")[0].Values,
    );
    expect(raw).toHaveLength(192);
    const instance = doc.resources.find((r) => r.resourceId === "i-0a1b2c3d4e5f60718")!;
    expect(instance).toMatchObject({
      cpuP95: p95(raw),
      samples: 192,
      periodSeconds: 3600,
      from: "2026-11-08T00:00:00.000Z",
      to: "2026-11-15T23:00:00.000Z",
    });
    expect(instance.memoryP95).toBeGreaterThan(38);
    expect(instance.cpuMax).toBe(Math.max(...raw));
    expect(instance.origin).toMatch(/page1\.json MetricDataResults\[0\].*page2\.json MetricDataResults\[0\]/);
    expect(doc.resources.find((r) => r.name === "web-server")).toMatchObject({ samples: 192 });
    expect(warnings).toEqual([]);
  });

  it("refuses a listing cut short: the last page of an Id is not Complete", () => {
    expect(() => run([page1()], { map: { cpu_web: "web-server" } })).toThrow(
      /page1\.json MetricDataResults\[\d\]\.StatusCode: "PartialData".*not complete; fetch the remaining pages .*--next-token/,
    );
  });

  it("refuses a series that says nothing of its resource, naming the Id and the --map fix", () => {
    expect(() => run([page1(), page2()])).toThrow(
      /page1\.json MetricDataResults\[2\]\.Id: "cpu_web" says nothing of which resource it measured; .*--map \(\{ "cpu_web": "<Pulumi name>" \}\)/,
    );
  });

  it("refuses negative and above-100 figures and empty series, with the JSON path", () => {
    const bad = edited("cloudwatch-get-metric-data-page2.json", (d) => {
      d.MetricDataResults[0].Values[3] = -2;
      d.MetricDataResults[1].Values[5] = 140;
    });
    let err: ValidationError | undefined;
    try {
      run([page1(), bad], { map: { cpu_web: "web-server" } });
    } catch (e) {
      err = e as ValidationError;
    }
    expect(err).toBeInstanceOf(ValidationError);
    expect(err!.message).toMatch(/page2\.json MetricDataResults\[0\]\.Values\[3\]: -2 is negative/);
    expect(err!.message).toMatch(/page2\.json MetricDataResults\[1\]\.Values\[5\]: 140 is above 100/);
    const empty = {
      file: "empty.json",
      doc: {
        MetricDataResults: [
          { Id: "cpu_i_0123456789abcdef0", Label: "x", Timestamps: [], Values: [], StatusCode: "Complete" },
        ],
        Messages: [],
      },
    };
    expect(() => run([empty])).toThrow(
      /empty\.json MetricDataResults\[0\]\.Values: .*is empty; widen --start-time/,
    );
  });

  it("reports too few samples and gaps instead of hiding them", () => {
    const holed = edited("cloudwatch-get-metric-data-page2.json", (d) => {
      for (const r of d.MetricDataResults) {
        r.Timestamps.splice(10, 5);
        r.Values.splice(10, 5);
      }
    });
    const { doc, warnings } = run([page1(), holed], { map: { cpu_web: "web-server" }, minSamples: 500 });
    expect(warnings.some((w) => /5 of 192 1 h periods have no sample .*longest gap 5 h/.test(w))).toBe(true);
    expect(warnings.some((w) => /187 sample\(s\), fewer than 500/.test(w))).toBe(true);
    expect(doc.resources[0].warnings!.length).toBeGreaterThan(0);
  });
});

describe("aws cloudwatch get-metric-statistics", () => {
  it("reads Datapoints in any order, takes the instance id from the file name and Maximum as the peak", () => {
    const { doc } = run([statistics()]);
    const points = (statistics().doc as Json).Datapoints as { Average: number; Maximum: number }[];
    expect(doc.resources).toHaveLength(1);
    expect(doc.resources[0]).toMatchObject({
      resourceId: "i-0fedcba9876543210",
      cpuP95: p95(points.map((p) => p.Average)),
      cpuMax: Math.max(...points.map((p) => p.Maximum)),
      samples: 192,
      periodSeconds: 3600,
    });
  });

  it("maps the file to a Pulumi name with --map, and refuses another metric or mixed units", () => {
    const { doc } = run([statistics()], {
      map: { "cloudwatch-get-metric-statistics-i-0fedcba9876543210.json": "batch" },
    });
    expect(doc.resources[0].name).toBe("batch");
    const network = edited("cloudwatch-get-metric-statistics-i-0fedcba9876543210.json", (d) => {
      d.Label = "NetworkIn";
    });
    expect(() => run([network])).toThrow(
      /Label: "NetworkIn" is a metric other than CPU or memory utilization; export --metric-name CPUUtilization/,
    );
    const mixed = edited("cloudwatch-get-metric-statistics-i-0fedcba9876543210.json", (d) => {
      d.Datapoints[7].Unit = "Count";
    });
    expect(() => run([mixed])).toThrow(/Datapoints\[\]\.Unit: .*mixes units \(Percent, Count\)/);
  });
});
