import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { remediateWithoutRemediation } from "../../analyzer/config";
import { errorDocument } from "../../cli/plan/error-report";
import { programError } from "../../cli/plan/program-error";
import { UNDECRYPTED_SECRET } from "../../cli/plan/project";
import { filterStrings, markSecret, redactSecrets, secretFilter, secretTexts } from "../../cli/plan/secrets";
import { show, ValidationError } from "../../sdk/errors";
import { FIXTURES, lepton, writeProgram } from "./helpers";

/** A BalancedPool with four kinds of mistakes a newcomer makes, all in one call. */
const POOL_WITH_PROBLEMS = `
import { BalancedPool } from "lepton-multicloud";
new BalancedPool("p", {
  unit: { vcpus: 2, memoryGB: 8 },
  placements: [
    { cloud: "aws", region: "us-east-1", weight: 0 },
    { cloud: "gcp", region: "europe-west1", weight: 0 },
  ],
  scaling: { min: 5, desired: 4, max: 3 },
  port: 80,
  dns: { provider: "aws", name: "www.example.com" },
} as any);
`;

/** Each problem of POOL_WITH_PROBLEMS: its field, and what the message must say of it. */
const POOL_PROBLEMS: [path: string, text: RegExp][] = [
  ["unit.memoryGB", /unit\.memoryGB: is not a known field; did you mean "memoryGiB"\?/],
  ["placements[0].weight", /placements\[0\]\.weight: 0 is not valid; use a number greater than 0/],
  ["placements[1].weight", /placements\[1\]\.weight: 0 is not valid/],
  ["scaling.min", /scaling\.min: 5 is not valid; use a min no larger than max \(3\)/],
  ["dns.zone", /dns\.zone: is required; use the Route 53 hosted zone id/],
];

const poolProgram = () => writeProgram("pool-problems", { "index.ts": POOL_WITH_PROBLEMS });

