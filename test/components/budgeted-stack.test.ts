import * as ec2 from "@pulumi/aws/ec2";
import * as s3 from "@pulumi/aws/s3";
import * as compute from "@pulumi/gcp/compute";
import * as k8s from "@pulumi/kubernetes";
import * as pulumi from "@pulumi/pulumi";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { installMocks, ofType, Recorded, settle } from "../helpers/mocks";

const CONFIG = { "aws:region": "us-east-1", "gcp:region": "us-central1", "azure-native:location": "eastus" };
const recorded: Recorded[] = installMocks(CONFIG, { applyTransforms: true });
let lib: typeof import("../../components/budgeted-stack");
let bucketLib: typeof import("../../components/multicloud-bucket");
let sdk: typeof import("../../sdk");
let shared: typeof import("../../components/shared");

beforeAll(async () => {
  lib = await import("../../components/budgeted-stack");
  bucketLib = await import("../../components/multicloud-bucket");
  sdk = await import("../../sdk");
  shared = await import("../../components/shared");
});
afterEach(() => vi.restoreAllMocks());

const SUBSCRIPTION = "11111111-2222-3333-4444-555555555555";
const BILLING = "012345-6789AB-CDEF01";
const cents = (x: number) => Math.round(x * 100) / 100;

/** What the sdk's cost engine charges for a raw resource (default providers' regions from CONFIG). */
function enginePrice(type: string, props: Record<string, unknown>, region?: string): number {
  const p = sdk.priceResource(type, props, { catalog: sdk.defaultCatalog(), ...(region ? { region } : {}) });
  if (!p.priced) throw new Error(`${type} unpriced: ${p.reason}`);
  return p.monthlyUsd;
}

/** A stand-in for MultiCloudVm/BalancedPool: a component that reports its estimate, as they do. */
class Reporter extends pulumi.ComponentResource {
  constructor(
    name: string,
    report: Omit<import("../../components/shared").CostReport, "componentType" | "name">,
    opts?: pulumi.ComponentResourceOptions,
    inside?: (self: Reporter) => void,
  ) {
    super("test:index:Reporter", name, {}, opts);
    shared.reportCost(this, { componentType: "test:index:Reporter", name, ...report });
    inside?.(this);
    this.registerOutputs({});
  }
}

/** A user's own component with raw resources and no report: its resources are priced by the budget. */
class Legacy extends pulumi.ComponentResource {
  constructor(name: string, opts?: pulumi.ComponentResourceOptions) {
    super("test:index:Legacy", name, {}, opts);
    new s3.Bucket(`${name}-raw`, { tags: { "lepton:expected-gb": "100", team: "legacy" } }, { parent: this });
    new ec2.Instance(`${name}-vm`, { ami: "ami-0abc1234", instanceType: "t3.xlarge" }, { parent: this });
    this.registerOutputs({});
  }
}

const recordedAs = (type: string, name: string) => {
  const found = recorded.filter((r) => r.type === type && r.name === name);
  expect(found, `${type} ${name}`).toHaveLength(1);
  return found[0].inputs;
};

