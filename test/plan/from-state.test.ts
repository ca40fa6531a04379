import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { planCommand } from "../../cli/commands/plan";
import { parseUrn, providerUrnOf } from "../../cli/plan/sources/resource";
import { scrubber, SecretValue } from "../../cli/plan/sources/secrets";
import { loadStackExport } from "../../cli/plan/sources/stack-export";
import { loadCatalog } from "../../sdk/catalog/catalog";
import { priceResource } from "../../sdk/cost/price-resource";
import { FIXTURES, lepton, planJson, PlanJson, ROOT } from "./helpers";

const STATE = join(FIXTURES, "state");
const COMPONENTS = join(STATE, "components.export.json");
const ENCRYPTED = join(STATE, "multicloud.export.json");
const PLAINTEXT = join(STATE, "multicloud.show-secrets.export.json");
const PREVIEW = join(STATE, "multicloud.preview.json");
/** The passphrase the multicloud fixtures were encrypted with (see make-multicloud-fixtures.mjs). */
const PASSPHRASE = "correct-horse-battery-staple";
/** Secret values of the multicloud stack: none may be printed in any format. */
const SECRETS = ["m6i.xlarge", "swedencentral", "Wq7!v2Lr#9sNf4Tz"];

const catalog = loadCatalog();
// The CLI reads the passphrase from the environment, as Pulumi does: each test gives its own.
delete process.env.PULUMI_CONFIG_PASSPHRASE;
delete process.env.PULUMI_CONFIG_PASSPHRASE_FILE;
const tmp = mkdtempSync(join(tmpdir(), "lepton-from-state-"));
/** Writes a file for a bad-input case and returns its path. */
const write = (name: string, content: unknown) => {
  const file = join(tmp, name);
  writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content, null, 2));
  return file;
};
const readJson = (file: string) => JSON.parse(readFileSync(file, "utf8"));

interface FileJson extends PlanJson {
  source: {
    kind: string;
    stacks: { file: string; project: string; stack: string; billable: number; monthlyUsd: number }[];
    change?: { ops: Record<string, string>; summary: Record<string, number>; complete: boolean };
  };
  inventory: {
    byCloud: { key: string; monthlyUsd: number }[];
    byRegion: { key: string; monthlyUsd: number }[];
    byType: { key: string; monthlyUsd: number }[];
    byComponent: { key: string; resources: number; monthlyUsd: number }[];
    byStack: { key: string; monthlyUsd: number }[];
    byTag: { tag: string; rows: { key: string; resources: number; monthlyUsd: number }[] }[];
  };
}
const fileJson = async (args: string[], env?: NodeJS.ProcessEnv) => {
  const run = await lepton(["plan", ...args, "--json"], env ? { env } : {});
  try {
    return { run, json: JSON.parse(run.stdout) as FileJson };
  } catch {
    throw new Error(`plan ${args.join(" ")} printed no JSON (exit ${run.code}):\n${run.stderr}`);
  }
};
const byName = (json: PlanJson, name: string, type?: string) => {
  const r = json.resources.find((e) => e.name === name && (!type || e.type === type));
  if (!r) throw new Error(`no resource ${name} in the plan`);
  return r;
};
const cents = (x: number) => Math.round(x * 100) / 100;