describe("an error with many problems lists every one of them, in every format", () => {
  it.each([
    ["plan", (dir: string) => ["plan", dir, "--no-policy"]],
    ["plan --html", (dir: string) => ["plan", dir, "--no-policy", "--html", join(dir, "r.html")]],
    ["lock", (dir: string) => ["lock", dir]],
    ["usage init", (dir: string) => ["usage", "init", dir]],
  ])("%s: exit 2, stderr names every field, value and fix", async (_, args) => {
    const run = await lepton(args(poolProgram()));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /program error at .*index\.ts:3:\d+: \d+ problems in BalancedPool "p" arguments:/,
    );
    for (const [, text] of POOL_PROBLEMS) expect(run.stderr).toMatch(text);
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it("plan --json: a structured error on stdout with every problem, the file and the line", async () => {
    const run = await lepton(["plan", poolProgram(), "--no-policy", "--json"]);
    expect(run.code).toBe(2);
    const doc = JSON.parse(run.stdout) as ReturnType<typeof errorDocument>;
    expect(doc.error.message).toMatch(/problems in BalancedPool "p" arguments:/);
    expect(doc.error.file).toMatch(/index\.ts$/);
    expect(doc.error.line).toBe(3);
    const paths = doc.error.problems.map((p) => p.path);
    for (const [path] of POOL_PROBLEMS) expect(paths).toContain(path);
    expect(doc.error.problems.find((p) => p.path === "unit.memoryGB")).toEqual({
      path: "unit.memoryGB",
      value: 8,
      problem: "is not a known field",
      expected: 'did you mean "memoryGiB"?',
    });
    expect(doc.error.problems.find((p) => p.path === "dns.zone")).toMatchObject({
      value: null,
      problem: "is required",
    });
  });

  it("plan --markdown: a comment that says the plan failed, with a row per problem", async () => {
    const run = await lepton(["plan", poolProgram(), "--no-policy", "--markdown"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/^### lepton-mc plan failed/);
    for (const [path] of POOL_PROBLEMS) expect(run.stdout).toContain(`| \`${path}\` |`);
  });

  it("keeps the list of a ValidationError of another copy of the package (same shape, another class)", async () => {
    // The program's own node_modules copy: its class is not the CLI's, so only the shape tells.
    const dir = writeProgram("foreign-copy", {
      "index.ts": `class ValidationError extends Error {
  issues = [
    { path: "unit.vcpus", value: -1, expected: "use a number greater than 0" },
    { path: "unit.arch", value: "risc", expected: 'use one of: x86_64, arm64' },
  ];
  constructor() { super("2 problems in MultiCloudVm args:\\n  - unit.vcpus: -1 is not valid; use a number greater than 0\\n  - unit.arch: \\"risc\\" is not valid; use one of: x86_64, arm64"); this.name = "ValidationError"; }
}
throw new ValidationError();
`,
    });
    const run = await lepton(["plan", dir, "--no-policy", "--json"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unit\.vcpus: -1 is not valid[\s\S]*unit\.arch: "risc" is not valid/);
    const doc = JSON.parse(run.stdout) as ReturnType<typeof errorDocument>;
    expect(doc.error.problems.map((p) => [p.path, p.value])).toEqual([
      ["unit.vcpus", -1],
      ["unit.arch", "risc"],
    ]);
  });

  it("plan --json: an error that is not the program's (a bad option) is structured too", async () => {
    const run = await lepton(["plan", poolProgram(), "--json", "--fail-on", "sometimes"]);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toEqual({
      error: {
        message: expect.stringMatching(/^--fail-on: "sometimes" is not valid; .*mandatory, advisory, none/),
        problems: [],
      },
    });
  });
});

describe("a secret is never printed", () => {
  // sa-east-1: a real region outside the catalog, so allowed-regions (default: the catalog's regions) flags it.
  const SECRETS = ["sa-east-1", "m5.large", "cc-secret-4711"];
  const program = join(FIXTURES, "hardening", "secrets");

  it.each([
    ["table", [] as string[]],
    ["--json", ["--json"]],
    ["--markdown", ["--markdown"]],
    ["--html", ["--html"]],
  ])("%s: no secret value anywhere, [secret] in its place", async (format, extra) => {
    const html = join(mkdtempSync(join(tmpdir(), "lepton-secrets-")), "plan.html");
    const args = ["plan", program, ...(format === "--html" ? ["--html", html] : extra)];
    const run = await lepton(args);
    expect(run.code, run.stderr).toBe(1); // the secret region is not an allowed one
    const output = format === "--html" ? readFileSync(html, "utf8") : run.stdout;
    for (const secret of SECRETS) {
      expect(output).not.toContain(secret);
      expect(run.stderr).not.toContain(secret);
    }
    expect(output).toContain("[secret]");
  });

  it("a price that depends on a secret is not given, and the reason names the secret input, not its value", async () => {
    const run = await lepton(["plan", program, "--json"]);
    const json = JSON.parse(run.stdout) as {
      resources: {
        name: string;
        priced: boolean;
        monthlyUsd: number | null;
        region: string | null;
        note: string;
      }[];
      violations: { policy: string; message: string }[];
      notes: string[];
    };
    const byName = (n: string) => json.resources.find((r) => r.name === n)!;
    expect(byName("secret-type")).toMatchObject({ priced: false, monthlyUsd: null, region: "us-east-1" });
    expect(byName("secret-type").note).toMatch(/^instanceType is secret: secret values are not read offline/);
    expect(byName("in-secret-region")).toMatchObject({ priced: false, region: "[secret]" });
    expect(byName("in-secret-region").note).toMatch(/^region of provider "north" is secret/);
    // A secret tag changes no price: it is given.
    expect(byName("secret-tag")).toMatchObject({ priced: true, region: "us-east-1" });
    expect(byName("secret-tag").monthlyUsd).toBeGreaterThan(0);
    // The pack saw the real region (as under the engine) and judged it; its message hides it.
    const region = json.violations.find((v) => v.policy === "allowed-regions");
    expect(region?.message).toMatch(/^north: region "\[secret\]" \(from region\) is not allowed/);
    expect(json.notes.join("\n")).toMatch(/resource\(s\) have secret inputs: they are shown as \[secret\]/);
  });

  it("a program error that quotes a secret it registered shows [secret] instead", async () => {
    const dir = writeProgram("secret-error", {
      "index.ts": `import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
const owner = "owner-7f3a9";
new aws.ebs.Volume("v", { availabilityZone: "us-east-1a", size: 10, tags: { owner: pulumi.secret(owner) } });
export = async () => {
  await new Promise((resolve) => setTimeout(resolve, 100));
  throw new Error(\`no team named \${owner}\`);
};
`,
    });
    const run = await lepton(["plan", dir, "--no-policy", "--json"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/program error at .*index\.ts:7:\d+: no team named \[secret\]/);
    expect(run.stderr + run.stdout).not.toContain("owner-7f3a9");
  });

  it("redacts marked values, lists their paths, and filters their text (longest first, not under 3 characters)", () => {
    const marked = {
      instanceType: markSecret("m5.large"),
      tags: { owner: "me", cost: markSecret("cc-1") },
      disks: [{ size: markSecret(500) }],
    };
    expect(redactSecrets(marked)).toEqual({
      value: {
        instanceType: "[secret]",
        tags: { owner: "me", cost: "[secret]" },
        disks: [{ size: "[secret]" }],
      },
      secretPaths: ["instanceType", "tags.cost", "disks[0].size"],
    });
    expect(secretTexts(marked)).toEqual(["m5.large", "cc-1", "500"]);
    const filter = secretFilter(["m5.", "m5.large", "ab"]);
    expect(filter("m5.large, m5. and ab")).toBe("[secret], [secret] and ab");
    expect(filterStrings({ a: ["x m5.large"], n: 5 }, filter)).toEqual({ a: ["x [secret]"], n: 5 });
  });
});

describe("no stack traces, no silent wrong results", () => {
  const PROGRAM = `import * as aws from "@pulumi/aws";\nnew aws.ebs.Volume("v", { availabilityZone: "us-east-1a", size: 10, encrypted: true, tags: { owner: "a", "cost-center": "b" } });\n`;

  it.each([
    ["table", [] as string[], (out: string) => out],
    ["--json", ["--json"], (out: string) => (JSON.parse(out) as { notes: string[] }).notes.join("\n")],
    ["--markdown", ["--markdown"], (out: string) => out],
  ])(
    "--stack prod without any stack file: runs on the project's config and says so (%s)",
    async (_, extra, notes) => {
      const dir = writeProgram("no-stack-file", { "index.ts": PROGRAM });
      const run = await lepton(["plan", dir, "--stack", "prod", "--no-policy", ...extra]);
      expect(run.code, run.stderr).toBe(0);
      expect(notes(run.stdout)).toMatch(
        /stack prod has no Pulumi\.prod\.yaml in .*: the program ran with the project's config \(Pulumi\.yaml\) and --config values only/,
      );
    },
  );

  it("--stack prod when other stacks have files: an error naming them", async () => {
    const dir = writeProgram("other-stack", { "index.ts": PROGRAM, "Pulumi.dev.yaml": "config: {}\n" });
    const run = await lepton(["plan", dir, "--stack", "prod", "--no-policy"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /--stack: "prod" has no Pulumi\.prod\.yaml in .*; (did you mean|use one of).*dev/,
    );
  });

  it.each([
    [
      ["mars-1"],
      /allowed-regions\.allowedRegions\[0\]: "mars-1" is not a region of any cloud in the catalog; use one of: us-east-1, .*\(\d+ in all\) \(a region the catalog lacks can be added with a catalogFile\)/,
    ],
    [
      ["us-east-1", "eu-west1"],
      /allowed-regions\.allowedRegions\[1\]: "eu-west1" .*did you mean "eu-west-1"\?/,
    ],
  ])(
    "policy config allowedRegions %j: exit 2, the field, the value and the regions",
    async (regions, message) => {
      const dir = writeProgram("bad-regions", { "index.ts": PROGRAM });
      const config = join(dir, "policy.json");
      writeFileSync(config, JSON.stringify({ "allowed-regions": { allowedRegions: regions } }));
      const run = await lepton(["plan", dir, "--policy-config", config]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/^\s+at /m);
    },
  );

  it('enforcementLevel "remediate" on a rule without a remediation: runs as mandatory, and a note says so', async () => {
    const dir = writeProgram("remediate-level", { "index.ts": PROGRAM });
    const config = join(dir, "policy.json");
    writeFileSync(
      config,
      JSON.stringify({ "encrypted-disks": "remediate", "cost-allocation-tags": "remediate" }),
    );
    const run = await lepton(["plan", dir, "--policy-config", config, "--json"]);
    const json = JSON.parse(run.stdout) as { notes: string[] };
    expect(json.notes).toContain(
      'policy config: enforcementLevel "remediate" is set for encrypted-disks, which has no remediation: it runs as "mandatory", as under pulumi preview; set "mandatory", "advisory" or "disabled" instead (only cost-allocation-tags can remediate)',
    );
  });

  it("names no policy when every remediate level can remediate", () => {
    const config = { a: { enforcementLevel: "remediate" }, b: { enforcementLevel: "mandatory" } };
    expect(remediateWithoutRemediation(config, ["a"])).toEqual([]);
    expect(remediateWithoutRemediation(config, [])).toHaveLength(1);
  });
});

describe("the program runner", () => {
  const VOLUME = `import * as aws from "@pulumi/aws";\nnew aws.ebs.Volume("v", { availabilityZone: "us-east-1a", size: 10 });\n`;

  it.each([
    [
      "a JSON file of the program's name beside its directory (a saved --json)",
      (dir: string) => writeFileSync(`${dir}.json`, JSON.stringify({ project: "saved" })),
      { "index.ts": VOLUME },
    ],
    [
      "a program that leaves a timer running",
      () => undefined,
      { "index.ts": `${VOLUME}setInterval(() => undefined, 1000);\n` },
    ],
  ])("%s: the program runs and the plan ends with its report", async (_, setup, files) => {
    const dir = writeProgram("runner", files);
    setup(dir);
    const started = Date.now();
    const run = await lepton(["plan", dir, "--no-policy", "--json"]);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as { resources: { name: string }[] };
    expect(json.resources.map((r) => r.name)).toEqual(["v"]);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it.each([
    [
      "process.exit(0)",
      { "index.ts": `${VOLUME}process.exit(0);\n` },
      [] as string[],
      /program error at .*index\.ts:3:\d+: the program called process\.exit\(0\) before it finished: .*; remove the call, or throw an Error/,
    ],
    [
      "config.requireNumber on a secure value",
      {
        "Pulumi.dev.yaml": "config:\n  runner:count:\n    secure: AAABAKx0\n",
        "index.ts": `import * as pulumi from "@pulumi/pulumi";\nexport const n = new pulumi.Config().requireNumber("count");\n`,
      },
      [],
      /program error at .*index\.ts:2:\d+: config runner:count is a secure value: lepton-mc plan does not decrypt secure values offline .*; pass a value with --config runner:count=<value>/,
    ],
    [
      "config.require of a key nobody set",
      {
        "index.ts": `import * as pulumi from "@pulumi/pulumi";\nexport const n = new pulumi.Config().require("zone");\n`,
      },
      [],
      /config runner:zone is required by the program and not set; set it in the stack's Pulumi\.<stack>\.yaml or pass --config runner:zone=<value>/,
    ],
  ])("%s: exit 2, one message with the line and the fix", async (_, files, extra, message) => {
    const dir = writeProgram("runner", files);
    const run = await lepton(["plan", dir, "--no-policy", ...extra]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).not.toContain("promise");
  });

  it("a secure value given with --config is read, and no longer said to be a placeholder", async () => {
    const dir = writeProgram("runner", {
      "Pulumi.dev.yaml": "config:\n  runner:size:\n    secure: AAABAKx0\n",
      "index.ts": `import * as aws from "@pulumi/aws";\nimport * as pulumi from "@pulumi/pulumi";\nnew aws.ebs.Volume("v", { availabilityZone: "us-east-1a", size: new pulumi.Config().requireNumber("size") });\n`,
    });
    const run = await lepton(["plan", dir, "--no-policy", "--json", "--config", "size=100"]);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as { resources: { note: string }[]; notes: string[] };
    expect(json.resources[0].note).toMatch(/100 GB/);
    expect(json.notes.join("\n")).not.toContain("secure config values are not decrypted");
  });

  it("wraps a config error that names the placeholder, and keeps other messages", () => {
    const err = new Error(`Configuration 'shop:port' value '${UNDECRYPTED_SECRET}' is not a valid number`);
    expect(programError(err, "/nowhere").message).toMatch(/config shop:port is a secure value/);
    expect(programError(new Error("boom\nmore"), "/nowhere").message).toMatch(/: boom \(no line/);
  });
});

describe("error values never break the error", () => {
  it("show() describes what JSON cannot hold, even without a prototype", () => {
    const loop = Object.create(null) as Record<string, unknown>;
    loop.self = loop;
    expect(show(loop)).toBe("an object JSON cannot hold (keys: self)");
    expect(show({ n: 1n })).toBe("an object JSON cannot hold (keys: n)");
    expect(show(2n)).toBe("2n");
    expect(show(() => 1)).toBe("a function");
    const bare = Object.create(null) as Record<string, unknown>;
    bare.a = 1;
    expect(show(bare)).toBe('{"a":1}');
  });

  it("the --json error keeps a value JSON cannot hold as its description", () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    const doc = errorDocument(
      new ValidationError([{ path: "a", value: loop, expected: "use a plain object" }]),
    );
    expect(doc.error.problems).toEqual([
      {
        path: "a",
        value: "an object JSON cannot hold (keys: self)",
        problem: "an object JSON cannot hold (keys: self) is not valid",
        expected: "use a plain object",
      },
    ]);
  });
});