describe("BudgetedStack roll-up, tags and alerts", () => {
  let budget: import("../../components/budgeted-stack").BudgetedStack;
  let summary: import("../../components/budgeted-stack").BudgetSummary;
  let buckets: import("../../components/multicloud-bucket").MultiCloudBucket[];
  const warnings: string[] = [];

  beforeAll(async () => {
    vi.spyOn(pulumi.log, "warn").mockImplementation(async (m: string) => void warnings.push(m));
    budget = new lib.BudgetedStack("platform", {
      monthlyBudgetUsd: 1000,
      costTags: { owner: "Platform Team", "cost-center": "CC-42" },
      notify: { emails: ["finops@example.com"] },
      azure: { subscriptionId: SUBSCRIPTION },
      gcp: { billingAccount: BILLING },
    });
    const parent = { parent: budget };
    buckets = [
      new bucketLib.MultiCloudBucket(
        "assets",
        { storage: { expectedGb: 500 }, placement: { cloud: "aws", region: "us-east-1" } },
        parent,
      ),
      new bucketLib.MultiCloudBucket(
        "media",
        { storage: { expectedGb: 1000 }, placement: { cloud: "gcp", region: "us-central1" } },
        parent,
      ),
      new bucketLib.MultiCloudBucket(
        "reports",
        { storage: { expectedGb: 200, class: "cool" }, placement: { cloud: "azure", region: "eastus" } },
        parent,
      ),
    ];
    new Reporter(
      "pool",
      {
        cloud: "aws",
        region: "us-east-1",
        monthlyUsd: 120,
        minMonthlyUsd: 60,
        maxMonthlyUsd: 240,
        count: 2,
        instanceType: "m5.large",
      },
      parent,
    );
    new ec2.Instance(
      "raw-vm",
      { ami: "ami-0abc1234", instanceType: "t3.large", tags: { owner: "me" } },
      parent,
    );
    new ec2.SecurityGroup("raw-sg", { description: "web" }, parent);
    new compute.Instance(
      "raw-gce",
      {
        machineType: "e2-standard-2",
        zone: "us-central1-a",
        bootDisk: { initializeParams: { image: "debian-cloud/debian-12", size: 20 } },
        networkInterfaces: [{ network: "default" }],
      },
      parent,
    );
    new k8s.apps.v1.Deployment(
      "raw-web",
      {
        metadata: { labels: { app: "web" } },
        spec: {
          replicas: 2,
          selector: { matchLabels: { app: "web" } },
          template: {
            metadata: { labels: { app: "web" } },
            spec: {
              containers: [
                { name: "web", image: "nginx", resources: { requests: { cpu: "500m", memory: "1Gi" } } },
              ],
            },
          },
        },
      },
      parent,
    );
    new Legacy("legacy", parent);
    summary = await budget.seal();
    await settle();
  });

  it("projects the sum of the components' reports and the sdk's prices of the raw resources, each counted once", () => {
    const raw = {
      vm: enginePrice("aws:ec2/instance:Instance", { instanceType: "t3.large" }, "us-east-1"),
      gce: enginePrice("gcp:compute/instance:Instance", {
        machineType: "e2-standard-2",
        zone: "us-central1-a",
        bootDisk: { initializeParams: { size: 20 } },
      }),
      web: enginePrice("kubernetes:apps/v1:Deployment", {
        spec: {
          replicas: 2,
          template: { spec: { containers: [{ resources: { requests: { cpu: "500m", memory: "1Gi" } } }] } },
        },
      }),
      legacyBucket: enginePrice(
        "aws:s3/bucket:Bucket",
        { tags: { "lepton:expected-gb": "100" } },
        "us-east-1",
      ),
      legacyVm: enginePrice("aws:ec2/instance:Instance", { instanceType: "t3.xlarge" }, "us-east-1"),
    };
    const reported = buckets.reduce((s, b) => s + b.monthlyUsd, 0) + 120;
    const expected = cents(reported + Object.values(raw).reduce((a, b) => a + b, 0));
    expect(summary.projectedMonthlyUsd).toBe(expected);
    expect(summary.headroomUsd).toBe(cents(1000 - expected));
    expect([summary.minMonthlyUsd, summary.maxMonthlyUsd]).toEqual([
      cents(expected - 60),
      cents(expected + 120),
    ]);
    const byCloud = summary.breakdown.byCloud;
    expect(byCloud.aws!.monthlyUsd).toBe(
      cents(buckets[0].monthlyUsd + 120 + raw.vm + raw.legacyBucket + raw.legacyVm),
    );
    expect(byCloud.gcp!.monthlyUsd).toBe(cents(buckets[1].monthlyUsd + raw.gce));
    expect(byCloud.azure!.monthlyUsd).toBe(buckets[2].monthlyUsd);
    expect(byCloud.kubernetes!.monthlyUsd).toBe(raw.web);
    // The user's component shows as one line with its two priced resources.
    expect(summary.breakdown.byComponent.find((l) => l.name === "legacy")).toMatchObject({
      source: "resources",
      type: "test:index:Legacy",
      cloud: "aws",
      monthlyUsd: cents(raw.legacyBucket + raw.legacyVm),
      detail: "2 resources",
    });
    expect(summary.breakdown.unpriced).toEqual([]);
    expect(summary.overBudget).toBe(false);
  });

  it("tags raw resources per cloud (AWS tags, GCP labels, Kubernetes labels on the object and its pods); the resource's own tags win", () => {
    expect(recordedAs("aws:ec2/instance:Instance", "raw-vm").tags).toEqual({
      owner: "me",
      "cost-center": "CC-42",
      "lepton:budget": "lepton-test/test/platform",
    });
    expect(recordedAs("aws:ec2/securityGroup:SecurityGroup", "raw-sg").tags).toMatchObject({
      owner: "Platform Team",
    });
    expect(recordedAs("gcp:compute/instance:Instance", "raw-gce").labels).toEqual({
      owner: "platform_team",
      "cost-center": "cc-42",
      lepton_budget: "lepton-test_test_platform",
    });
    const web = recordedAs("kubernetes:apps/v1:Deployment", "raw-web") as {
      metadata: { labels: Record<string, string> };
      spec: { selector: unknown; template: { metadata: { labels: Record<string, string> } } };
    };
    const k8sLabels = {
      app: "web",
      owner: "Platform-Team",
      "cost-center": "CC-42",
      "lepton/budget": "lepton-test-test-platform",
    };
    expect(web.metadata.labels).toEqual(k8sLabels);
    expect(web.spec.template.metadata.labels).toEqual(k8sLabels);
    expect(web.spec.selector).toEqual({ matchLabels: { app: "web" } });
  });

  it("reaches the components' children through childTags, and leaves types that take no tags alone", () => {
    const s3Bucket = recorded.find((r) => r.type === "aws:s3/bucket:Bucket" && r.name.startsWith("assets"))!;
    expect(s3Bucket.inputs.tags).toMatchObject({
      owner: "Platform Team",
      "lepton:budget": "lepton-test/test/platform",
    });
    const gcs = recorded.find((r) => r.type === "gcp:storage/bucket:Bucket" && r.name.startsWith("media"))!;
    expect(gcs.inputs.labels).toMatchObject({ owner: "platform_team" });
    expect(recordedAs("aws:s3/bucketPolicy:BucketPolicy", "assets-policy").tags).toBeUndefined();
    expect(recordedAs("azure-native:storage:BlobContainer", "reports-container").tags).toBeUndefined();
  });

  it("creates one alert per cloud with its share of the budget, thresholds on actual and forecast, and the tag filter", () => {
    const shares = Object.fromEntries(
      Object.entries(summary.breakdown.byCloud).map(([c, t]) => [c, t.budgetUsd]),
    );
    expect(cents(Object.values(shares).reduce((a, b) => a + b, 0))).toBe(1000);
    // Split by projected share (whole cents).
    const total = summary.projectedMonthlyUsd;
    for (const [cloud, t] of Object.entries(summary.breakdown.byCloud))
      expect(Math.abs(t.budgetUsd - (1000 * t.monthlyUsd) / total), cloud).toBeLessThan(0.011);

    const [aws] = ofType(recorded, "aws:budgets/budget:Budget").map((r) => r.inputs);
    expect(aws).toMatchObject({
      budgetType: "COST",
      timeUnit: "MONTHLY",
      limitAmount: shares.aws.toFixed(2),
      limitUnit: "USD",
      costFilters: [{ name: "TagKeyValue", values: ["user:lepton:budget$lepton-test/test/platform"] }],
    });
    expect(aws.notifications).toEqual(
      [80, 100].flatMap((threshold) =>
        ["ACTUAL", "FORECASTED"].map((notificationType) => ({
          notificationType,
          comparisonOperator: "GREATER_THAN",
          threshold,
          thresholdType: "PERCENTAGE",
          subscriberEmailAddresses: ["finops@example.com"],
        })),
      ),
    );

    const [azure] = ofType(recorded, "azure-native:consumption:Budget").map((r) => r.inputs);
    expect(azure).toMatchObject({
      scope: `/subscriptions/${SUBSCRIPTION}`,
      amount: shares.azure,
      category: "Cost",
      timeGrain: "Monthly",
      filter: { tags: { name: "lepton:budget", operator: "In", values: ["lepton-test/test/platform"] } },
    });
    expect(azure.timePeriod).toEqual({ startDate: expect.stringMatching(/^\d{4}-\d{2}-01T00:00:00Z$/) });
    expect(azure.notifications).toEqual({
      Actual_GreaterThan_80_Percent: {
        enabled: true,
        operator: "GreaterThan",
        threshold: 80,
        thresholdType: "Actual",
        contactEmails: ["finops@example.com"],
      },
      Forecasted_GreaterThan_80_Percent: {
        enabled: true,
        operator: "GreaterThan",
        threshold: 80,
        thresholdType: "Forecasted",
        contactEmails: ["finops@example.com"],
      },
      Actual_GreaterThan_100_Percent: {
        enabled: true,
        operator: "GreaterThan",
        threshold: 100,
        thresholdType: "Actual",
        contactEmails: ["finops@example.com"],
      },
      Forecasted_GreaterThan_100_Percent: {
        enabled: true,
        operator: "GreaterThan",
        threshold: 100,
        thresholdType: "Forecasted",
        contactEmails: ["finops@example.com"],
      },
    });

    const [gcp] = ofType(recorded, "gcp:billing/budget:Budget").map((r) => r.inputs);
    const units = Math.floor(shares.gcp);
    expect(gcp).toMatchObject({
      billingAccount: BILLING,
      amount: {
        specifiedAmount: {
          currencyCode: "USD",
          units: String(units),
          nanos: Math.round((shares.gcp - units) * 1e9),
        },
      },
      budgetFilter: { calendarPeriod: "MONTH", labels: { lepton_budget: "lepton-test_test_platform" } },
      thresholdRules: [
        { thresholdPercent: 0.8, spendBasis: "CURRENT_SPEND" },
        { thresholdPercent: 0.8, spendBasis: "FORECASTED_SPEND" },
        { thresholdPercent: 1, spendBasis: "CURRENT_SPEND" },
        { thresholdPercent: 1, spendBasis: "FORECASTED_SPEND" },
      ],
    });
    const [channel] = ofType(recorded, "gcp:monitoring/notificationChannel:NotificationChannel").map(
      (r) => r.inputs,
    );
    expect(channel).toMatchObject({ type: "email", labels: { email_address: "finops@example.com" } });
    expect(
      (gcp.allUpdatesRule as { monitoringNotificationChannels: string[] }).monitoringNotificationChannels,
    ).toHaveLength(1);
    expect(summary.alerts.aws?.budget).toBeDefined();
  });

  it("says that Kubernetes spend has no alert, and the alerts are neither priced nor reported late", () => {
    expect(warnings.some((w) => w.startsWith("kubernetes: a cluster has no billing budget"))).toBe(true);
    expect(warnings.some((w) => w.includes("after it settled"))).toBe(false);
    expect(summary.warnings).toEqual(warnings);
  });
});

