import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  hasMandatory,
  PolicyConfigError,
  PolicyPackError,
  PolicyPackSession,
  reconcilePolicyConfig,
  startPolicyPack,
} from "../../analyzer/harness";
import type { PolicyMeta } from "../../analyzer/config";

const FIXTURE = join(__dirname, "fixtures", "pack");
const echo = (name: string, inputs: Record<string, unknown> = {}) => ({
  urn: `urn:pulumi:dev::project::test:index:Echo::${name}`,
  type: "test:index:Echo",
  name,
  inputs,
});

describe("reconcilePolicyConfig (what the CLI does before Configure)", () => {
  const policies: PolicyMeta[] = [
    {
      name: "a",
      enforcementLevel: "mandatory" as const,
      configSchema: { properties: { n: { type: "number", default: 1 }, s: { type: "string" } } },
    },
    {
      name: "b",
      enforcementLevel: "advisory" as const,
      configSchema: { properties: { req: { type: "string" } }, required: ["req"] },
    },
  ];
  it("starts from schema defaults and levels, applies initial config, then 'all', then each entry", () => {
    const out = reconcilePolicyConfig(
      policies,
      { a: { enforcementLevel: "advisory", n: 2 } },
      { all: "disabled", a: { s: "x" }, b: { req: "y", enforcementLevel: "mandatory" } },
    );
    expect(Object.fromEntries(out)).toEqual({
      a: { enforcementLevel: "disabled", properties: { n: 2, s: "x" } },
      b: { enforcementLevel: "mandatory", properties: { req: "y" } },
      all: { enforcementLevel: "disabled", properties: {} },
    });
  });
  it("reports every problem with its field", () => {
    expect(() =>
      reconcilePolicyConfig(policies, undefined, { a: { n: "two" }, c: "advisory", b: 3 }),
    ).toThrow(PolicyConfigError);
    let error: unknown;
    try {
      reconcilePolicyConfig(policies, undefined, { a: { n: "two" }, c: "advisory" });
    } catch (e) {
      error = e;
    }
    expect(error, "reconcilePolicyConfig should have thrown").toBeInstanceOf(PolicyConfigError);
    expect((error as PolicyConfigError).problems).toEqual([
      'c: is not a policy of this pack; did you mean "a"? valid: a, b',
      'a.n: "two" is not valid; must be number',
      "b.req: is required",
    ]);
  });
});

describe("startPolicyPack on a fixture pack", () => {
  let pack: PolicyPackSession;
  beforeAll(async () => {
    pack = await startPolicyPack(FIXTURE, {
      config: { "needs-owner": { owner: "team" }, "echo-config": { limit: 3 } },
      stackTags: { team: "infra" },
      defaultProviders: { test: { region: "r1" } },
    });
  });
  afterAll(() => pack?.close());

  it("reads the pack's info and sends the completed config (pack initialConfig included)", () => {
    expect(pack.info).toMatchObject({ name: "harness-fixture", version: "1.2.3" });
    expect(pack.info.policies.map((p) => p.name)).toEqual([
      "echo-config",
      "needs-owner",
      "count-stack",
      "add-label",
    ]);
    expect(pack.config["echo-config"]).toEqual({
      enforcementLevel: "mandatory",
      properties: { limit: 3, mode: "strict" },
    });
    expect(pack.config["count-stack"].enforcementLevel).toBe("mandatory"); // from the pack's initialConfig
  });

  it("Analyze sees the config, stack tags, the default provider and the parent", async () => {
    const [v] = await pack.analyze({
      ...echo("e", { a: 1, dropped: undefined }),
      parent: "urn:pulumi:dev::project::x::p",
    });
    const body = JSON.parse(v.message.split("\n")[1]);
    expect(body).toEqual({
      config: { limit: 3, mode: "strict" },
      tags: [["team", "infra"]],
      provider: { type: "pulumi:providers:test", props: { region: "r1" } },
      parent: "urn:pulumi:dev::project::x::p",
    });
    expect(hasMandatory([v])).toBe(true);
  });

  it("AnalyzeStack sends outputs (inputs by default) and parents", async () => {
    const parent = echo("p", { x: 1 });
    const child = { ...echo("c", { in: 1 }), outputs: { out: 2 }, parent: parent.urn };
    const [v] = await pack.analyzeStack([parent, child]);
    expect(JSON.parse(v.message.split("\n")[1])).toEqual([
      { name: "p", props: { x: 1 } },
      { name: "c", parent: "p", props: { out: 2 } },
    ]);
  });

  it("Remediate returns the new properties", async () => {
    const [m] = await pack.remediate(echo("r", { labels: { a: "b" } }));
    expect(m).toMatchObject({ policyName: "add-label", properties: { labels: { a: "b", fixed: "yes" } } });
  });

  it("keeps thousands of concurrent Analyze calls in order and correct", async () => {
    const n = 2000;
    const t0 = performance.now();
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) => pack.analyze(echo(`e${i}`, { i }))),
    );
    const ms = performance.now() - t0;
    expect(results.every((r) => r.length === 1 && r[0].policyName === "echo-config")).toBe(true);
    console.log(
      `fixture pack: ${n} Analyze calls in ${ms.toFixed(0)} ms (${((ms * 1000) / n).toFixed(0)} µs each)`,
    );
  });
});

describe("startPolicyPack failures", () => {
  it("reports a config the schema rejects as a PolicyConfigError and stops the pack", async () => {
    await expect(startPolicyPack(FIXTURE, { config: { "echo-config": { mode: "loose" } } })).rejects.toThrow(
      /2 problems[\s\S]*echo-config.mode: "loose" is not valid; use one of: "strict", "lax"[\s\S]*needs-owner.owner: is required/,
    );
  });
  it("says what is wrong with a directory that is not a pack", async () => {
    await expect(startPolicyPack(__dirname)).rejects.toThrow(PolicyPackError);
    await expect(startPolicyPack(__dirname)).rejects.toThrow(/has no PulumiPolicy.yaml/);
  });
});
