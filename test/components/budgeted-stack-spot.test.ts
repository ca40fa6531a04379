import { describe, expect, it } from "vitest";
import { byCloud, overBudgetMessage, project, splitBudget } from "../../components/budgeted-stack/rollup";
import { defaultCatalog } from "../../sdk/catalog/catalog";

const catalog = defaultCatalog();

describe("budget roll-up with spot capacity", () => {
  it("shows the on-demand and spot parts of each contributor and cloud apart", () => {
    const od = catalog.offer("aws", "us-east-1", "m6i.large")!.hourlyUsd;
    const spot = catalog.spotPrice("aws", "us-east-1", "m6i.large")!.hourlyUsd;
    const raw = {
      key: "k",
      type: "aws:autoscaling/group:Group",
      name: "asg",
      explicitProvider: false,
      props: {
        minSize: 2,
        maxSize: 6,
        desiredCapacity: 4,
        mixedInstancesPolicy: {
          instancesDistribution: { onDemandBaseCapacity: 2, onDemandPercentageAboveBaseCapacity: 0 },
          launchTemplate: { overrides: [{ instanceType: "m6i.large" }] },
        },
      },
    };
    const p = project(
      [
        {
          componentType: "lepton-multicloud:index:BalancedPool",
          name: "web/gcp-us-central1",
          cloud: "gcp",
          region: "us-central1",
          monthlyUsd: 100,
          spotMonthlyUsd: 40,
        },
      ],
      [{ resource: raw }],
      catalog,
      { aws: "us-east-1" },
    );
    const asg = p.lines.find((l) => l.name === "asg")!;
    expect(asg.monthlyUsd).toBeCloseTo((2 * od + 2 * spot) * 730, 1);
    expect(asg.spotMonthlyUsd).toBeCloseTo(2 * spot * 730, 1);
    const pool = p.lines.find((l) => l.name === "web/gcp-us-central1")!;
    expect(pool.spotMonthlyUsd).toBe(40);
    const clouds = byCloud(p.lines, splitBudget(500, p.lines, undefined));
    expect(clouds.aws!.spotMonthlyUsd).toBeCloseTo(asg.spotMonthlyUsd, 2);
    expect(clouds.gcp!.spotMonthlyUsd).toBe(40);
    const message = overBudgetMessage({
      name: "b",
      budgetUsd: 10,
      projection: p,
      lines: p.lines,
      overShares: [],
      suggestions: [],
      onExceed: "warn",
    });
    expect(message).toMatch(
      /"web\/gcp-us-central1" .*\$100\.00\/month \(\$40\.00 of it spot, \$60\.00 on-demand\)/,
    );
  });
});