describe("BudgetedStack over budget", () => {
  it('with "warn" logs the top contributors and the cheaper placements the sdk finds for the same units', async () => {
    const warned: string[] = [];
    vi.spyOn(pulumi.log, "warn").mockImplementation(async (m: string) => void warned.push(m));
    const budget = new lib.BudgetedStack("tight", { monthlyBudgetUsd: 100, costTags: { owner: "a" } });
    const unit = {
      vcpus: 4,
      memoryGiB: 16,
      arch: "x86_64",
      diskGiB: 20,
      diskClass: "standard",
      image: "ubuntu-24.04",
    } as const;
    new Reporter(
      "api",
      { cloud: "aws", region: "us-east-1", monthlyUsd: 280.32, count: 2, instanceType: "m5.xlarge", unit },
      { parent: budget },
    );
    const store = new bucketLib.MultiCloudBucket(
      "store",
      { storage: { expectedGb: 2000 }, placement: { cloud: "aws", region: "us-east-1" } },
      { parent: budget },
    );
    const s = await budget.seal();
    const projected = cents(280.32 + store.monthlyUsd);
    expect(s.projectedMonthlyUsd).toBe(projected);
    expect(s.overBudget).toBe(true);
    expect(s.headroomUsd).toBe(cents(100 - projected));
    const msg = warned.find((w) => w.includes("exceeds"))!;
    expect(msg).toContain(
      `BudgetedStack "tight": projected $${projected.toFixed(2)}/month exceeds the $100.00 monthly budget by $${(projected - 100).toFixed(2)}.`,
    );
    expect(msg).toContain('test:index:Reporter "api" (aws us-east-1, m5.xlarge × 2): $280.32/month');
    expect(msg).toContain(
      `MultiCloudBucket "store" (aws us-east-1, hot 2000 GB): $${store.monthlyUsd.toFixed(2)}/month`,
    );
    // The same decisions the sdk makes for these units, in the same geography.
    const best = sdk.place(unit, { clouds: ["aws", "azure", "gcp"], geography: "us" }, sdk.defaultCatalog());
    expect(msg).toContain(
      `test:index:Reporter "api": ${best.cloud} ${best.region} ${best.instanceType} × 2 at $${cents(best.monthlyUsd * 2).toFixed(2)}/month`,
    );
    const storage = sdk.cheapestStorage({ expectedGb: 2000 }, sdk.defaultCatalog(), { geography: "us" });
    expect(msg).toContain(
      `MultiCloudBucket "store": ${storage.cloud} ${storage.region} hot at $${storage.monthlyUsd.toFixed(2)}/month`,
    );
    expect(msg).toMatch(/With all of them the projection is \$\d+\.\d\d\/month, still \$\d+\.\d\d over\./);
    // Already warning: the advice is the stricter setting, not the one in force.
    expect(msg).toContain('set onExceed: "fail" to stop deployments over the budget');
    expect(msg).not.toContain('set onExceed: "warn"');
    // Warned, not failed: the alert is still created.
    expect(s.alerts.aws).toBeDefined();
  });

  it("warns when only the maximum of a pool's range exceeds the budget", async () => {
    const warned: string[] = [];
    vi.spyOn(pulumi.log, "warn").mockImplementation(async (m: string) => void warned.push(m));
    const budget = new lib.BudgetedStack("ranged", {
      monthlyBudgetUsd: 100,
      costTags: { owner: "a" },
      notify: { emails: ["a@example.com"] },
    });
    new Reporter(
      "pool",
      { cloud: "aws", region: "us-east-1", monthlyUsd: 80, minMonthlyUsd: 40, maxMonthlyUsd: 160 },
      { parent: budget },
    );
    const s = await budget.seal();
    expect(s.overBudget).toBe(false);
    expect(warned).toEqual([
      "the projection is within the budget, but at maximum capacity it is $160.00/month, $60.00 over",
    ]);
  });

  it("with an explicit split, judges each cloud against its share", async () => {
    const warned: string[] = [];
    vi.spyOn(pulumi.log, "warn").mockImplementation(async (m: string) => void warned.push(m));
    const budget = new lib.BudgetedStack("shares", {
      monthlyBudgetUsd: 100,
      costTags: { owner: "a" },
      split: { aws: 0.25, gcp: 0.75 },
      gcp: { billingAccount: BILLING },
    });
    new Reporter("a", { cloud: "aws", region: "us-east-1", monthlyUsd: 40 }, { parent: budget });
    new Reporter("g", { cloud: "gcp", region: "us-central1", monthlyUsd: 10 }, { parent: budget });
    const s = await budget.seal();
    expect(s.breakdown.byCloud.aws!.budgetUsd).toBe(25);
    expect(s.breakdown.byCloud.gcp!.budgetUsd).toBe(75);
    expect(s.overBudget).toBe(true);
    expect(warned[0]).toContain("within the $100.00 budget, but not within each cloud's share");
    expect(warned[0]).toContain("aws: projected $40.00/month exceeds its $25.00 share (split.aws = 0.25)");
    await settle();
    const mine = recorded.filter((r) => r.name.startsWith("shares-alert-"));
    expect(
      mine
        .map((r) => [
          r.type,
          r.inputs.limitAmount ??
            (r.inputs.amount as { specifiedAmount: { units: string } }).specifiedAmount.units,
        ])
        .sort(),
    ).toEqual([
      ["aws:budgets/budget:Budget", "25.00"],
      ["gcp:billing/budget:Budget", "75"],
    ]);
  });
});

