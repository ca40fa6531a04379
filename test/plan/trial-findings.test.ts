import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lepton, planJson, ROOT, writeProgram } from "./helpers";

/**
 * What running `lepton-mc plan` on 61 pulumi/examples programs found (the trial of session 3):
 * older @pulumi/pulumi copies, stalls, a missing package.json main, Helm charts read offline,
 * program output on stdout, and totals that looked complete when they were not.
 */

/** `@pulumi/pulumi` 3.228.0, what pulumi/examples pins (a devDependency alias of this repository). */
const PULUMI_3_228 = join(ROOT, "node_modules", "pulumi-sdk-3-228");

/** Gives the program `dir` its own `@pulumi/pulumi`: a link to `target`, as npm would install it. */
function ownPulumi(dir: string, target: string): void {
  mkdirSync(join(dir, "node_modules", "@pulumi"), { recursive: true });
  symlinkSync(target, join(dir, "node_modules", "@pulumi", "pulumi"), "dir");
}

/** A program that waits on an invoke before it registers an instance (aws-ts-webserver's shape). */
const INVOKE_THEN_INSTANCE = `const pulumi = require("@pulumi/pulumi");
const ami = pulumi.runtime.invoke("aws:ec2/getAmi:getAmi", {
  owners: ["137112412989"],
  mostRecent: true,
  filters: [{ name: "name", values: ["al2023-ami-*-x86_64"] }],
});
new pulumi.CustomResource("aws:ec2/instance:Instance", "web", {
  instanceType: "t3.micro",
  ami: ami.then((r) => r.id),
});
`;

