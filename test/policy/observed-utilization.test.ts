import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../sdk/catalog/catalog";
import { priceResource } from "../../sdk/cost/price-resource";
import { importCloudWatchMetricData, percentile, validateObservedUtilization } from "../../sdk/observed";
import { LeptonError } from "../../sdk/errors";

const fixture = (f: string) => JSON.parse(readFileSync(join(__dirname, "..", "fixtures", f), "utf8"));
// Hand-made in the documented AWS `get-metric-data` output format (two pages, the second after NextToken).
const page1 = fixture("cloudwatch-get-metric-data.json");
const page2 = fixture("cloudwatch-get-metric-data-page2.json");
const queries = {
  cpu_web: { name: "web-server", metric: "cpu" as const },
  mem_web: { name: "web-server", metric: "memory" as const },
  cpu_batch: { tag: { key: "lepton:unit", value: "batch" }, metric: "cpu" as const },
};

describe("importCloudWatchMetricData", () => {
  it("turns get-metric-data pages into p95 figures per resource", () => {
    const doc = importCloudWatchMetricData([page1, page2], queries, { source: "CloudWatch 2026-11-15" });
    expect(doc).toEqual({
      kind: "lepton-observed-utilization",
      version: 1,
      source: "CloudWatch 2026-11-15",
      resources: [
        { name: "web-server", cpuP95: 18.3, memoryP95: 47.9, samples: 20 },
        { tag: { key: "lepton:unit", value: "batch" }, cpuP95: 5.1, samples: 20 },
      ],
    });
    expect(validateObservedUtilization(JSON.parse(JSON.stringify(doc)), "doc")).toEqual(doc);
  });

  it("refuses an incomplete series, an unknown Id and output that is not get-metric-data", () => {
    expect(() => importCloudWatchMetricData(page1, queries)).toThrow(
      /queries\.cpu_batch: the series is "PartialData".*NextToken/,
    );
    expect(() =>
      importCloudWatchMetricData([page1, page2], { ...queries, cpu_api: { name: "api", metric: "cpu" } }),
    ).toThrow(/queries\.cpu_api: no result has this Id; the output has "cpu_web", "mem_web", "cpu_batch"/);
    expect(() => importCloudWatchMetricData({ Datapoints: [] }, queries)).toThrow(LeptonError);
    expect(() => importCloudWatchMetricData([page1, page2], { cpu_web: { metric: "cpu" } })).toThrow(
      /give exactly one of "name" or "tag"/,
    );
  });

  it("percentile is nearest-rank", () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(percentile([5], 95)).toBe(5);
    expect(percentile([], 95)).toBeUndefined();
  });
});

describe("validateObservedUtilization", () => {
  it("names every bad field", () => {
    expect(() =>
      validateObservedUtilization(
        {
          kind: "x",
          version: 2,
          resources: [
            { name: "a", tag: { key: "k", value: "v" }, cpuP95: -1 },
            { nme: "b", cpuP95: 3 },
          ],
        },
        "f.json",
      ),
    ).toThrow(
      /f\.json\.kind: "x" is not valid[\s\S]*f\.json\.version: 2[\s\S]*resources\[0\]: .*exactly one of[\s\S]*resources\[0\]\.cpuP95: -1[\s\S]*resources\[1\]\.nme: is not a known field; did you mean "name"/,
    );
  });
});

describe("sdk: perInstanceHourlyUsd", () => {
  it("is one member's price whatever the count, zero included", () => {
    const catalog = defaultCatalog();
    const group = (minSize: number) =>
      priceResource(
        "aws:autoscaling/group:Group",
        { minSize, maxSize: 4, tags: [{ key: "lepton:instance-type", value: "m6i.large" }] },
        { catalog, region: "us-east-1" },
      );
    const zero = group(0);
    const three = group(3);
    expect(zero.priced && three.priced).toBe(true);
    if (zero.priced && three.priced) {
      expect(zero.perInstanceHourlyUsd).toBe(catalog.offer("aws", "us-east-1", "m6i.large")!.hourlyUsd);
      expect(three.perInstanceHourlyUsd).toBe(zero.perInstanceHourlyUsd);
      expect(three.hourlyUsd).toBeCloseTo(3 * three.perInstanceHourlyUsd!, 6);
    }
    const pods = priceResource(
      "kubernetes:apps/v1:Deployment",
      {
        spec: {
          replicas: 4,
          template: { spec: { containers: [{ resources: { requests: { cpu: "1", memory: "1Gi" } } }] } },
        },
      },
      { catalog },
    );
    expect(pods.priced && pods.perInstanceHourlyUsd! * 4).toBeCloseTo(pods.priced ? pods.hourlyUsd : -1, 5);
  });
});
