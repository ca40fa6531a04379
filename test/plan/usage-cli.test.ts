import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseUsageFile } from "../../sdk/cost/usage-file";
import { lepton, planJson, writeProgram } from "./helpers";

const INSTANCE = "aws:ec2/instance:Instance";

/** A small AWS program: a security group and an instance both named "web", and a volume. */
const PROGRAM = {
  "Pulumi.dev.yaml": "config:\n  aws:region: us-east-1\n",
  "index.js": `const aws = require("@pulumi/aws");
new aws.ec2.SecurityGroup("web", { tags: { owner: "t", "cost-center": "c" } });
new aws.ec2.Instance("web", { ami: "ami-0123456789abcdef0", instanceType: "m6i.large" });
new aws.ebs.Volume("data", { availabilityZone: "us-east-1a", size: 20, type: "gp3" });
`,
};

/** The JSON document's coverage, as the plan writes it. */
type WithCoverage = {
  coverage: { billable: number; priced: number; usageBased: number; unpriced: number; pct: number | null };
  totals: { usageBased: number };
};

describe("lepton-mc plan --usage", () => {
  it("states coverage in JSON: billable excludes free types (the security group)", async () => {
    const { run, json } = await planJson([writeProgram("coverage", PROGRAM), "--no-policy"]);
    expect(run.code).toBe(0);
    const { coverage, totals } = json as unknown as WithCoverage;
    expect(coverage).toEqual({ billable: 2, priced: 2, usageBased: 0, unpriced: 0, pct: 100 });
    expect(totals.usageBased).toBe(0);
  });

  it("notes usage entries that match no resource and keys that no charge reads, with did-you-means", async () => {
    const dir = writeProgram("usage-notes", PROGRAM);
    writeFileSync(
      join(dir, "usage.yml"),
      [
        "version: 1",
        "defaults:",
        `  ${INSTANCE}:`,
        "    monthlyRequests: 5",
        "  aws:ebs/volume:Volum:",
        "    snapshotGb: 10",
        "resources:",
        "  dat:",
        "    snapshotGb: 10",
        "  web:",
        "    monthlyRequests: 5",
      ].join("\n"),
    );
    const { run, json } = await planJson([dir, "--no-policy", "--usage", join(dir, "usage.yml")]);
    expect(run.code).toBe(0);
    expect(json.notes).toEqual(
      expect.arrayContaining([
        `usage quantities from ${join(dir, "usage.yml")}: 2 resource(s) matched`,
        `usage file defaults.${INSTANCE}.monthlyRequests: no usage charge of the 1 resource(s) of this type reads it; it has no usage-based charge in the cost engine`,
        'usage file defaults.aws:ebs/volume:Volum: no resource of the program has this type; did you mean "aws:ebs/volume:Volume"?',
        'usage file resources.dat: matches no resource of the program by name or URN; did you mean "data"?',
        "usage file resources.web.monthlyRequests: no usage charge of the 2 resources named so reads it; it has no usage-based charge in the cost engine",
      ]),
    );
  });

  it("reads the stack config's lepton-multicloud:usageFile relative to the program", async () => {
    const dir = writeProgram("usage-config", {
      ...PROGRAM,
      "Pulumi.dev.yaml":
        "config:\n  aws:region: us-east-1\n  lepton-multicloud:usageFile: usage/quantities.yml\n",
    });
    const run = await lepton(["plan", dir, "--no-policy"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `lepton-mc: lepton-multicloud:usageFile (stack config) usage/quantities.yml: no such file (looked in ${dir})`,
    );
    mkdirSync(join(dir, "usage"));
    writeFileSync(join(dir, "usage", "quantities.yml"), "version: 1\nresources:\n  data: {}\n");
    const { json } = await planJson([dir, "--no-policy"]);
    expect(json.notes).toContain("usage quantities from usage/quantities.yml: 1 resource(s) matched");
  });

  it("fails on a bad usage file before running the program, listing every problem with path, value and fix", async () => {
    const dir = writeProgram("usage-bad", PROGRAM);
    const file = join(dir, "bad.yml");
    writeFileSync(
      file,
      "version: 1\nresources:\n  web:\n    monthly_requests: 5\n    monthlyGb: -1\n    monthlyRequests: '10'\n",
    );
    const run = await lepton(["plan", dir, "--no-policy", "--usage", file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      [
        `lepton-mc: --usage: 3 problems in usage file ${file}:`,
        '  - resources.web.monthly_requests: is not a usage key; usage keys are camelCase: did you mean "monthlyRequests"?',
        "  - resources.web.monthlyGb: -1 is not valid; use a monthly quantity of 0 or more",
        '  - resources.web.monthlyRequests: "10" is not valid; use a number without quotes: monthlyRequests: 10',
        "",
      ].join("\n"),
    );
  });

  it.each([
    [["--usage", "nope.yml"], /^lepton-mc: --usage nope\.yml: no such file; give a usage file/],
    [["--usage", ""], /^lepton-mc: --usage: "" is not valid; give the path of a usage file/],
    [
      ["--usage", "package.json"],
      /^lepton-mc: --usage: \d+ problems in usage file package\.json:\n {2}- name: is not a known field; known fields: version, defaults, resources\n/,
    ],
  ])("usage error %j", async (args, message) => {
    const run = await lepton(["plan", "examples/raw-aws", "--no-policy", ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});

describe("coverage in every format", () => {
  it("table, Markdown and HTML state N of M billable resources priced", async () => {
    const dir = writeProgram("coverage-formats", PROGRAM);
    const html = join(dir, "plan.html");
    const table = await lepton(["plan", dir, "--no-policy"]);
    expect(table.stdout).toContain("Coverage: 2 of 2 billable resources priced (100 %)");
    const md = await lepton(["plan", dir, "--no-policy", "--markdown", "--html", html]);
    expect(md.stdout).toMatch(/^✅ .* · 2 of 2 billable resources priced \(100 %\)/m);
    expect(readFileSync(html, "utf8")).toContain(
      '<div class="card" id="card-coverage">Coverage<b>100 %</b>2 of 2 billable resources priced (100 %)</div>',
    );
  }, 120_000);
});

describe("lepton-mc usage init", () => {
  it("writes a usage file the parser reads back, and does not overwrite it without --force", async () => {
    const dir = writeProgram("usage-init", PROGRAM);
    const first = await lepton(["usage", "init", dir]);
    expect(first.code).toBe(0);
    const file = join(dir, "lepton-usage.yml");
    expect(first.stdout).toMatch(/^lepton-mc usage init: wrote .*lepton-usage\.yml/);
    const text = readFileSync(file, "utf8");
    expect(text).toMatch(/^# lepton-mc usage file, version 1/);
    expect(parseUsageFile(text).version).toBe(1);

    writeFileSync(file, "version: 1\n# mine\n");
    const again = await lepton(["usage", "init", dir]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/--out .*lepton-usage\.yml: exists already; give --force to overwrite it/);
    expect(readFileSync(file, "utf8")).toBe("version: 1\n# mine\n");

    expect((await lepton(["usage", "init", dir, "--force"])).code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(text);
    const out = join(dir, "elsewhere.yml");
    expect((await lepton(["usage", "init", dir, "--out", out])).code).toBe(0);
    expect(existsSync(out)).toBe(true);
    // The plan reads what init wrote.
    const { run } = await planJson([dir, "--no-policy", "--usage", out]);
    expect(run.code).toBe(0);
  }, 240_000);
});
