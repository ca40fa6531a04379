import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../sdk/catalog/catalog";
import { largestRemainder } from "../../sdk/placement/split";
import { lepton, planJson, ROOT, writeProgram } from "./helpers";

const catalog = defaultCatalog();
const FIXTURES = join(ROOT, "test", "fixtures", "utilization");

const PROGRAM = `
import * as aws from "@pulumi/aws";
import { BalancedPool, MultiCloudVm } from "lepton-multicloud";
new MultiCloudVm("api", { unit: { vcpus: 8, memoryGiB: 32 }, placement: { cloud: "aws", region: "us-east-1" } });
new MultiCloudVm("reports", { unit: { vcpus: 4, memoryGiB: 16 }, placement: { cloud: "azure", region: "westeurope" }, expectedUtilization: 0.5 });
new BalancedPool("web", {
  unit: { vcpus: 4, memoryGiB: 16 },
  placements: [{ cloud: "aws", region: "us-east-1", weight: 1 }, { cloud: "gcp", region: "europe-west1", weight: 1 }],
  scaling: { min: 4, max: 12 },
});
new aws.ec2.Instance("legacy", {
  instanceType: "m5.2xlarge",
  ami: "ami-0123456789abcdef0",
  ebsBlockDevices: [{ deviceName: "/dev/sdf", volumeSize: 100 }],
});
`;
const STACK = "config:\n  aws:region: us-east-1\n";

/** Observed utilization in the lepton format: what the import writes. */
function observations(dir: string, resources: object[]): string {
  const file = join(dir, "utilization.json");
  writeFileSync(
    file,
    JSON.stringify({ kind: "lepton-observed-utilization", version: 1, source: "test", resources }),
  );
  return file;
}

const OBSERVED = [
  { name: "api", cpuP95: 9, cpuMax: 30, cpuMean: 5, memoryP95: 20, samples: 2016 },
  { name: "reports", cpuP95: 80, cpuMax: 97, samples: 50 },
  { name: "web", cpuP95: 35, cpuMean: 20, cpuMax: 55, memoryP95: 30, instances: 4, samples: 2016 },
  { name: "legacy", cpuP95: 12, cpuMax: 40, samples: 2016 },
];

interface Item {
  key: string;
  kind: string;
  action: string;
  current: { instanceType: string; vcpus: number; memoryGiB: number; count: number; arch: string }[];
  proposed: {
    instanceType: string;
    vcpus: number;
    memoryGiB: number;
    count: number;
    arch: string;
    hourlyUsd: number;
  }[];
  monthlySavingUsd: number;
  cpu: { p95: number; p95After: number; maxAfter?: number; target: number };
  memory?: { p95: number; p95After: number };
  scaling?: { min: [number, number]; desired: [number, number]; max: [number, number] };
  edits: { resource: string; arg: string; from: unknown; to: unknown }[];
  lock: { key: string; entry: { instanceType: string } }[];
  risks: string[];
  formulas: string[];
}

async function optimizeJson(args: string[]) {
  const run = await lepton(["optimize", ...args, "--json"]);
  if (run.code !== 0) throw new Error(`optimize failed (exit ${run.code}):\n${run.stderr}`);
  return JSON.parse(run.stdout) as { items: Item[]; totals: { savingPct: number; monthlySavingUsd: number } };
}

