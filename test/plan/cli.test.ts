import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../sdk/catalog/catalog";
import { priceResource } from "../../sdk/cost/price-resource";
import { FIXTURES, lepton, planJson, ROOT, writeProgram } from "./helpers";

const catalog = loadCatalog();
const PACK = join(FIXTURES, "pack");
const RAW_AWS = join(ROOT, "examples/raw-aws");

/** The sdk's monthly price of an EC2 instance of the raw AWS example with another instance type. */
const webMonthly = (instanceType: string) => {
  const p = priceResource(
    "aws:ec2/instance:Instance",
    { instanceType, rootBlockDevice: { volumeSize: 30, volumeType: "gp3" } },
    { catalog, region: "us-west-2" },
  );
  if (!p.priced) throw new Error(p.reason);
  return p.monthlyUsd;
};

describe("lepton-mc plan: engine behaviour", () => {
  it("applies the resource's own, its parents' and the stack's transforms, in that order, before pricing and policies", async () => {
    const { run, json } = await planJson([join(FIXTURES, "transforms"), "--policy-pack", PACK]);
    expect(run.code).toBe(0);
    const echoes = json.violations.filter((v) => v.policy === "echo-order").map((v) => v.message);
    expect(echoes.sort()).toEqual(["solo order=stack", "web-vm order=own,parent,stack"]);
    // The stack transform ran last, so its instance type wins over the parent's.
    const vm = json.resources.find((r) => r.name === "web-vm")!;
    expect(vm.note).toContain("m6i.xlarge");
    expect(vm.component).toMatch(/acme:index:Web::web$/);
    // Analyze diagnostics carry the URN of the resource analyzed.
    expect(json.violations.find((v) => v.message.startsWith("web-vm"))?.urn).toBe(vm.urn);
  });

  it("prices groups from templates referenced by IDs unknown during preview", async () => {
    const { json } = await planJson([join(FIXTURES, "groups"), "--no-policy"]);
    const asg = json.resources.find((r) => r.type === "aws:autoscaling/group:Group")!;
    const mig = json.resources.find((r) => r.type.endsWith("RegionInstanceGroupManager"))!;
    expect(asg.note).toBe("c6i.xlarge × 3");
    expect(asg.region).toBe("eu-west-1");
    expect(mig.note).toBe("e2-standard-4 × 2");
    expect(json.totals.unpriced).toBe(0);
  });

  it("reports a BudgetedStack's budget against the cost below it, and fails when it is exceeded", async () => {
    const over = await planJson([join(FIXTURES, "budget"), "--no-policy"]);
    const instances = over.json.resources.filter((r) => r.type === "aws:ec2/instance:Instance");
    const below = Math.round(instances.reduce((s, r) => s + r.monthlyUsd!, 0) * 100) / 100;
    expect(over.json.budget).toMatchObject({ limitUsd: 100, projectedUsd: below, exceeded: true });
    expect(over.json.totals.monthlyUsd).toBeGreaterThan(below); // the volume outside the component
    expect(over.run.code).toBe(1);
    expect((await lepton(["plan", join(FIXTURES, "budget"), "--no-policy", "--fail-on", "none"])).code).toBe(
      0,
    );
    const within = await planJson([join(FIXTURES, "budget"), "--no-policy", "--config", "limit=1000"]);
    expect(within.json.budget).toMatchObject({ limitUsd: 1000, exceeded: false });
    expect(within.run.code).toBe(0);
  });

  it("takes the budget from the policy config, and the built-in pack checks it too", async () => {
    const config = join(writeProgram("policy-config", {}), "policy.json");
    writeFileSync(config, JSON.stringify({ "monthly-budget": { budgetUsd: 50 } }));
    const { run, json } = await planJson([RAW_AWS, "--policy-config", config]);
    expect(json.budget).toMatchObject({ limitUsd: 50, projectedUsd: json.totals.monthlyUsd, exceeded: true });
    expect(json.violations.some((v) => v.policy === "monthly-budget" && v.level === "mandatory")).toBe(true);
    expect(run.code).toBe(1);
  });

  it("runs a user's pack: its mandatory violation fails the plan unless --fail-on none", async () => {
    const args = [RAW_AWS, "--config", "raw-aws:instanceType=m5.large", "--policy-pack", PACK];
    const { run, json } = await planJson(args);
    const v = json.violations.find((x) => x.policy === "no-m5");
    expect(v).toMatchObject({
      level: "mandatory",
      pack: "plan-test-pack",
      message: "web: m5.large is an m5; use m6i",
    });
    expect(v?.urn).toBe(json.resources.find((r) => r.name === "web" && r.type.endsWith("Instance"))!.urn);
    expect(run.code).toBe(1);
    expect((await lepton(["plan", ...args, "--fail-on", "none"])).code).toBe(0);
  });

  it("fails on advisory violations with --fail-on advisory", async () => {
    const args = [join(FIXTURES, "transforms"), "--policy-pack", PACK];
    expect((await lepton(["plan", ...args])).code).toBe(0);
    expect((await lepton(["plan", ...args, "--fail-on", "advisory"])).code).toBe(1);
  });

  it("applies remediations before analysis and pricing, and reports them", async () => {
    const { json } = await planJson([
      RAW_AWS,
      "--config",
      "raw-aws:instanceType=m6i.2xlarge",
      "--policy-pack",
      PACK,
    ]);
    const web = json.resources.find((r) => r.name === "web" && r.type.endsWith("Instance"))!;
    expect(json.remediations).toEqual([
      { pack: "plan-test-pack", policy: "downsize-2xlarge", urn: web.urn, changed: ["instanceType"] },
    ]);
    expect(web.monthlyUsd).toBe(webMonthly("m6i.large"));
  });
  it("lists the exemptions resources carry, which the built-in pack honours", async () => {
    const dir = writeProgram("exempt", {
      "Pulumi.dev.yaml": "config:\n  aws:region: us-east-1\n",
      "index.ts": `import * as aws from "@pulumi/aws";
new aws.ebs.Volume("legacy", {
  availabilityZone: "us-east-1a",
  size: 50,
  encrypted: true,
  tags: { "lepton-policy-exempt": "cost-allocation-tags", "lepton-policy-exempt-reason": "migrated in Q3" },
});
`,
    });
    const { json } = await planJson([dir]);
    const volume = json.resources.find((r) => r.name === "legacy")!;
    expect(json.exemptions).toEqual([
      { urn: volume.urn, policies: ["cost-allocation-tags"], reason: "migrated in Q3" },
    ]);
    expect(
      json.violations.filter((v) => v.policy === "cost-allocation-tags" && v.level === "mandatory"),
    ).toEqual([]);
  });
});

