import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { lepton, planJson, writeProgram } from "./helpers";

const PROGRAM = `
import { MultiCloudBucket, MultiCloudVm } from "lepton-multicloud";
new MultiCloudVm("api", { unit: { vcpus: 2, memoryGiB: 8 }, placement: { geography: "us" } });
new MultiCloudBucket("store", { storage: { expectedGb: 500 }, placement: { geography: "us" } });
`;
const STACK = "# reviewed in pull requests\nconfig:\n  aws:region: us-east-1 # the team's region\n";

/** A user catalog that makes whatever \`api\` is locked on three times dearer. */
function pricier(
  dir: string,
  cloud: string,
  region: string,
  instanceType: string,
  hourlyUsd: number,
): string {
  const file = join(dir, "pricier.json");
  writeFileSync(
    file,
    JSON.stringify({
      offers: [{ cloud, region, instanceType, hourlyUsd: hourlyUsd * 3, source: "rise" }],
      sources: [{ id: "rise", description: "a price rise (test)" }],
    }),
  );
  return file;
}

describe("lepton-mc lock", () => {
  it("writes every unlocked placement, keeps comments and other keys, and changes no byte the second time", async () => {
    const dir = writeProgram("lock-write", { "index.ts": PROGRAM, "Pulumi.dev.yaml": STACK });
    const check = await lepton(["lock", dir, "--check"]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("unlocked: api");
    const first = await lepton(["lock", dir]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/locked: api at (aws|azure|gcp) \S+ \S+/);
    const text = readFileSync(join(dir, "Pulumi.dev.yaml"), "utf8");
    expect(text.startsWith("# reviewed in pull requests\n")).toBe(true);
    expect(text).toContain("aws:region: us-east-1 # the team's region");
    const lock = parse(text).config["lepton-multicloud:placements"];
    expect(Object.keys(lock).sort()).toEqual(["api", "store"]);
    expect(lock.api).toMatchObject({
      arch: "x86_64",
      catalogDate: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
    });
    expect(lock.store).toMatchObject({ storageClass: "hot" });
    const second = await lepton(["lock", dir]);
    expect(second.stdout).toContain("unchanged");
    expect(readFileSync(join(dir, "Pulumi.dev.yaml"), "utf8")).toBe(text);
    expect((await lepton(["lock", dir, "--check"])).code).toBe(0);
  });

  it("keeps a locked program where it is when prices move, lists the move as a candidate, and migrates on request", async () => {
    const dir = writeProgram("lock-migrate", { "index.ts": PROGRAM, "Pulumi.dev.yaml": STACK });
    await lepton(["lock", dir]);
    const locked = parse(readFileSync(join(dir, "Pulumi.dev.yaml"), "utf8")).config[
      "lepton-multicloud:placements"
    ].api;
    const catalog = pricier(dir, locked.cloud, locked.region, locked.instanceType, locked.hourlyUsd);
    const { run, json } = await planJson([
      dir,
      "--config",
      `lepton-multicloud:catalog=${catalog}`,
      "--no-policy",
    ]);
    expect(run.code, run.stderr).toBe(0);
    const placements = (json as unknown as { placements: { key: string; status: string; current: object }[] })
      .placements;
    expect(placements.find((p) => p.key === "api")).toMatchObject({
      status: "locked",
      current: { cloud: locked.cloud, region: locked.region, instanceType: locked.instanceType },
    });
    const migrations = (json as unknown as { migrations: { key: string; monthlySavingUsd: number }[] })
      .migrations;
    expect(migrations.map((m) => m.key)).toEqual(["api"]);
    expect(migrations[0].monthlySavingUsd).toBeGreaterThan(5);

    const all = await lepton(["lock", dir, "--catalog", catalog, "--all"]);
    expect(all.code, all.stderr).toBe(0);
    expect(all.stdout).toMatch(/api: \S+ \S+ \S+ → \S+ \S+ \S+, saves \$\d+\.\d\d\/month/);
    expect(all.stdout).toContain('the next pulumi up replaces MultiCloudVm "api"');
    const moved = parse(readFileSync(join(dir, "Pulumi.dev.yaml"), "utf8")).config[
      "lepton-multicloud:placements"
    ];
    expect(`${moved.api.region} ${moved.api.instanceType}`).not.toBe(
      `${locked.region} ${locked.instanceType}`,
    );
  });

  it("never moves a bucket with --all, only when named, and says its contents are not copied", async () => {
    const dir = writeProgram("lock-bucket", {
      "index.ts": PROGRAM,
      "Pulumi.dev.yaml": `config:\n  lepton-multicloud:placements:\n    store: { cloud: azure, region: eastus, storageClass: hot }\n`,
    });
    const all = await lepton(["lock", dir, "--all", "--min-saving-pct", "0", "--min-saving-usd", "0"]);
    expect(all.code, all.stderr).toBe(0);
    expect(all.stdout).toContain("store: skipped");
    const named = await lepton(["lock", dir, "--migrate", "store"]);
    expect(named.code, named.stderr).toBe(0);
    expect(named.stdout).toContain("its contents are NOT copied");
  });

  const bad: [string, string, string][] = [
    [
      "an unknown cloud",
      "api: { cloud: oracle, region: x, instanceType: y }",
      'placements.api.cloud: "oracle"',
    ],
    [
      "a region not in the catalog",
      "api: { cloud: aws, region: mars-1, instanceType: m5.large }",
      'placements.api.region: "mars-1"',
    ],
    [
      "a type not offered in the region",
      "api: { cloud: gcp, region: us-central1, instanceType: n1-standard-2+1xnvidia-tesla-a100 }",
      "placements.api.instanceType",
    ],
  ];
  for (const [what, entry, says] of bad) {
    it(`plan and lock fail with exit 2 on ${what}, naming the entry and field, and rewrite nothing`, async () => {
      const stack = `config:\n  lepton-multicloud:placements:\n    ${entry}\n`;
      const dir = writeProgram("lock-bad", { "index.ts": PROGRAM, "Pulumi.dev.yaml": stack });
      for (const args of [
        ["plan", dir, "--no-policy"],
        ["lock", dir],
      ]) {
        const r = await lepton(args);
        expect(r.code, r.stdout).toBe(2);
        expect(r.stderr).toContain(says);
        expect(r.stderr).not.toContain("internal error");
      }
      expect(readFileSync(join(dir, "Pulumi.dev.yaml"), "utf8")).toBe(stack);
    });
  }
});
