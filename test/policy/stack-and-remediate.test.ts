import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PolicyPackSession, startPolicyPack } from "../../analyzer/harness";
import { ensureBuilt, exempt, of, PACK_DIR, provider, res, UNKNOWN } from "./helpers";

const AWS = { provider: provider("aws", { region: "us-east-1" }, "default") };
const AZURE = { provider: provider("azure-native", { location: "eastus" }, "default") };
const GCP = { provider: provider("gcp", { region: "us-central1" }, "default") };

let pack: PolicyPackSession;
beforeAll(async () => {
  ensureBuilt();
  pack = await startPolicyPack(PACK_DIR, {
    config: {
      "monthly-budget": { budgetUsd: 1000, topContributors: 2 },
      "cost-allocation-tags": {
        enforcementLevel: "remediate",
        defaults: { owner: "platform", "cost-center": "CC 42" },
      },
    },
  });
});
afterAll(() => pack?.close());

const stack = [
  res("aws:ec2/instance:Instance", "api", { instanceType: "m6i.4xlarge" }, AWS), // ~$561
  res(
    "azure-native:compute:VirtualMachine",
    "worker",
    { hardwareProfile: { vmSize: "Standard_D16s_v5" } },
    AZURE,
  ),
  res("gcp:compute/instance:Instance", "batch", { machineType: "n2-standard-8", zone: "us-central1-a" }, GCP),
  res("kubernetes:apps/v1:Deployment", "web", {
    spec: {
      replicas: 3,
      template: {
        spec: { containers: [{ name: "w", resources: { requests: { cpu: "1", memory: "2Gi" } } }] },
      },
    },
  }),
  res("aws:ec2/vpc:Vpc", "vpc", { cidrBlock: "10.0.0.0/16" }, AWS),
];

describe("monthly-budget (AnalyzeStack)", () => {
  it("fails a stack over budget, listing the top contributors across targets", async () => {
    const [v, ...rest] = of(await pack.analyzeStack(stack), "monthly-budget");
    expect(rest).toEqual([]);
    expect(v.enforcementLevel).toBe("mandatory");
    expect(v.message).toMatch(
      /projected \$[\d,.]+\/month exceeds the stack budget \(monthly-budget\.budgetUsd\) of \$1,000\.00 by/,
    );
    expect(v.message).toMatch(/top contributors: worker \$[\d,.]+ .*; api \$[\d,.]+ /);
    expect(v.message).not.toMatch(/batch \$/); // only the top 2
  });

  it("passes within budget and says what it could not price", async () => {
    const small = [stack[3], res("aws:ec2/instance:Instance", "later", { instanceType: UNKNOWN }, AWS)];
    const [v] = of(await pack.analyzeStack(small), "monthly-budget");
    expect(v.enforcementLevel).toBe("advisory");
    expect(v.message).toMatch(
      /within the stack budget .* incomplete.*later \(instanceType is unknown during preview\)/,
    );
    expect(of(await pack.analyzeStack([stack[3]]), "monthly-budget")).toEqual([]);
  });

  it("leaves exempted resources out, and says so", async () => {
    const withExempt = [
      ...stack.slice(2),
      exempt(stack[0], "monthly-budget", "migrating"),
      exempt(stack[1], "monthly-budget", "migrating"),
    ];
    expect(of(await pack.analyzeStack(withExempt), "monthly-budget")).toEqual([]);
    const api2 = res("aws:ec2/instance:Instance", "api2", { instanceType: "m6i.4xlarge" }, AWS);
    const over = [...stack.slice(1), api2, exempt(stack[0], "monthly-budget", "migrating")];
    const [v] = of(await pack.analyzeStack(over), "monthly-budget");
    expect(v.message).toMatch(/Exempt and not counted: api-exempt/);
  });

  it("holds a BudgetedStack's budget over its subtree, reported on the component", async () => {
    const budget = res(
      "lepton-multicloud:index:BudgetedStack",
      "team",
      { monthlyBudgetUsd: 200 },
      { custom: false },
    );
    const child = { ...stack[0], parent: budget.urn };
    const outside = stack[1];
    const vs = of(await pack.analyzeStack([budget, child, outside]), "monthly-budget");
    expect(vs).toHaveLength(2); // stack budget ($1000) and team budget ($200) are both blown
    const team = vs.find((v) => v.urn === budget.urn)!;
    expect(team.message).toMatch(/budget of BudgetedStack team of \$200\.00/);
    expect(team.message).toMatch(/top contributors: api /);
    expect(team.message).not.toMatch(/worker/);
  });
});

/** Remediated properties, read loosely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test data of four different shapes
type P = any;

describe("cost-allocation-tags (Remediate)", () => {
  it("adds missing tags from defaults, in each target's place and spelling", async () => {
    const cases = [
      {
        r: res("aws:ec2/instance:Instance", "i", { instanceType: "m6i.large", tags: { owner: "me" } }, AWS),
        get: (p: P) => p.tags,
        want: { owner: "me", "cost-center": "CC 42" },
      },
      {
        r: res("aws:autoscaling/group:Group", "g", { minSize: 1, maxSize: 2, tags: [] }, AWS),
        get: (p: P) => p.tags,
        want: [
          { key: "owner", value: "platform", propagateAtLaunch: true },
          { key: "cost-center", value: "CC 42", propagateAtLaunch: true },
        ],
      },
      {
        r: res("azure-native:compute:Disk", "d", { diskSizeGB: 4 }, AZURE),
        get: (p: P) => p.tags,
        want: { owner: "platform", "cost-center": "CC 42" },
      },
      {
        r: res(
          "gcp:compute/instance:Instance",
          "v",
          { machineType: "e2-standard-2", zone: "us-central1-a" },
          GCP,
        ),
        get: (p: P) => p.labels,
        want: { owner: "platform", "cost-center": "cc_42" },
      },
      {
        r: res("kubernetes:core/v1:PersistentVolumeClaim", "n", {
          metadata: { name: "n", labels: { app: "x" } },
          spec: { resources: { requests: { storage: "10Gi" } } },
        }),
        get: (p: P) => p.metadata.labels,
        want: { app: "x", owner: "platform", "cost-center": "CC-42" },
      },
    ];
    for (const c of cases) {
      const [m, ...rest] = await pack.remediate(c.r);
      expect(rest).toEqual([]);
      expect(m.policyName).toBe("cost-allocation-tags");
      expect(c.get(m.properties)).toEqual(c.want);
      // The remediated resource passes.
      expect(of(await pack.analyze({ ...c.r, inputs: m.properties! }), "cost-allocation-tags")).toEqual([]);
    }
  });

  it("changes nothing on what is not billed: a tag there allocates no cost", async () => {
    expect(
      await pack.remediate(res("kubernetes:core/v1:Namespace", "ns", { metadata: { name: "ns" } })),
    ).toEqual([]);
    expect(
      await pack.remediate(res("azure-native:resources:ResourceGroup", "rg", { location: "eastus" }, AZURE)),
    ).toEqual([]);
  });

  it("changes nothing when nothing is missing, or when the resource is exempt", async () => {
    const ok = res(
      "aws:ebs/volume:Volume",
      "ok",
      { size: 1, availabilityZone: "us-east-1a", tags: { owner: "a", "cost-center": "b" } },
      AWS,
    );
    expect(await pack.remediate(ok)).toEqual([]);
    expect(
      await pack.remediate(
        exempt(res("aws:ebs/volume:Volume", "x", { size: 1 }, AWS), "cost-allocation-tags", "legacy"),
      ),
    ).toEqual([]);
  });
});