describe("BudgetedStack scope and timing", () => {
  it("warns, never skips silently, when a cloud with resources beneath has no scope or no recipients", async () => {
    const warned: string[] = [];
    vi.spyOn(pulumi.log, "warn").mockImplementation(async (m: string) => void warned.push(m));
    const budget = new lib.BudgetedStack("noscope", { monthlyBudgetUsd: 500, costTags: { owner: "a" } });
    new Reporter("az", { cloud: "azure", region: "eastus", monthlyUsd: 10 }, { parent: budget });
    new Reporter("aw", { cloud: "aws", region: "us-east-1", monthlyUsd: 10 }, { parent: budget });
    const s = await budget.seal();
    expect(s.alerts.azure).toBeUndefined();
    expect(warned).toContain(
      "azure: no azure.subscriptionId was given, so no Azure budget alert was created; its spend counts toward the projection only",
    );
    expect(warned).toContain("aws: no notify.emails, so the AWS budget tracks spend but sends no alert");
    await settle();
    expect(recorded.find((r) => r.name === "noscope-alert-aws")!.inputs.notifications).toEqual([]);
  });

  it("counts what an async program creates before seal() with seal: manual; says what arrives after", async () => {
    const warned: string[] = [];
    vi.spyOn(pulumi.log, "warn").mockImplementation(async (m: string) => void warned.push(m));
    const budget = new lib.BudgetedStack("later", {
      monthlyBudgetUsd: 500,
      costTags: { owner: "a" },
      seal: "manual",
    });
    await new Promise((r) => setTimeout(r, 20));
    new ec2.Instance("later-vm", { ami: "ami-0abc1234", instanceType: "t3.large" }, { parent: budget });
    const s = await budget.seal();
    expect(s.projectedMonthlyUsd).toBe(
      enginePrice("aws:ec2/instance:Instance", { instanceType: "t3.large" }, "us-east-1"),
    );
    new ec2.Instance("too-late", { ami: "ami-0abc1234", instanceType: "m5.large" }, { parent: budget });
    await settle();
    expect(warned).toContain(
      'aws:ec2/instance:Instance "too-late" was created beneath the budget after it settled: it is tagged but not counted; create it before the program\'s first await, or use seal: "manual" and call seal() after',
    );
    expect(recordedAs("aws:ec2/instance:Instance", "too-late").tags).toMatchObject({ owner: "a" });
  });

  it("counts a nested reporter once (inside its reporting parent) and sees what a nested transform made", async () => {
    vi.spyOn(pulumi.log, "warn").mockImplementation(async () => undefined);
    const budget = new lib.BudgetedStack("nested", { monthlyBudgetUsd: 500, costTags: { owner: "a" } });
    new Reporter(
      "outer",
      { cloud: "aws", region: "us-east-1", monthlyUsd: 50 },
      { parent: budget },
      (self) => {
        new Reporter("inner", { cloud: "aws", region: "us-east-1", monthlyUsd: 25 }, { parent: self });
      },
    );
    // A transform on a component beneath runs before the budget's, which prices the result.
    class Wrapper extends pulumi.ComponentResource {
      constructor(opts: pulumi.ComponentResourceOptions) {
        super("test:index:Wrapper", "wrapper", {}, opts);
        new ec2.Instance("wrapped-vm", { ami: "ami-0abc1234", instanceType: "t3.large" }, { parent: this });
        this.registerOutputs({});
      }
    }
    new Wrapper({
      parent: budget,
      transforms: [
        ({ type, props, opts }) =>
          type === "aws:ec2/instance:Instance"
            ? { props: { ...props, instanceType: "m5.large" }, opts }
            : undefined,
      ],
    });
    const s = await budget.seal();
    expect(s.breakdown.byComponent.map((l) => [l.name, l.monthlyUsd])).toEqual([
      ["wrapper", enginePrice("aws:ec2/instance:Instance", { instanceType: "m5.large" }, "us-east-1")],
      ["outer", 50],
    ]);
  });
});