describe("a program's own older @pulumi/pulumi", () => {
  it("3.228.0 (pulumi/examples' pin): invokes are answered in its protocol and the plan completes", async () => {
    const dir = writeProgram("old-sdk", {
      "package.json": JSON.stringify({ dependencies: { "@pulumi/pulumi": "3.228.0" } }),
      "index.js": INVOKE_THEN_INSTANCE,
    });
    ownPulumi(dir, PULUMI_3_228);
    // Before: "program error: Error (no line of the program in its stack trace)", or no end at all.
    const { run, json } = await planJson([dir, "--no-policy", "--config", "aws:region=us-east-1"]);
    expect(run.code, run.stderr).toBe(0);
    const web = json.resources.find((r) => r.type === "aws:ec2/instance:Instance");
    expect(web).toMatchObject({ name: "web", priced: true, region: "us-east-1" });
    expect(web!.monthlyUsd).toBeGreaterThan(0);
  });

  it("3.228.0 with transforms: the error names the version that runs them under mocks and the fix", async () => {
    const dir = writeProgram("old-sdk-transforms", {
      "package.json": JSON.stringify({ dependencies: { "@pulumi/pulumi": "3.228.0" } }),
      "index.js": `const pulumi = require("@pulumi/pulumi");
new pulumi.CustomResource("aws:s3/bucket:Bucket", "b", {}, {
  transforms: [(a) => ({ props: { ...a.props, bucket: "renamed" }, opts: a.opts })],
});
`,
    });
    ownPulumi(dir, PULUMI_3_228);
    const run = await lepton(["plan", dir, "--no-policy", "--config", "aws:region=us-east-1"]);
    expect(run.code).toBe(2);
    // Before: exit 0, the transform silently skipped (3.228 never hands it to a mock monitor).
    expect(run.stderr).toMatch(
      /program error at .*index\.js:2:\d+: failed to register new resource b \[aws:s3\/bucket:Bucket\]: transforms cannot run/,
    );
    expect(run.stderr).toContain(
      "program's @pulumi/pulumi 3.228.0: it hands them to a mock monitor only from 3.260.0 on",
    );
    expect(run.stderr).toContain(`upgrade it in ${join(dir, "package.json")}`);
    expect(run.stderr).toContain("npm install @pulumi/pulumi@^3.276");
  });

  it("3.228.0 with a stack transform: the same error, though that SDK drops it (rejects with no reason)", async () => {
    const dir = writeProgram("old-sdk-stack-transform", {
      "package.json": JSON.stringify({ dependencies: { "@pulumi/pulumi": "3.228.0" } }),
      "index.js": `const pulumi = require("@pulumi/pulumi");
pulumi.runtime.registerResourceTransform((a) => a);
new pulumi.CustomResource("aws:s3/bucket:Bucket", "b", {});
`,
    });
    ownPulumi(dir, PULUMI_3_228);
    // Before: exit 0, the transform silently skipped; a refusal of it read "program error: undefined".
    const run = await lepton(["plan", dir, "--no-policy", "--config", "aws:region=us-east-1"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      "program error: transforms cannot run under the plan with the program's @pulumi/pulumi 3.228.0",
    );
    expect(run.stderr).toContain(
      `upgrade it in ${join(dir, "package.json")} (it asks for "@pulumi/pulumi": "3.228.0"): run \`npm install @pulumi/pulumi@^3.276\` in ${dir}`,
    );
  });

  it("below the supported minimum: fails at once, naming the version, the minimum, package.json and the fix", async () => {
    const dir = writeProgram("ancient-sdk", {
      "package.json": JSON.stringify({ dependencies: { "@pulumi/pulumi": "^3.100.0" } }),
      "index.js": `require("@pulumi/pulumi");\n`,
    });
    // Only the manifest: the plan must read the version before it loads anything of the copy.
    const pkg = join(dir, "node_modules", "@pulumi", "pulumi");
    mkdirSync(pkg, { recursive: true });
    writeFileSync(join(pkg, "package.json"), JSON.stringify({ name: "@pulumi/pulumi", version: "3.100.0" }));
    for (const format of [[], ["--json"]]) {
      const run = await lepton(["plan", dir, ...format]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        `the program's @pulumi/pulumi is 3.100.0 (${pkg}); lepton-mc plan needs 3.142.0 or later`,
      );
      expect(run.stderr).toContain(
        `upgrade it in ${join(dir, "package.json")} (it asks for "@pulumi/pulumi": "^3.100.0"): run \`npm install @pulumi/pulumi@^3.276\` in ${dir}`,
      );
    }
  });
});

/** A program that never finishes: one resource's input is a promise nothing resolves. */
const STALLED = `const pulumi = require("@pulumi/pulumi");
new pulumi.CustomResource("aws:s3/bucket:Bucket", "logs", {});
new pulumi.CustomResource("aws:s3/bucket:Bucket", "site", { bucket: new Promise(() => {}) });
`;

describe("a program that stops making progress ends the plan with what it waits for", () => {
  const waitsFor = `aws:s3/bucket:Bucket "site": waiting for the value of its input "bucket"`;

  it("without policy packs: at once, when nothing is left to run", async () => {
    const dir = writeProgram("stalled", { "index.js": STALLED });
    const started = Date.now();
    const run = await lepton(["plan", dir, "--no-policy", "--config", "aws:region=us-east-1"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/the program did not finish: it stopped with nothing left to run/);
    expect(run.stderr).toContain('its last call: registered aws:s3/bucket:Bucket "logs"');
    expect(run.stderr).toContain(waitsFor);
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it("with the policy pack running (which keeps the process alive): after --stall-timeout", async () => {
    const dir = writeProgram("stalled-policy", { "index.js": STALLED });
    const run = await lepton([
      "plan",
      dir,
      "--json",
      "--stall-timeout",
      "2",
      "--config",
      "aws:region=us-east-1",
    ]);
    expect(run.code).toBe(2);
    const doc = JSON.parse(run.stdout) as { error: { message: string } };
    expect(doc.error.message).toMatch(
      /made no progress \(registered no resource, called no provider function\) for 2 s/,
    );
    expect(doc.error.message).toContain("--stall-timeout SECONDS or LEPTON_MC_STALL_TIMEOUT");
    expect(doc.error.message).toContain(waitsFor);
  });

  it("LEPTON_MC_STALL_TIMEOUT sets the limit when the program keeps a timer alive", async () => {
    const dir = writeProgram("stalled-timer", {
      "index.js": `${STALLED}setInterval(() => {}, 100);\n`,
    });
    const run = await lepton(["plan", dir, "--no-policy", "--config", "aws:region=us-east-1"], {
      env: { LEPTON_MC_STALL_TIMEOUT: "1" },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/made no progress .* for 1 s/);
    expect(run.stderr).toContain(waitsFor);
  });

  it("time the program spends busy in its own code is progress, not a stall", async () => {
    const dir = writeProgram("busy", {
      "index.js": `const pulumi = require("@pulumi/pulumi");
const until = Date.now() + 2500;
while (Date.now() < until) {}
new pulumi.CustomResource("aws:s3/bucket:Bucket", "b", {});
`,
    });
    const run = await lepton([
      "plan",
      dir,
      "--no-policy",
      "--stall-timeout",
      "1",
      "--config",
      "aws:region=us-east-1",
    ]);
    expect(run.code, run.stderr).toBe(0);
  });

  it("a bad limit is a usage error naming the option or the variable", async () => {
    const dir = writeProgram("stall-bad", { "index.js": STALLED });
    const flag = await lepton(["plan", dir, "--stall-timeout", "soon"]);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('--stall-timeout: "soon" is not valid; use the seconds');
    const env = await lepton(["plan", dir], { env: { LEPTON_MC_STALL_TIMEOUT: "-3" } });
    expect(env.code).toBe(2);
    expect(env.stderr).toContain('LEPTON_MC_STALL_TIMEOUT: "-3" is not valid');
  });
});

describe('package.json "main" names a file that is not there (index.js of a TypeScript program)', () => {
  it("runs index.ts as pulumi does, with the same warning on stderr and in the plan's notes", async () => {
    const dir = writeProgram("main-missing", {
      "package.json": JSON.stringify({ name: "main-missing", main: "index.js" }),
      "index.ts": `import * as pulumi from "@pulumi/pulumi";
const size: number = 20;
new pulumi.CustomResource("aws:ebs/volume:Volume", "data", { availabilityZone: "us-east-1a", size });
`,
    });
    // Before: "program error: Cannot find module '…/index.js'. Please verify that the package.json has a valid "main" entry".
    const { run, json } = await planJson([dir, "--no-policy", "--config", "aws:region=us-east-1"]);
    expect(run.code, run.stderr).toBe(0);
    const warning = `Could not find entry point 'index.js' specified in package.json; using 'index.ts' instead (as pulumi does; fix "main" in ${join(dir, "package.json")})`;
    expect(run.stderr).toContain(`lepton-mc: warning: ${warning}`);
    expect(json.notes).toContain(`warning: ${warning}`);
    expect(json.resources.find((r) => r.name === "data")).toMatchObject({ priced: true });
    const table = await lepton(["plan", dir, "--no-policy", "--config", "aws:region=us-east-1"]);
    expect(table.stdout).toContain(`Note: warning: ${warning}`);
  });
});

describe("a helm.v3.Chart whose resources the program reads (kubernetes-ts-helm-wordpress)", () => {
  it("reads unknown values, completes, and lists the Chart as not priced offline", async () => {
    const dir = writeProgram("helm-read", {
      "index.ts": `import * as k8s from "@pulumi/kubernetes";
const wordpress = new k8s.helm.v3.Chart("wpdev", {
  version: "15.0.5",
  chart: "wordpress",
  fetchOpts: { repo: "https://charts.bitnami.com/bitnami" },
});
export const wordpressIP = wordpress.ready.apply(() =>
  wordpress
    .getResourceProperty("v1/Service", "default", "wpdev-wordpress", "status")
    .apply((status) => status.loadBalancer.ingress[0].ip),
);
export const serviceName = wordpress.getResource("v1/Service", "default", "wpdev-wordpress").metadata.name;
export const direct = wordpress.getResourceProperty("v1/Service", "default", "wpdev-wordpress", "spec").apply((s) => s.type);
`,
    });
    // Before: "Cannot read properties of undefined (reading 'status') (no line of the program in its stack trace)".
    const { run, json } = await planJson([dir, "--no-policy"]);
    expect(run.code, run.stderr).toBe(0);
    expect(json.resources.find((r) => r.type === "kubernetes:helm.sh/v3:Chart")).toMatchObject({
      name: "wpdev",
      priced: false,
      note: "Helm charts render their resources on the cluster; offline their workloads are not known",
    });
  });
});

describe("what the program prints never reaches the report on stdout", () => {
  const program = () =>
    writeProgram("chatty", {
      "index.js": `const pulumi = require("@pulumi/pulumi");
console.log("Syncing contents from local disk at ./www");
process.stdout.write("raw program output\\n");
new pulumi.CustomResource("aws:ebs/volume:Volume", "data", { availabilityZone: "us-east-1a", size: 20 });
`,
    });
  const said = ["Syncing contents from local disk at ./www", "raw program output"];

  it("--json: stdout is exactly the JSON document; the program's output is on stderr", async () => {
    // Before: stdout began with "Syncing contents …" and JSON.parse failed.
    const { run, json } = await planJson([program(), "--no-policy", "--config", "aws:region=us-east-1"]);
    expect(run.code, run.stderr).toBe(0);
    expect(json.resources.map((r) => r.name)).toContain("data");
    for (const s of said) expect(run.stderr).toContain(s);
  });

  it.each([
    ["--markdown", ["--markdown"]],
    ["table with --html", ["--html", "plan.html"]],
  ])("%s: stdout is the report alone", async (_, extra) => {
    const dir = program();
    const args = extra.map((a) => (a === "plan.html" ? join(dir, a) : a));
    const run = await lepton(["plan", dir, "--no-policy", "--config", "aws:region=us-east-1", ...args]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      extra[0] === "--markdown" ? /^<!-- lepton-mc-plan -->/ : /^lepton-mc plan: chatty/,
    );
    for (const s of said) {
      expect(run.stdout).not.toContain(s);
      expect(run.stderr).toContain(s);
    }
    if (extra[0] === "--html") for (const s of said) expect(readFileSync(args[1], "utf8")).not.toContain(s);
  });
});

describe("a total that leaves usage or unpriced resources out says so, in every format", () => {
  /** A queue (billed per request only: $0 fixed) and a resource of a provider the engine does not price. */
  const program = (withWidget: boolean) =>
    writeProgram("partial-total", {
      "index.js": `const pulumi = require("@pulumi/pulumi");
new pulumi.CustomResource("aws:sqs/queue:Queue", "jobs", {});
${withWidget ? `new pulumi.CustomResource("acme:index:Widget", "widget", {});\n` : ""}`,
    });
  const region = ["--config", "aws:region=us-east-1"];
  const partial =
    "$0.00/month fixed + usage-based charges on 1 resource (unit prices below; supply usage with --usage FILE or `lepton-mc usage init`) + 1 resource not priced (listed below)";

  it("table", async () => {
    const run = await lepton(["plan", program(true), "--no-policy", ...region]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Total: ${partial}; by cloud: aws $0.00\n`);
    expect(run.stdout).not.toMatch(/Total: \$0\.00\/month( \(aws \$0\.00\))?\n/);
  });

  it("markdown: the summary line and the total row", async () => {
    const run = await lepton(["plan", program(true), "--no-policy", "--markdown", ...region]);
    expect(run.stdout).toContain(`**$0.00/month** ${partial.slice("$0.00/month ".length)} · 1 of 2 billable`);
    expect(run.stdout).toContain("| **total** (not the whole cost; see above) | **$0.00** |");
  });

  it("html: the cost card says what the amount leaves out", async () => {
    const dir = program(true);
    const file = join(dir, "plan.html");
    const run = await lepton(["plan", dir, "--no-policy", "--html", file, ...region]);
    expect(run.code, run.stderr).toBe(0);
    const html = readFileSync(file, "utf8");
    expect(html).toMatch(
      /<div class="card" id="card-total">Monthly cost<b>\$0\.00<\/b><span id="total-note">fixed \+ usage-based charges on 1 resource \(unit prices in the resources' notes; supply usage with --usage FILE or `lepton-mc usage init`\) \+ 1 resource not priced \(see Resources\)<\/span><\/div>/,
    );
  });

  it("json: explicit fields beside the existing ones", async () => {
    const { json } = await planJson([program(true), "--no-policy", ...region]);
    expect(json.totals).toMatchObject({
      monthlyUsd: 0,
      unpriced: 1,
      usageBased: 1,
      fixedMonthlyUsd: 0,
      usageMonthlyUsd: 0,
      usageBasedCount: 1,
      unpricedCount: 1,
      complete: false,
      summary:
        "$0.00/month fixed + usage-based charges on 1 resource (unit prices in resources[].usage; supply usage with --usage FILE or `lepton-mc usage init`) + 1 resource not priced (resources[] with priced: false)",
    });
  });

  it("with every quantity in a usage file the total is complete, and its usage part is stated", async () => {
    const dir = program(false);
    const usage = join(dir, "usage.yml");
    writeFileSync(usage, "version: 1\nresources:\n  jobs:\n    monthlyRequests: 3000000\n");
    const { run, json } = await planJson([dir, "--no-policy", "--usage", usage, ...region]);
    expect(run.code, run.stderr).toBe(0);
    const charge = (json.resources[0] as unknown as { usage: { monthlyUsd: number }[] }).usage[0].monthlyUsd;
    expect(charge).toBeGreaterThan(0);
    const totals = json.totals as unknown as Record<string, unknown>;
    expect(totals).toMatchObject({
      monthlyUsd: charge,
      fixedMonthlyUsd: 0,
      usageMonthlyUsd: charge,
      usageBasedCount: 0,
      unpricedCount: 0,
      complete: true,
    });
    expect(totals.summary).toBe(`$${charge.toFixed(2)}/month`);
    const table = await lepton(["plan", dir, "--no-policy", "--usage", usage, ...region]);
    expect(table.stdout).toContain(`Total: $${charge.toFixed(2)}/month (aws $${charge.toFixed(2)})\n`);
  });
});