describe("lepton-mc plan --from-state: a deployed stack built from the project's components", () => {
  it("prices and checks the export exactly as the plan of its program does", async () => {
    const [deployed, program] = await Promise.all([
      fileJson(["--from-state", COMPONENTS]),
      planJson([
        join(ROOT, "examples/budgeted-platform"),
        "--stack",
        "prod",
        "--config",
        "aws:region=us-east-1",
        "--config",
        "gcp:project=acme-platform-prod",
      ]),
    ]);
    expect(deployed.run.code, deployed.run.stderr).toBe(0);
    expect(deployed.json.project).toBe("budgeted-platform");
    expect(deployed.json.stack).toBe("prod");
    // Every custom resource of the program is priced from the export, to the cent.
    const planned = new Map(program.json.resources.map((r) => [r.urn, r]));
    expect(deployed.json.resources.map((r) => r.urn).sort()).toEqual([...planned.keys()].sort());
    for (const r of deployed.json.resources) {
      const p = planned.get(r.urn)!;
      expect({ urn: r.urn, monthlyUsd: r.monthlyUsd, region: r.region, component: r.component }).toEqual({
        urn: p.urn,
        monthlyUsd: p.monthlyUsd,
        region: p.region,
        component: p.component,
      });
    }
    expect(deployed.json.totals).toEqual(program.json.totals);
    // The BudgetedStack's budget is read from its outputs (component args are not stored in state).
    expect(deployed.json.budget).toEqual(program.json.budget);
    // The same pack, over the same resources, finds the same things — except what a rule reads from
    // a component's args: a stack export keeps no inputs for components (only their outputs), so
    // spot-for-stateless-pools cannot see a BalancedPool's capacity there.
    const key = (v: PlanJson["violations"][number]) => `${v.level} ${v.policy} ${v.urn}`;
    const fromArgs = (v: PlanJson["violations"][number]) =>
      v.policy === "spot-for-stateless-pools" &&
      (v.urn ?? "").includes("lepton-multicloud:index:BalancedPool::");
    expect(deployed.json.violations.map(key).sort()).toEqual(
      program.json.violations
        .filter((v) => !fromArgs(v))
        .map(key)
        .sort(),
    );
    expect(program.json.violations.filter(fromArgs)).toHaveLength(1);
  }, 120_000);

  it("groups the inventory by component and cost tag, with a secret it does not need left encrypted", async () => {
    const { run, json } = await fileJson(["--from-state", COMPONENTS, "--no-policy"]);
    expect(run.code).toBe(0);
    const web = json.inventory.byComponent.find((c) => c.key === "web (BalancedPool)")!;
    const below = json.resources.filter((r) => r.component?.endsWith("BalancedPool::web"));
    expect(web.resources).toBe(below.length);
    expect(web.monthlyUsd).toBe(cents(below.reduce((s, r) => s + (r.monthlyUsd ?? 0), 0)));
    // Tags as each cloud spells them: AWS maps and auto-scaling lists, GCP labels (cost-center).
    const owner = json.inventory.byTag.find((t) => t.tag === "owner")!;
    expect(owner.rows.map((r) => r.key)).toEqual(["platform-team", "(untagged)"]);
    expect(owner.rows[0].monthlyUsd).toBe(json.totals.monthlyUsd);
    expect(json.inventory.byTag.map((t) => t.tag)).toEqual(["app", "cost-center", "environment", "owner"]);
    // The alert email is encrypted by the Pulumi Cloud provider; no price depends on it.
    expect(json.notes.join("\n")).not.toMatch(/could not be read/);
    expect(json.source).toMatchObject({ kind: "stack export", stacks: [{ project: "budgeted-platform" }] });
  });
});

