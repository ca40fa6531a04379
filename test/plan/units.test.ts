import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CostEntry, diffBaseline, loadBaseline } from "../../cli/plan/baseline";
import { answerInvoke, autoname } from "../../cli/plan/mocks";
import { locate } from "../../cli/plan/program-error";
import { loadProject, SECRET_PLACEHOLDER } from "../../cli/plan/project";

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "lepton-project-"));
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  return dir;
}

describe("loadProject", () => {
  it("merges project config, the stack file and --config in that order, namespacing bare keys", () => {
    const dir = project({
      "Pulumi.yaml":
        "name: shop\nruntime: nodejs\nconfig:\n  size:\n    default: 2\n  tier: small\n  aws:region:\n    value: us-east-1\n",
      "Pulumi.prod.yaml":
        "config:\n  aws:region: eu-west-1\n  shop:size: 4\n  shop:tags:\n    team: web\n  shop:password:\n    secure: v1:abc\n",
    });
    const p = loadProject(dir, { config: ["size=8", "aws:profile=ci"] });
    expect(p.stack).toBe("prod"); // the only stack file
    expect(p.config).toEqual({
      "shop:size": "8",
      "shop:tier": "small",
      "aws:region": "eu-west-1",
      "shop:tags": '{"team":"web"}',
      "shop:password": SECRET_PLACEHOLDER,
      "aws:profile": "ci",
    });
    expect(p.secretKeys).toEqual(["shop:password"]);
    expect(p.typescript).toBe(true);
    expect(p.entry).toBe(dir);
  });

  it("defaults to dev without stack files, honours main and runtime options", () => {
    const dir = project({
      "Pulumi.yaml": "name: x\nruntime:\n  name: nodejs\n  options:\n    typescript: false\nmain: index.js\n",
      "index.js": "",
    });
    const p = loadProject(dir);
    expect(p.stack).toBe("dev");
    expect(p.typescript).toBe(false);
    expect(p.entry).toBe(join(dir, "index.js"));
  });

  it.each([
    [{ "Pulumi.yaml": "name: x\nruntime: python\n" }, {}, /runtime: "python" is not supported/],
    [{ "Pulumi.yaml": "runtime: nodejs\n" }, {}, /name: undefined is not valid/],
    [{ "Pulumi.yaml": "name: x\nruntime: nodejs\nmain: src/\n" }, {}, /main: "src\/" does not exist/],
    [{ "Pulumi.yaml": "name: [x\n" }, {}, /is not valid YAML/],
    [
      { "Pulumi.yaml": "name: x\nruntime: nodejs\n", "Pulumi.dev.yaml": "" },
      { stack: "prd" },
      /--stack: "prd" has no Pulumi.prd.yaml in .*; use one of: dev/,
    ],
    [{ "Pulumi.yaml": "name: x\nruntime: nodejs\n" }, { stack: "a b" }, /--stack: "a b" is not valid/],
    [
      { "Pulumi.yaml": "name: x\nruntime: nodejs\n" },
      { config: ["=1"] },
      /--config: "=1" is not valid; use key=value/,
    ],
  ])("rejects %j %j", (files, opts, message) => {
    expect(() => loadProject(project(files), opts)).toThrow(message);
  });
});

const entry = (urn: string, monthlyUsd: number | null, cloud = "aws"): CostEntry => ({
  urn,
  type: "aws:ec2/instance:Instance",
  name: urn,
  cloud,
  monthlyUsd,
  priced: monthlyUsd !== null,
});