describe("lepton-mc plan: baseline and reports", () => {
  it("saves a baseline and diffs a change against it (JSON, Markdown and table)", async () => {
    const base = join(writeProgram("baseline", {}), "base.json");
    const saved = await lepton(["plan", RAW_AWS, "--no-policy", "--save-baseline", base]);
    expect(saved.code).toBe(0);
    const before = JSON.parse(readFileSync(base, "utf8")) as { totals: { monthlyUsd: number } };

    const changed = ["--no-policy", "--config", "raw-aws:instanceType=m6i.xlarge", "--baseline", base];
    const { json } = await planJson([RAW_AWS, ...changed]);
    const delta = Math.round((webMonthly("m6i.xlarge") - webMonthly("m6i.large")) * 100) / 100;
    expect(json.diff!.added).toEqual([]);
    expect(json.diff!.removed).toEqual([]);
    expect(json.diff!.changed).toEqual([
      expect.objectContaining({
        beforeUsd: webMonthly("m6i.large"),
        afterUsd: webMonthly("m6i.xlarge"),
        deltaUsd: delta,
      }),
    ]);
    expect(json.diff!.totals.beforeUsd).toBe(before.totals.monthlyUsd);
    expect(json.diff!.totals.deltaUsd).toBe(delta);
    expect(json.diff!.totals.deltaPct).toBe(Math.round((delta / before.totals.monthlyUsd) * 10000) / 100);

    const md = await lepton(["plan", RAW_AWS, ...changed, "--markdown"]);
    expect(md.stdout).toContain("<!-- lepton-mc-plan -->");
    expect(md.stdout).toContain(`vs baseline`);
    expect(md.stdout).toContain(`| ✏️ changed | web | \`aws:ec2/instance:Instance\``);
    expect(md.stdout).toContain(`+$${delta.toFixed(2)}`);

    const table = await lepton(["plan", RAW_AWS, ...changed]);
    expect(table.stdout).toMatch(/Baseline: \$[\d,.]+ → \$[\d,.]+\/month, \+\$/);
  });

  it("prints a table grouped by cloud, region and component, with totals and violations by level", async () => {
    const { code, stdout } = await lepton(["plan", join(FIXTURES, "transforms"), "--policy-pack", PACK]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/│ aws\s+│ us-east-1 │ web \(Web\)\s+│ 1\s+│ \$140\.80/);
    expect(stdout).toMatch(/│ aws\s+│ us-east-1 │ \(no component\)/);
    expect(stdout).toContain("Total: $281.60/month (aws $281.60)");
    expect(stdout).toContain("plan-test-pack 1.0.0): 2 advisory");
  });

  it("shows progress on stderr for a program with many resources", async () => {
    const dir = writeProgram("many", {
      "Pulumi.dev.yaml": "config:\n  aws:region: us-east-1\n",
      "index.js": `const aws = require("@pulumi/aws");
for (let i = 0; i < 400; i++) new aws.ebs.Volume("v" + i, { availabilityZone: "us-east-1a", size: 10 });
`,
    });
    const run = await lepton(["plan", dir, "--no-policy", "--json"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/lepton-mc plan: \d+ resources recorded/);
    expect((JSON.parse(run.stdout) as { resources: unknown[] }).resources).toHaveLength(400);
  });

  it("notes look-ups it has no mock answer for", async () => {
    const dir = writeProgram("unmocked", {
      "Pulumi.dev.yaml": "config:\n  aws:region: us-east-1\n",
      "index.js": `const aws = require("@pulumi/aws");
aws.ec2.getInstanceTypeOutput({ instanceType: "m6i.large" });
`,
    });
    const { json } = await planJson([dir, "--no-policy"]);
    expect(json.notes.join("\n")).toContain("aws:ec2/getInstanceType:getInstanceType");
  });
});

describe("lepton-mc plan: errors", () => {
  const oneLine = (stderr: string) => {
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).not.toMatch(/^\s+at /m);
  };

  it("shows the program's own error and its line when it throws", async () => {
    const dir = writeProgram("throws", {
      "index.ts": `import * as pulumi from "@pulumi/pulumi";\nconst size = new pulumi.Config().getNumber("size") ?? 0;\nif (size < 1) throw new Error(\`size must be at least 1, got \${size}\`);\n`,
    });
    const run = await lepton(["plan", dir, "--no-policy"]);
    expect(run.code).toBe(2);
    oneLine(run.stderr);
    expect(run.stderr).toMatch(
      /program error at .*throws-\w+\/index\.ts:3:\d+: size must be at least 1, got 0/,
    );
  });

  it("shows a rejected async program's error and its line", async () => {
    const dir = writeProgram("rejects", {
      "index.ts": `export = async () => {\n  await Promise.resolve();\n  throw new Error("no capacity left");\n};\n`,
    });
    const run = await lepton(["plan", dir, "--no-policy"]);
    expect(run.code).toBe(2);
    oneLine(run.stderr);
    expect(run.stderr).toMatch(/program error at .*index\.ts:3:\d+: no capacity left/);
  });

  it("shows a TypeScript syntax error with its position", async () => {
    const dir = writeProgram("syntax", { "index.ts": `const a = 1;\nconst b = (a + ;\n` });
    const run = await lepton(["plan", dir, "--no-policy"]);
    expect(run.code).toBe(2);
    oneLine(run.stderr);
    expect(run.stderr).toMatch(/program error at .*index\.ts:2:\d+: TS1109: Expression expected/);
  });

  it("reports a missing required input and a duplicate resource name at the program's line", async () => {
    const missing = writeProgram("missing", {
      "Pulumi.dev.yaml": "config:\n  aws:region: us-east-1\n",
      "index.ts": `import * as aws from "@pulumi/aws";\n\nnew aws.ebs.Volume("v", {} as aws.ebs.VolumeArgs);\n`,
    });
    const a = await lepton(["plan", missing, "--no-policy"]);
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(
      /program error at .*index\.ts:3:\d+: Missing required property 'availabilityZone'/,
    );
    const dup = writeProgram("duplicate", {
      "Pulumi.dev.yaml": "config:\n  aws:region: us-east-1\n",
      "index.ts": `import * as aws from "@pulumi/aws";\nnew aws.ebs.Volume("v", { availabilityZone: "us-east-1a", size: 1 });\nnew aws.ebs.Volume("v", { availabilityZone: "us-east-1a", size: 2 });\n`,
    });
    const b = await lepton(["plan", dup, "--no-policy"]);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/Duplicate resource URN 'urn:pulumi:dev::duplicate::aws:ebs\/volume:Volume::v'/);
  });

  it.each([
    [
      ["plan", "examples/raw-aws", "--fail-on", "sometimes"],
      /--fail-on: "sometimes" is not valid; .*mandatory, advisory, none/,
    ],
    [["plan", "examples/nope"], /<program-dir>: "examples\/nope" is not a directory/],
    [["plan", "test"], /<program-dir>: "test" has no Pulumi.yaml/],
    [["plan", "examples/raw-aws", "--config", "region"], /--config: "region" is not valid; use key=value/],
    [["plan", "examples/raw-aws", "--stack", "prod"], /--stack: "prod" has no Pulumi.prod.yaml .*dev/],
    [
      ["plan", "examples/raw-aws", "--baseline", "package.json"],
      /--baseline package.json: resources: undefined is not valid/,
    ],
    [
      ["plan", "examples/raw-aws", "--policy-pack", "examples"],
      /--policy-pack: "examples" is not a policy pack/,
    ],
    [["plan", "examples/raw-aws", "--json", "--markdown"], /--json and --markdown: choose one/],
  ])("usage error %j", async (args, message) => {
    const run = await lepton(args);
    expect(run.code).toBe(2);
    oneLine(run.stderr);
    expect(run.stderr).toMatch(message);
  });

  it("names the policy config file and the bad entry", async () => {
    const config = join(writeProgram("bad-config", {}), "policy.json");
    writeFileSync(config, JSON.stringify({ "monthly-budgt": { budgetUsd: 10 } }));
    const run = await lepton(["plan", "examples/raw-aws", "--policy-config", config]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `--policy-config ${config}: policy config: monthly-budgt: is not a policy of this pack`,
    );
    expect(run.stderr).toContain("monthly-budget");
  });
});