describe("lepton-mc plan --from-state: a plain AWS + GCP + Azure stack with secrets", () => {
  it("with a wrong passphrase (an empty one is one too): exit 2 naming the file and the salt", async () => {
    const run = await lepton(["plan", "--from-state", ENCRYPTED, "--no-policy"], {
      env: { PULUMI_CONFIG_PASSPHRASE: "" },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `--from-state ${ENCRYPTED}: deployment.secrets_providers.state.salt: the passphrase from PULUMI_CONFIG_PASSPHRASE does not decrypt this stack's secrets`,
    );
  });

  it("without a passphrase: the instance and the Azure resources whose location is secret are not priced", async () => {
    const { run, json } = await fileJson(["--from-state", ENCRYPTED, "--no-policy"]);
    expect(run.code, run.stderr).toBe(0);
    const web = byName(json, "web", "aws:ec2/instance:Instance");
    expect(web.priced).toBe(false);
    expect(web.note).toBe(
      `depends on a secret value that could not be read: --from-state ${ENCRYPTED} deployment.resources[4].outputs.instanceType (encrypted with the stack's passphrase: set PULUMI_CONFIG_PASSPHRASE (or PULUMI_CONFIG_PASSPHRASE_FILE), or export with \`pulumi stack export --show-secrets\` to read it)`,
    );
    const vm = byName(json, "worker", "azure-native:compute:VirtualMachine");
    expect(vm.priced).toBe(false);
    expect(vm.note).toContain("deployment.resources[18].outputs.location");
    expect(vm.region).toBe("[secret]");
    // Free resources in the secret location are still free; their region is not shown.
    const group = byName(json, "analytics", "azure-native:resources:ResourceGroup");
    expect(group).toMatchObject({ priced: true, monthlyUsd: 0, region: "[secret]" });
    // The RDS password is encrypted too, but the price does not depend on it.
    const db = byName(json, "orders");
    expect(db.priced).toBe(true);
    expect(db.monthlyUsd).toBeGreaterThan(0);
    // A NAT gateway has no zone: its region is its provider's (aws:region us-west-2).
    const nat = byName(json, "egress");
    expect(nat.region).toBe("us-west-2");
    // A resource read with .get() exists already and is not billed by this stack.
    expect(byName(json, "default").note).toMatch(/read with \.get\(\)/);
    const unreadable = json.resources.filter((r) => r.note.startsWith("depends on a secret value"));
    expect(unreadable.map((r) => r.name)).toEqual(["web", "worker", "worker-data"]);
    expect(json.notes).toContain(
      "3 resource(s) depend on a secret value that could not be read: they are listed as not priced, with the secret's file and JSON path",
    );
  });

  it("with the passphrase or a --show-secrets export: priced from the secrets, which no format prints", async () => {
    const html = join(tmp, "secrets.html");
    const [decrypted, plaintext, table, markdown, fromFile] = await Promise.all([
      fileJson(["--from-state", ENCRYPTED], { PULUMI_CONFIG_PASSPHRASE: PASSPHRASE }),
      fileJson(["--from-state", PLAINTEXT, "--html", html]),
      lepton(["plan", "--from-state", PLAINTEXT, "--no-policy"]),
      lepton(["plan", "--from-state", PLAINTEXT, "--no-policy", "--markdown"]),
      fileJson(["--from-state", ENCRYPTED, "--no-policy"], {
        PULUMI_CONFIG_PASSPHRASE_FILE: write("passphrase.txt", `${PASSPHRASE}\n`),
      }),
    ]);
    for (const r of [decrypted, plaintext, fromFile]) expect(r.run.code, r.run.stderr).toBe(0);
    expect(decrypted.json.resources).toEqual(plaintext.json.resources);
    expect(fromFile.json.totals).toEqual(plaintext.json.totals);
    // The figure is the sdk's for the secret instance type; the note hides the type.
    const web = byName(plaintext.json, "web", "aws:ec2/instance:Instance");
    const sdk = priceResource(
      "aws:ec2/instance:Instance",
      {
        instanceType: "m6i.xlarge",
        availabilityZone: "us-west-2a",
        rootBlockDevice: { volumeSize: 30, volumeType: "gp3" },
      },
      { catalog },
    );
    if (!sdk.priced) throw new Error(sdk.reason);
    expect(web.monthlyUsd).toBe(sdk.monthlyUsd);
    expect(web.note).toBe("[secret], root volume 30 GB");
    const vm = byName(plaintext.json, "worker", "azure-native:compute:VirtualMachine");
    expect(vm).toMatchObject({ priced: true, region: "[secret]" });
    expect(plaintext.json.notes).toContain(
      "3 resource(s) are priced from secret values, which every format shows as [secret]",
    );
    // The packs ran, with every secret unknown to them.
    expect(plaintext.json.notes).toContain(
      "the policy packs saw secret values as unknown: a rule that needs one reports that it could not check it",
    );
    const outputs = [
      decrypted.run.stdout,
      plaintext.run.stdout,
      table.stdout,
      markdown.stdout,
      readFileSync(html, "utf8"),
    ];
    for (const out of outputs) {
      for (const secret of SECRETS) expect(out).not.toContain(secret);
      expect(out).toContain("[secret]");
    }
    expect(table.stdout + plaintext.run.stderr + decrypted.run.stderr).not.toMatch(/Wq7|m6i\.xlarge/);
  }, 120_000);
});

describe("lepton-mc plan --from-state: several stacks", () => {
  it("prints one report with a breakdown per stack", async () => {
    const [both, one, two] = await Promise.all([
      fileJson(["--from-state", COMPONENTS, "--from-state", PLAINTEXT, "--no-policy"]),
      fileJson(["--from-state", COMPONENTS, "--no-policy"]),
      fileJson(["--from-state", PLAINTEXT, "--no-policy"]),
    ]);
    expect(both.run.code, both.run.stderr).toBe(0);
    expect(both.json.stack).toBe("prod, prod");
    expect(both.json.source.stacks.map((s) => [`${s.project}/${s.stack}`, s.monthlyUsd])).toEqual([
      ["budgeted-platform/prod", one.json.totals.monthlyUsd],
      ["storefront/prod", two.json.totals.monthlyUsd],
    ]);
    expect(both.json.totals.monthlyUsd).toBe(cents(one.json.totals.monthlyUsd + two.json.totals.monthlyUsd));
    expect(both.json.inventory.byStack.map((s) => s.key).sort()).toEqual([
      "budgeted-platform/prod",
      "storefront/prod",
    ]);
    const [table, markdown] = await Promise.all([
      lepton(["plan", "--from-state", COMPONENTS, "--from-state", PLAINTEXT, "--no-policy"]),
      lepton(["plan", "--from-state", COMPONENTS, "--from-state", PLAINTEXT, "--no-policy", "--markdown"]),
    ]);
    expect(table.stdout).toMatch(/│ stack\s+│ file/);
    expect(table.stdout).toMatch(/│ budgeted-platform\/prod\s+│/);
    expect(markdown.stdout).toContain("#### Cost by stack");
    expect(markdown.stdout).toContain(`| storefront/prod | ${PLAINTEXT} |`);
  });

  it("diffs a deployed stack against a saved plan with --baseline", async () => {
    const saved = write("baseline.json", (await fileJson(["--from-state", PLAINTEXT, "--no-policy"])).json);
    const { json } = await fileJson(["--from-state", PLAINTEXT, "--no-policy", "--baseline", saved]);
    expect(json.diff).toMatchObject({ added: [], removed: [], changed: [], totals: { deltaUsd: 0 } });
  });
});

describe("lepton-mc plan --from-preview", () => {
  it("prices the stack after the preview and the cost of the change itself, by resource", async () => {
    const [{ run, json }, before] = await Promise.all([
      fileJson(["--from-preview", PREVIEW, "--no-policy"]),
      fileJson(["--from-state", ENCRYPTED, "--no-policy"]),
    ]);
    expect(run.code, run.stderr).toBe(0);
    const d = json.diff!;
    // The preview's old states are the deployed stack (secrets blinded as by the encrypted export).
    expect(d.totals.beforeUsd).toBe(before.json.totals.monthlyUsd);
    expect(d.totals.afterUsd).toBe(json.totals.monthlyUsd);
    const gp3 = (gb: number) =>
      (
        priceResource(
          "aws:ebs/volume:Volume",
          { size: gb, type: "gp3", availabilityZone: "us-west-2a" },
          { catalog },
        ) as {
          monthlyUsd: number;
        }
      ).monthlyUsd;
    expect(d.added).toEqual([expect.objectContaining({ monthlyUsd: gp3(50) })]);
    expect(d.added[0].urn).toMatch(/::web-logs$/);
    expect(d.removed.map((e) => e.urn)).toEqual([expect.stringMatching(/compute:Disk::worker-data$/)]);
    const changed = Object.fromEntries(d.changed.map((c) => [c.urn.split("::").pop(), c]));
    expect(changed.api).toMatchObject({ beforeUsd: byName(before.json, "api").monthlyUsd });
    expect(changed.api.afterUsd).toBeGreaterThan(changed.api.beforeUsd!);
    expect(changed["api-data"]).toMatchObject({ beforeUsd: 20, afterUsd: 34, deltaUsd: 14 });
    expect(json.source.change).toMatchObject({
      summary: { create: 1, update: 1, replace: 1, delete: 1 },
      complete: true,
    });
    expect(json.source.change!.ops[changed["api-data"].urn]).toBe("replace");
    // Secrets are "[secret]" in a preview: what needs one is listed, never guessed.
    expect(byName(json, "web", "aws:ec2/instance:Instance").note).toBe(
      `depends on a secret value that could not be read: --from-preview ${PREVIEW} steps[3].oldState.outputs.instanceType (\`pulumi preview --json\` never shows secret values)`,
    );
  });

  it("says so when the preview does not list unchanged resources; the change's cost is the same", async () => {
    const full = readJson(PREVIEW);
    const partial = write("preview-no-sames.json", {
      ...full,
      steps: full.steps.filter(
        (s: { op: string; urn: string }) => s.op !== "same" || s.urn.includes("pulumi:pulumi:Stack"),
      ),
    });
    const [a, b] = await Promise.all([
      fileJson(["--from-preview", PREVIEW, "--no-policy"]),
      fileJson(["--from-preview", partial, "--no-policy"]),
    ]);
    expect(b.run.code, b.run.stderr).toBe(0);
    expect(b.json.diff!.totals.deltaUsd).toBe(a.json.diff!.totals.deltaUsd);
    expect(b.json.diff!.changed).toEqual(a.json.diff!.changed);
    expect(b.json.source.change!.complete).toBe(false);
    expect(b.json.notes.join("\n")).toContain(
      "the preview counts 15 unchanged resource(s) without listing them, so the cost after the change covers only the 4 it shows (run `pulumi preview --json --show-sames` for the whole stack)",
    );
  });

  it("names the change in the Markdown comment: replaced resources, before and after", async () => {
    const run = await lepton(["plan", "--from-preview", PREVIEW, "--no-policy", "--markdown"]);
    expect(run.stdout).toContain("from this change)");
    expect(run.stdout).toContain("| cloud | before | after | delta |");
    expect(run.stdout).toMatch(
      /\| 🔁 replaced \| api-data \| `gcp:compute\/disk:Disk` \| \$20\.00 \| \$34\.00 \| \+\$14\.00 \|/,
    );
    expect(run.stdout).toContain("Preview: 1 create, 1 update, 1 replace, 1 delete, 16 same");
  });
});

describe("lepton-mc plan --from-state/--from-preview: bad input", () => {
  const exported = readJson(PLAINTEXT);
  const withResources = (edit: (rs: Record<string, unknown>[]) => unknown[]) => ({
    ...exported,
    deployment: { ...exported.deployment, resources: edit(structuredClone(exported.deployment.resources)) },
  });
  const text = readFileSync(PLAINTEXT, "utf8");

  const cases: [string, string[], RegExp | string][] = [
    [
      "a missing file",
      ["--from-state", join(tmp, "nope.json")],
      "nope.json: no such file; give the output of `pulumi stack export`",
    ],
    [
      "truncated JSON",
      ["--from-state", write("truncated.json", text.slice(0, text.length / 2))],
      /truncated\.json: is not valid JSON \(truncated\?\)/,
    ],
    ["an empty file", ["--from-state", write("empty.json", "")], /empty\.json: the file is empty/],
    [
      "a preview given as a state",
      ["--from-state", PREVIEW],
      /multicloud\.preview\.json: it is `pulumi preview --json` output: read it with --from-preview/,
    ],
    [
      "a state given as a preview",
      ["--from-preview", PLAINTEXT],
      /show-secrets\.export\.json: it is a Pulumi stack state: read it with --from-state/,
    ],
    [
      "a plan's own JSON",
      ["--from-state", write("plan.json", { resources: [], totals: {} })],
      /plan\.json: it is `lepton-mc plan --json` output: diff against it with --baseline/,
    ],
    [
      "some other JSON",
      ["--from-state", write("other.json", { hello: 1 })],
      /other\.json: it is neither a `pulumi stack export` nor a `pulumi preview --json` document/,
    ],
    [
      "an older format",
      ["--from-state", write("v2.json", { ...exported, version: 2 })],
      /v2\.json: version: 2 is not valid; it is an older format than 3: export the stack again with a current Pulumi CLI/,
    ],
    [
      "a newer format",
      ["--from-state", write("v4.json", { ...exported, version: 4 })],
      /v4\.json: version: 4 is not valid; it is newer than the version 3 this lepton-mc reads/,
    ],
    [
      "a provider reference to a provider the export lacks",
      [
        "--from-state",
        write(
          "no-provider.json",
          withResources((rs) => rs.filter((r) => r.type !== "pulumi:providers:aws")),
        ),
      ],
      /no-provider\.json: deployment\.resources\[1\]\.provider: "urn:pulumi:prod::storefront::pulumi:providers:aws::default_6_66_0" names no provider resource of this export/,
    ],
    [
      "a malformed provider reference",
      [
        "--from-state",
        write(
          "bad-ref.json",
          withResources((rs) => rs.map((r, i) => (i === 4 ? { ...r, provider: "aws" } : r))),
        ),
      ],
      /bad-ref\.json: deployment\.resources\[4\]\.provider: "aws" is not valid; use a provider reference, <provider URN>::<provider ID>/,
    ],
    [
      "a resource without a URN",
      [
        "--from-state",
        write(
          "no-urn.json",
          withResources((rs) => rs.map((r, i) => (i === 3 ? { ...r, urn: "web" } : r))),
        ),
      ],
      /no-urn\.json: deployment\.resources\[3\]\.urn: "web" is not valid; use a Pulumi URN/,
    ],
    [
      "a secret with neither ciphertext nor plaintext",
      [
        "--from-state",
        write(
          "bad-secret.json",
          withResources((rs) =>
            rs.map((r, i) =>
              i === 4
                ? {
                    ...r,
                    outputs: {
                      instanceType: {
                        "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270",
                      },
                    },
                  }
                : r,
            ),
          ),
        ),
      ],
      /bad-secret\.json: deployment\.resources\[4\]\.outputs\.instanceType: a secret with neither ciphertext nor plaintext/,
    ],
    [
      "an unknown preview operation",
      [
        "--from-preview",
        write("bad-op.json", {
          ...readJson(PREVIEW),
          steps: [{ op: "teleport", urn: "urn:pulumi:prod::p::t:m:T::x" }],
        }),
      ],
      /bad-op\.json: steps\[0\]\.op: "teleport" is not valid; .*valid: same, create, update, delete, replace/,
    ],
    [
      "an update step without its old state",
      [
        "--from-preview",
        write("no-old.json", {
          steps: [
            {
              ...readJson(PREVIEW).steps.find((s: { op: string }) => s.op === "update"),
              oldState: undefined,
            },
          ],
        }),
      ],
      /no-old\.json: steps\[0\]\.oldState: missing; a update step carries the resource's old state/,
    ],
    [
      "both kinds of file",
      ["--from-state", PLAINTEXT, "--from-preview", PREVIEW],
      "--from-state and --from-preview: give one kind of file",
    ],
    [
      "a preview and a baseline",
      ["--from-preview", PREVIEW, "--baseline", PLAINTEXT],
      "--baseline and --from-preview: a preview carries its own before and after",
    ],
    [
      "a program and a state",
      ["examples/raw-aws", "--from-state", PLAINTEXT],
      "<program-dir>: a program option, but --from-state/--from-preview plan files",
    ],
    ["nothing to plan", [], "missing what to plan: give a program directory, --from-state FILE"],
    [
      "the same stack twice",
      ["--from-state", PLAINTEXT, "--from-state", ENCRYPTED],
      `--from-state ${ENCRYPTED}: stack storefront/prod is also ${PLAINTEXT}; give each stack once`,
    ],
  ];
  it.each(cases)(
    "%s: exit 2 with a message naming the file and the JSON path",
    async (_what, args, message) => {
      const run = await lepton(["plan", ...args, "--no-policy"], {
        env: { PULUMI_CONFIG_PASSPHRASE: PASSPHRASE },
      });
      expect(run.code, run.stdout).toBe(2);
      if (typeof message === "string") expect(run.stderr).toContain(message);
      else expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toContain("internal error");
    },
  );
});

describe("sources: URNs, provider references, secrets", () => {
  it("splits URNs whose names contain '::' and finds the provider URN of a reference", () => {
    expect(parseUrn("urn:pulumi:prod::shop::a:b:C$aws:ec2/instance:Instance::web::blue")).toEqual({
      stack: "prod",
      project: "shop",
      qualifiedType: "a:b:C$aws:ec2/instance:Instance",
      name: "web::blue",
    });
    expect(parseUrn("arn:aws:s3:::bucket")).toBeUndefined();
    const provider = "urn:pulumi:prod::shop::pulumi:providers:aws::default_6_66_0";
    expect(providerUrnOf(`${provider}::04da6b54-80e4-46f7-96ec-b56ff0331ba9`)).toBe(provider);
    expect(providerUrnOf("urn:pulumi:prod::shop::aws:s3/bucket:Bucket::b::id")).toBeUndefined();
  });

  it("hides a secret's values in text: numbers only whole, other secrets' short strings left alone", () => {
    const own = [new SecretValue("a", { readable: true, value: { size: 100, type: "m6i.large" } })];
    const others = [
      new SecretValue("b", { readable: true, value: "io" }),
      new SecretValue("c", { readable: true, value: 3 }),
    ];
    const hide = scrubber(own, others);
    expect(hide("m6i.large × 3, gp3 100 GB, 1000 IOPS, io2")).toBe(
      "[secret] × 3, gp3 [secret] GB, 1000 IOPS, io2",
    );
    expect(scrubber([new SecretValue("d", { readable: false, why: "encrypted" })])("anything")).toBe(
      "anything",
    );
  });

  it("reads a DIY backend's checkpoint file as a stack export", () => {
    const exported = readJson(PLAINTEXT);
    const file = write("checkpoint.json", {
      version: 3,
      checkpoint: { stack: "organization/storefront/prod", latest: exported.deployment },
    });
    const stack = loadStackExport(file, {});
    expect(stack).toMatchObject({ stack: "prod", project: "storefront", kind: "stack export" });
    expect(stack.resources).toHaveLength(20);
    expect(stack.resources[4].at).toBe("checkpoint.latest.resources[4]");
  });
});

describe("examples/ci: the preview flow", () => {
  it("runs pulumi preview --json --show-sames and prices it with options lepton-mc plan has", () => {
    const workflow = parse(
      readFileSync(join(ROOT, "examples/ci/.github/workflows/infrastructure.yml"), "utf8"),
    ) as { jobs: Record<string, { if: string; steps: { run?: string }[] }> };
    const job = workflow.jobs.preview;
    expect(job.if).toContain("pull_request");
    const scripts = job.steps
      .map((s) => s.run ?? "")
      .join("\n")
      .replace(/\\\n\s*/g, " ");
    expect(scripts).toMatch(/pulumi preview [^\n]*--json --show-sames > preview\.json/);
    const line = scripts.split("\n").find((l) => l.includes('lepton-mc" plan'))!;
    expect(line).toContain("--from-preview preview.json");
    const known = new Set(planCommand().options.map((o) => o.long));
    for (const m of line.matchAll(/\s(--[a-z-]+)/g)) expect(known).toContain(m[1]);
  });
});

describe("lepton-mc plan --from-state --html", () => {
  it("draws the inventory chart for the dimension picked in the menu", async () => {
    const html = join(tmp, "inventory.html");
    const { run, json } = await fileJson(["--from-state", COMPONENTS, "--no-policy", "--html", html]);
    expect(run.code).toBe(0);
    const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), "lepton-chromium-")), {
      executablePath: "/usr/bin/chromium",
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
      ],
    });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(pathToFileURL(html).href);
      await page.waitForFunction('document.body.dataset.inventoryReady === "true"', undefined, {
        timeout: 10_000,
      });
      expect(errors).toEqual([]);
      const text = async () => (await page.locator("#chart-inventory svg text").allTextContents()).join(" ");
      expect(await text()).toContain("Monthly cost by cloud");
      await page.selectOption("#inventory-dimension", "tag:owner");
      expect(await page.evaluate("document.body.dataset.inventoryShown")).toBe("tag:owner");
      const owner = await text();
      expect(owner).toContain("Monthly cost by tag owner");
      expect(owner).toContain("platform-team");
      expect(owner).toContain(
        `$${json.totals.monthlyUsd.toLocaleString("en-US", { minimumFractionDigits: 2 })}`,
      );
    } finally {
      await context.close();
    }
  });
});