describe("baseline diff", () => {
  it("finds added, removed and changed resources, per cloud and in total", () => {
    const d = diffBaseline(
      [entry("a", 10), entry("b", 20), entry("c", 5, "gcp"), entry("d", null)],
      [entry("a", 10), entry("b", 25), entry("e", 7, "gcp"), entry("d", 3)],
    );
    expect(d.added.map((e) => e.urn)).toEqual(["e"]);
    expect(d.removed.map((e) => e.urn)).toEqual(["c"]);
    expect(d.changed).toEqual([
      expect.objectContaining({ urn: "b", beforeUsd: 20, afterUsd: 25, deltaUsd: 5 }),
      expect.objectContaining({ urn: "d", beforeUsd: null, afterUsd: 3, deltaUsd: 3 }),
    ]);
    expect(d.totals).toEqual({ beforeUsd: 35, afterUsd: 45, deltaUsd: 10, deltaPct: 28.57 });
    expect(d.byCloud).toEqual({
      aws: { beforeUsd: 30, afterUsd: 38, deltaUsd: 8 },
      gcp: { beforeUsd: 5, afterUsd: 7, deltaUsd: 2 },
    });
    expect(diffBaseline([], [entry("a", 1)]).totals.deltaPct).toBeNull();
  });

  it("has no change against itself, and its delta is the difference of the totals (property)", () => {
    const entries = fc.uniqueArray(
      fc.record({
        urn: fc.string({ minLength: 1, maxLength: 6 }),
        cents: fc.option(fc.integer({ min: 0, max: 1e6 })),
      }),
      { selector: (e) => e.urn, maxLength: 30 },
    );
    fc.assert(
      fc.property(entries, entries, (a, b) => {
        const before = a.map((e) => entry(e.urn, e.cents === null ? null : e.cents / 100));
        const after = b.map((e) => entry(e.urn, e.cents === null ? null : e.cents / 100));
        const self = diffBaseline(before, before);
        expect(self.added.length + self.removed.length + self.changed.length).toBe(0);
        const d = diffBaseline(before, after);
        expect(d.totals.deltaUsd).toBeCloseTo(d.totals.afterUsd - d.totals.beforeUsd, 2);
        expect(d.added.length - d.removed.length).toBe(after.length - before.length);
      }),
    );
  });

  it("reads only files of the plan's JSON shape, naming the bad field", () => {
    const dir = mkdtempSync(join(tmpdir(), "lepton-baseline-"));
    const write = (name: string, text: string) => (writeFileSync(join(dir, name), text), join(dir, name));
    expect(loadBaseline(write("ok.json", JSON.stringify({ resources: [entry("a", 1)] })))).toHaveLength(1);
    expect(() => loadBaseline(write("bad.json", "{"))).toThrow(/is not valid JSON/);
    expect(() =>
      loadBaseline(
        write("cost.json", JSON.stringify({ resources: [{ ...entry("a", 1), monthlyUsd: "1" }] })),
      ),
    ).toThrow(/resources\[0\]\.monthlyUsd: "1" is not valid; use a number, or null/);
    expect(() => loadBaseline(join(dir, "missing.json"))).toThrow(/no such file/);
  });
});

describe("mocks", () => {
  it("answers common look-ups for the provider's region, stably", () => {
    const zones = answerInvoke(
      "aws:index/getAvailabilityZones:getAvailabilityZones",
      {},
      { region: "eu-west-1", config: {} },
    );
    expect(zones?.names).toEqual(["eu-west-1a", "eu-west-1b", "eu-west-1c"]);
    const args = { mostRecent: true, filters: [{ name: "architecture", values: ["arm64"] }] };
    const ami = answerInvoke("aws:ec2/getAmi:getAmi", args, { region: "us-east-1", config: {} });
    expect(ami?.architecture).toBe("arm64");
    expect(ami?.id).toMatch(/^ami-0[0-9a-f]{16}$/);
    expect(answerInvoke("aws:ec2/getAmi:getAmi", args, { region: "us-east-1", config: {} })?.id).toBe(
      ami?.id,
    );
    expect(
      answerInvoke(
        "gcp:compute/getZones:getZones",
        {},
        { config: { "gcp:project": "p" }, region: "us-east1" },
      )?.names,
    ).toEqual(["us-east1-a", "us-east1-b", "us-east1-c"]);
    expect(answerInvoke("aws:rds/getEngineVersion:getEngineVersion", {}, { config: {} })).toBeUndefined();
  });

  it("names Kubernetes objects the way the provider does when the program does not", () => {
    const inputs: Record<string, unknown> = { metadata: { labels: { app: "x" } } };
    expect(autoname("kubernetes:apps/v1:Deployment", "web", "urn:1", inputs)).toBe(true);
    expect(inputs.metadata).toEqual({
      labels: { app: "x" },
      name: expect.stringMatching(/^web-[0-9a-f]{8}$/),
    });
    expect(autoname("kubernetes:apps/v1:Deployment", "web", "urn:1", { metadata: { name: "given" } })).toBe(
      false,
    );
    expect(autoname("aws:ec2/instance:Instance", "web", "urn:1", {})).toBe(false);
  });
});

describe("program error location", () => {
  it("reads TypeScript diagnostics and stack frames of the program, not of its dependencies", () => {
    const dir = "/repo/infra";
    const ts = new Error("⨯ Unable to compile TypeScript:\nindex.ts(4,7): error TS1005: ';' expected.");
    expect(locate(ts, dir)).toEqual({ file: "/repo/infra/index.ts", line: 4, column: 7 });
    const err = new Error("boom");
    err.stack = [
      "Error: boom",
      "    at f (/repo/infra/node_modules/@pulumi/aws/ec2/instance.js:10:5)",
      "    at Object.<anonymous> (/repo/infra/lib/net.ts:12:3)",
      "    at main (/repo/infra/index.ts:2:1)",
    ].join("\n");
    expect(locate(err, dir)).toEqual({ file: "/repo/infra/lib/net.ts", line: 12, column: 3 });
    expect(locate("not an error", dir)).toBeUndefined();
  });
});