describe("lepton-mc optimize", () => {
  const dir = writeProgram("optimize", { "index.ts": PROGRAM, "Pulumi.dev.yaml": STACK });
  const util = observations(dir, OBSERVED);

  it("rightsizes a MultiCloudVm to the cheapest type at the targets, arm64 where the image has one, and says which args change", async () => {
    const { items } = await optimizeJson([dir, "--utilization", util]);
    const api = items.find((i) => i.key === "api")!;
    // 9 % of 8 vCPU = 0.72 vCPU → 1.03 at 70 %; 20 % of 32 GiB = 6.4 GiB → 8 at 80 %: 2 vCPU, 8 GiB.
    expect(api.proposed[0]).toMatchObject({ vcpus: 2, memoryGiB: 8, arch: "arm64" });
    expect(api.cpu.p95After).toBeCloseTo((0.09 * 8 * 100) / 2, 1);
    expect(api.cpu.p95After).toBeLessThanOrEqual(70);
    expect(api.memory!.p95After).toBeLessThanOrEqual(80);
    // No other arm64 or x86 type with 2 vCPU and 8 GiB in us-east-1 is cheaper.
    const cheapest = catalog
      .instanceTypes("aws")
      .filter((t) => t.vcpus >= 2 && t.memoryGiB >= 8 && t.gpuCount === 0 && t.category !== "burstable")
      .map((t) => catalog.offer("aws", "us-east-1", t.name)?.hourlyUsd)
      .filter((x): x is number => x !== undefined);
    expect(api.proposed[0].hourlyUsd).toBe(Math.min(...cheapest));
    expect(api.edits.map((e) => `${e.arg} ${e.from}→${e.to}`)).toEqual([
      "unit.vcpus 8→2",
      "unit.memoryGiB 32→8",
      "unit.arch x86_64→arm64",
    ]);
    expect(api.risks.join("\n")).toMatch(/arm64: a new machine .* arm64 image/);
    expect(api.formulas.join("\n")).toMatch(
      /utilization \(seed §4\.1\): p95 9 % of 8 vCPU = 0\.72 vCPU used/,
    );

    const x86 = await optimizeJson([dir, "--utilization", util, "--no-arm64"]);
    const apiX86 = x86.items.find((i) => i.key === "api")!;
    expect(apiX86.proposed[0].arch).toBe("x86_64");
    expect(apiX86.edits.map((e) => e.arg)).toEqual(["unit.vcpus", "unit.memoryGiB"]);
  });

  it("sizes a pool's min and max from observed mean and peak, and notes the risks", async () => {
    const { items, totals } = await optimizeJson([dir, "--utilization", util]);
    const web = items.find((i) => i.key === "web")!;
    // Mean 20 % and peak 55 % of 4 vCPU over the 4 instances seen; each member (weight 1 of 2)
    // carries half: min at the autoscaler's 60 %, max at the 70 % target, on the proposed vCPUs.
    const needMin = web.proposed.map((m) => Math.max(1, Math.ceil((0.2 * 4 * 4 * 0.5) / (m.vcpus * 0.6))));
    const needMax = web.proposed.map((m, i) =>
      Math.max(needMin[i], Math.ceil((0.55 * 4 * 4 * 0.5) / (m.vcpus * 0.7))),
    );
    const covering = (need: number[]) => {
      for (let total = need[0] + need[1]; ; total++) {
        const split = largestRemainder(total, [1, 1]);
        if (split.every((x, i) => x >= need[i])) return total;
      }
    };
    expect(web.scaling).toEqual(
      expect.objectContaining({
        min: [4, covering(needMin)],
        desired: [4, covering(needMin)],
        max: [12, covering(needMax)],
      }),
    );
    expect(web.edits.map((e) => e.arg)).toEqual(
      expect.arrayContaining(["scaling.max", "unit.vcpus", "unit.memoryGiB"]),
    );
    expect(web.lock.map((l) => l.key).sort()).toEqual(["web[0]", "web[1]"]);
    expect(web.cpu.p95After).toBeLessThanOrEqual(70);

    const reports = items.find((i) => i.key === "reports")!;
    expect(reports.action).toBe("upsize");
    expect(reports.monthlySavingUsd).toBeLessThan(0);
    expect(reports.risks.join("\n")).toMatch(/few samples: 50 \(fewer than 168\)/);
    expect(reports.risks.join("\n")).toMatch(/p95 CPU 80 % is above the 70 % target now/);
    expect(items.find((i) => i.key === "api")!.risks.join("\n")).toMatch(/peak above target: .*120 %/);
    const legacy = items.find((i) => i.key === "legacy")!;
    expect(legacy.edits).toEqual([
      {
        resource: 'aws.ec2.Instance "legacy"',
        arg: "instanceType",
        from: "m5.2xlarge",
        to: legacy.proposed[0].instanceType,
      },
    ]);
    expect(legacy.risks.join("\n")).toMatch(/data disk: 1 attached/);
    expect(legacy.risks.join("\n")).toMatch(/memory not observed: kept at 32 GiB/);
    expect(legacy.lock).toEqual([]);
    const sum = items.reduce((s, i) => s + i.monthlySavingUsd, 0);
    expect(totals.monthlySavingUsd).toBeCloseTo(sum, 1);
  });

  it("fails on an observation that matches nothing, naming it and the fix; --ignore-unmatched notes it", async () => {
    const bad = observations(dir, [...OBSERVED, { name: "api-old", cpuP95: 3, samples: 2016 }]);
    const run = await lepton(["optimize", dir, "--utilization", bad]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /utilization\.json resources\[4\] \(name "api-old"\): matches no resource of the program; use a Pulumi name of the program .*api/,
    );
    const ok = await lepton(["optimize", dir, "--utilization", bad, "--ignore-unmatched"]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/Note: ignored: .*api-old/);
    const id = observations(dir, [{ resourceId: "i-0123456789abcdef0", cpuP95: 3, samples: 2016 }]);
    expect((await lepton(["optimize", dir, "--utilization", id])).stderr).toMatch(
      /resource i-0123456789abcdef0\): matches no resource.*ids are not known offline: .*--map/,
    );
  });
});