describe("BudgetedStack errors", () => {
  it("lists every problem before anything is registered: budget ≤ 0, thresholds outside (0, 2], a split that does not sum to 1", async () => {
    await settle();
    const before = recorded.length;
    let msg = "";
    try {
      new lib.BudgetedStack("bad", {
        monthlyBudgetUsd: 0,
        alertThresholds: [0, 2.5, 0.805],
        costTags: { owner: "" },
        split: { aws: 0.5, gcp: 0.4 },
        azure: { subscriptionId: "not-a-guid" },
        gcp: { billingAccount: "012345-6789AB-CDEF01", project: "x" } as never,
      });
    } catch (e) {
      msg = (e as Error).message;
    }
    expect(msg).toContain('problems in BudgetedStack "bad"');
    expect(msg).toContain("monthlyBudgetUsd: 0 is not valid; use a number greater than 0");
    expect(msg).toContain("alertThresholds[0]: 0 is not valid; use a number greater than 0 and at most 2");
    expect(msg).toContain("alertThresholds[1]: 2.5 is not valid; use a number greater than 0 and at most 2");
    expect(msg).toContain("alertThresholds[2]: 0.805 is not valid; use a whole percent as a fraction");
    expect(msg).toContain("split: sums to 0.9; make the fractions sum to 1");
    expect(msg).toContain('costTags.owner: "" is not valid; use a non-empty string');
    expect(msg).toContain('azure.subscriptionId: "not-a-guid" is not valid; use the subscription id');
    expect(msg).toContain(
      "gcp.project: is not a known field; known fields: billingAccount, notificationProject",
    );
    await settle();
    expect(recorded.length).toBe(before);
  });

  it("refuses more thresholds than a scoped cloud's budget takes", () => {
    expect(
      () =>
        new lib.BudgetedStack("many", {
          monthlyBudgetUsd: 10,
          costTags: {},
          alertThresholds: [0.5, 0.8, 1],
          azure: { subscriptionId: SUBSCRIPTION },
        }),
    ).toThrow("use at most 2 thresholds with an Azure scope: Azure allows 5 notifications per budget");
  });

  it("refuses empty cost tags, naming the field", () => {
    expect(() => new lib.BudgetedStack("untagged", { monthlyBudgetUsd: 10, costTags: {} })).toThrow(
      "costTags: {} is not valid; name at least one tag the bills are split by",
    );
  });
});