describe("optimize --write", () => {
  it("locks a proposal that fits the program; the next plan honours it, and nothing in the program changes", async () => {
    const program = `import { MultiCloudVm } from "lepton-multicloud";\nnew MultiCloudVm("api", { unit: { vcpus: 2, memoryGiB: 8 }, placement: { cloud: "aws", region: "us-east-1" } });\n`;
    // Deployed on a larger type than the unit needs (locked long ago).
    const stack = `${STACK}  lepton-multicloud:placements:\n    api:\n      cloud: aws\n      region: us-east-1\n      instanceType: m5.2xlarge\n`;
    const dir = writeProgram("optimize-write", { "index.ts": program, "Pulumi.dev.yaml": stack });
    const util = observations(dir, [{ name: "api", cpuP95: 10, memoryP95: 15, samples: 2016 }]);
    const run = await lepton(["optimize", dir, "--utilization", util, "--no-arm64", "--write"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/locked: api at aws us-east-1 \S+/);
    expect(run.stderr).toMatch(/the program itself was not edited/);
    const lock = parse(readFileSync(join(dir, "Pulumi.dev.yaml"), "utf8")).config[
      "lepton-multicloud:placements"
    ];
    expect(lock.api.instanceType).not.toBe("m5.2xlarge");
    expect(readFileSync(join(dir, "index.ts"), "utf8")).toBe(program);
    const { json } = await planJson([dir, "--no-policy"]);
    const placed = (
      json as unknown as { placements: { key: string; status: string; current: { instanceType: string } }[] }
    ).placements;
    expect(placed.find((p) => p.key === "api")).toMatchObject({
      status: "locked",
      current: { instanceType: lock.api.instanceType },
    });
  });

  it("writes a size the unit no longer matches, names the args to edit, and the plan honours it once they are", async () => {
    const program = `import { MultiCloudVm } from "lepton-multicloud";\nnew MultiCloudVm("api", { unit: { vcpus: 8, memoryGiB: 32 }, placement: { cloud: "aws", region: "us-east-1" } });\n`;
    const dir = writeProgram("optimize-edit", { "index.ts": program, "Pulumi.dev.yaml": STACK });
    const util = observations(dir, [{ name: "api", cpuP95: 9, memoryP95: 20, samples: 2016 }]);
    const run = await lepton(["optimize", dir, "--utilization", util, "--write", "api"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(
      /api: the program must change too.*unit\.vcpus: 8 → 2; .*unit\.memoryGiB: 32 → 8; .*unit\.arch: "x86_64" → "arm64"/,
    );
    const locked = parse(readFileSync(join(dir, "Pulumi.dev.yaml"), "utf8")).config[
      "lepton-multicloud:placements"
    ].api;
    expect(locked).toMatchObject({ cloud: "aws", region: "us-east-1", arch: "arm64" });
    // Until the unit is edited the entry does not fit it: the plan resizes it back, visibly.
    const before = await planJson([dir, "--no-policy"]);
    const status = (j: typeof before.json) =>
      (
        j as unknown as { placements: { key: string; status: string; current: { instanceType: string } }[] }
      ).placements.find((p) => p.key === "api")!;
    expect(status(before.json).status).toBe("resized");
    writeFileSync(
      join(dir, "index.ts"),
      program.replace("vcpus: 8, memoryGiB: 32", 'vcpus: 2, memoryGiB: 8, arch: "arm64"'),
    );
    const after = await planJson([dir, "--no-policy"]);
    expect(status(after.json)).toMatchObject({
      status: "locked",
      current: { instanceType: locked.instanceType },
    });
  });
});

describe("optimize migration candidates", () => {
  it("lists a cheaper region or cloud for the proposed size, and --with-migrations locks it", async () => {
    const program = `import { MultiCloudVm } from "lepton-multicloud";\nnew MultiCloudVm("svc", { unit: { vcpus: 8, memoryGiB: 32 }, placement: { geography: "us" } });\n`;
    const stack =
      "config:\n  lepton-multicloud:placements:\n    svc:\n      cloud: azure\n      region: eastus\n      instanceType: Standard_D8s_v5\n";
    const dir = writeProgram("optimize-migrate", { "index.ts": program, "Pulumi.dev.yaml": stack });
    const util = observations(dir, [{ name: "svc", cpuP95: 9, memoryP95: 20, samples: 2016 }]);
    const run = await lepton(["optimize", dir, "--utilization", util, "--no-arm64", "--json"]);
    const item = (
      JSON.parse(run.stdout) as {
        items: (Item & {
          migrations: {
            key: string;
            to: { cloud: string; region: string; instanceType: string };
            monthlySavingUsd: number;
            savingPct: number;
          }[];
        })[];
      }
    ).items[0];
    expect(item.proposed[0]).toMatchObject({ cloud: "azure", region: "eastus", vcpus: 2, memoryGiB: 8 });
    expect(item.migrations).toHaveLength(1);
    const move = item.migrations[0];
    expect(move.savingPct).toBeGreaterThanOrEqual(10);
    expect(move.monthlySavingUsd).toBeGreaterThanOrEqual(5);
    expect(item.risks.join("\n")).toMatch(/migration candidate: moving replaces the machine/);
    // Without --with-migrations the lock keeps the machine where it is, at the proposed size.
    await lepton(["optimize", dir, "--utilization", util, "--no-arm64", "--write"]);
    const lockOf = () =>
      parse(readFileSync(join(dir, "Pulumi.dev.yaml"), "utf8")).config["lepton-multicloud:placements"].svc;
    expect(lockOf()).toMatchObject({
      cloud: "azure",
      region: "eastus",
      instanceType: item.proposed[0].instanceType,
    });
    await lepton(["optimize", dir, "--utilization", util, "--no-arm64", "--write", "--with-migrations"]);
    expect(lockOf()).toMatchObject(move.to);
  });
});

describe("lepton-mc utilization import → optimize", () => {
  it("imports the Azure export with its inventory, matches the VM by its lepton:component tag, and sizes it", async () => {
    const program = `import { MultiCloudVm } from "lepton-multicloud";\nnew MultiCloudVm("reports", { unit: { vcpus: 8, memoryGiB: 32 }, placement: { cloud: "azure", region: "westeurope" } });\n`;
    const dir = writeProgram("optimize-import", { "index.ts": program, "Pulumi.dev.yaml": STACK });
    const out = join(dir, "utilization.json");
    const imp = await lepton([
      "utilization",
      "import",
      join(FIXTURES, "azure-monitor-metrics.json"),
      join(FIXTURES, "azure-vm-list.json"),
      "--out",
      out,
    ]);
    expect(imp.code, imp.stderr).toBe(0);
    expect(imp.stderr).toMatch(/1 resource\(s\) from 2 file\(s\): CPU for 1, memory for 1; written to/);
    expect(imp.stderr).toMatch(/warning: .*periods have no sample/);
    const { items } = await optimizeJson([dir, "--utilization", out]);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ key: "reports", kind: "MultiCloudVm" });
    expect(items[0].monthlySavingUsd).toBeGreaterThan(0);
    // The exports straight into optimize give the same proposal.
    const direct = await optimizeJson([
      dir,
      "--utilization",
      join(FIXTURES, "azure-monitor-metrics.json"),
      "--utilization",
      join(FIXTURES, "azure-vm-list.json"),
    ]);
    expect(direct.items[0].proposed).toEqual(items[0].proposed);
    const bad = await lepton(["utilization", "import", join(FIXTURES, "azure-monitor-metrics.json")]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Available Memory Bytes.*VM size of reports-vm is not known/);
  });
});

describe("plan --utilization", () => {
  const dir = writeProgram("plan-utilization", { "index.ts": PROGRAM, "Pulumi.dev.yaml": STACK });
  const util = observations(dir, OBSERVED);

  it("adds the utilization section to every format: p95 against expected, the seed's formulas, the optimization rate", async () => {
    const html = join(dir, "plan.html");
    const { run, json } = await planJson([dir, "--no-policy", "--utilization", util, "--html", html]);
    expect(run.code, run.stderr).toBe(0);
    const u = (
      json as unknown as {
        utilization: Record<string, unknown> & {
          items: { key: string; expectedPct: number | null; formulas: string[] }[];
        };
      }
    ).utilization;
    expect(u.items.map((i) => i.key).sort()).toEqual(["api", "legacy", "reports", "web"]);
    expect(u.items.find((i) => i.key === "reports")!.expectedPct).toBe(50);
    const total = json.totals.monthlyUsd;
    expect(u.optimizationRatePct).toBeCloseTo(((u.monthlySavingUsd as number) / total) * 100, 0);
    // optimizedCost(total, saving ÷ total) = total − saving (seed §4.4).
    expect(u.optimizedMonthlyUsd).toBeCloseTo(total - (u.monthlySavingUsd as number), 1);
    expect(u.items.find((i) => i.key === "web")!.formulas.join("\n")).toMatch(/balanced load \(seed §4\.2\)/);
    const table = await lepton(["plan", dir, "--no-policy", "--utilization", util]);
    expect(table.stdout).toMatch(
      /Utilization \(test\): optimization rate [\d.]+ % .* optimized cost \(seed §4\.4\)/,
    );
    const md = await lepton(["plan", dir, "--no-policy", "--utilization", util, "--markdown"]);
    expect(md.stdout).toMatch(/### Utilization\n\noptimization rate/);
    const page = readFileSync(html, "utf8");
    expect(page).toContain('<div class="chart" id="chart-utilization"></div>');
    expect(page).toContain('<section id="utilization">');
    expect(page).toContain('id="utilization-data"');
  });

  it("draws the utilization chart beside the cost charts (headless Chromium)", async () => {
    const html = join(dir, "chart.html");
    await planJson([dir, "--no-policy", "--utilization", util, "--html", html]);
    // Debian's chromium, as test/plan/html.test.ts uses it; nothing is downloaded.
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
      await page.waitForFunction('document.body.dataset.utilizationReady === "true"', undefined, {
        timeout: 10_000,
      });
      expect(errors).toEqual([]);
      const text = (await page.locator("#chart-utilization svg text").allTextContents()).join(" ");
      expect(text).toContain("p95 CPU by unit (target 70 %)");
      for (const unit of ["api", "web", "legacy", "reports"]) expect(text).toContain(unit);
      expect(await page.locator(".charts #chart-utilization").count()).toBe(1);
    } finally {
      await context.close();
    }
  });
});
