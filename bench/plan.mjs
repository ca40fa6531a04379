// Plan overhead: `lepton-mc plan` (recording, pricing, the built-in pack over the analyzer
// protocol) on 1,000 MultiCloudVm components over three clouds, against a bare program that
// registers the same provider resources, with the same inputs, under plain mocks and nothing else.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const CLOUDS = [
  ["aws", "us-east-1"],
  ["azure", "eastus"],
  ["gcp", "us-central1"],
];

/** Writes the component program and, from what it registers, the bare program. */
async function writePrograms(root, require, base, vms) {
  const components = join(base, "components");
  const bare = join(base, "bare");
  rmSync(base, { recursive: true, force: true });
  for (const d of [components, bare]) mkdirSync(d, { recursive: true });
  writeFileSync(join(components, "Pulumi.yaml"), "name: bench\nruntime: nodejs\n");
  writeFileSync(
    join(components, "Pulumi.dev.yaml"),
    "config:\n  aws:region: us-east-1\n  azure-native:location: eastus\n  gcp:project: bench\n  gcp:region: us-central1\n",
  );
  writeFileSync(
    join(components, "index.js"),
    `const { MultiCloudVm } = require("lepton-multicloud");
const clouds = ${JSON.stringify(CLOUDS)};
for (let i = 0; i < ${vms}; i++) {
  const [cloud, region] = clouds[i % clouds.length];
  new MultiCloudVm("vm-" + i, {
    unit: { vcpus: 2, memoryGiB: 8, diskGiB: 30 },
    placement: { cloud, region },
    sshPublicKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBench bench@example",
    tags: { owner: "bench", "cost-center": "cc-0" },
  });
}
`,
  );
  const { loadProject } = require(join(root, "dist/cli/plan/project.js"));
  const { Recording } = require(join(root, "dist/cli/plan/recorder.js"));
  const { runProgram } = require(join(root, "dist/cli/plan/loader.js"));
  const project = loadProject(components, {});
  const recording = new Recording(project.stack, project.name, project.config);
  await runProgram(project, recording);
  const provider = recording.resources.filter((r) => r.custom && !r.type.startsWith("pulumi:") && !r.read);
  writeFileSync(
    join(bare, "resources.json"),
    JSON.stringify(provider.map((r) => ({ type: r.type, name: r.name, inputs: r.inputs }))),
  );
  // Each resource through its provider SDK class, found from its type token.
  writeFileSync(
    join(bare, "index.js"),
    `const resources = require("./resources.json");
const classes = new Map();
function classOf(type) {
  if (classes.has(type)) return classes.get(type);
  const [pkg, mod, name] = type.split(":");
  let ns;
  if (pkg === "azure-native") ns = require("@pulumi/azure-native/" + mod);
  else {
    ns = require("@pulumi/" + pkg);
    const path = mod === "index" ? [] : mod.split("/");
    if (pkg !== "kubernetes") path.pop();
    for (const p of path) ns = ns[p];
  }
  classes.set(type, ns[name]);
  return ns[name];
}
for (const r of resources) new (classOf(r.type))(r.name, r.inputs);
`,
  );
  writeFileSync(
    join(base, "run-bare.js"),
    `const pulumi = require("@pulumi/pulumi");
process.env.PULUMI_CONFIG = ${JSON.stringify(JSON.stringify(project.config))};
pulumi.runtime.setMocks({ newResource: (a) => ({ id: undefined, state: a.inputs }), call: () => ({}) }, "bench", "dev", true)
  .then(() => pulumi.runtime.runInPulumiStack(async () => { require(${JSON.stringify(bare)}); }))
  .then(() => pulumi.runtime.disconnect());
`,
  );
  // Reports the process's peak resident memory when it exits.
  writeFileSync(
    join(base, "rss.cjs"),
    `process.on("exit", () => require("fs").writeFileSync(process.env.LEPTON_RSS_FILE, String(process.resourceUsage().maxRSS)));\n`,
  );
  return { components, recorded: recording.resources.length, providerResources: provider.length };
}

function run(root, base, args) {
  const rssFile = join(base, "rss.txt");
  const start = process.hrtime.bigint();
  // Both sides get the same larger heap: 1,000 VMs' bookkeeping under mocks passes the 4 GB default.
  execFileSync(
    process.execPath,
    ["--max-old-space-size=12288", "--require", join(base, "rss.cjs"), ...args],
    {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, LEPTON_RSS_FILE: rssFile },
    },
  );
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, rssKb: Number(readFileSync(rssFile, "utf8")) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A copy of the component program with every placement locked (`lepton-mc lock`). */
function lockedCopy(root, base, components) {
  const locked = join(base, "locked");
  cpSync(components, locked, { recursive: true });
  execFileSync(
    process.execPath,
    ["--max-old-space-size=12288", join(root, "dist/cli/main.js"), "lock", locked],
    {
      cwd: root,
      stdio: "ignore",
    },
  );
  return locked;
}

export async function benchPlan(root, require, { vms = 1000, runs = 3 } = {}) {
  const base = join(root, ".tmp", "bench-plan");
  const programs = await writePrograms(root, require, base, vms);
  const locked = lockedCopy(root, base, programs.components);
  const planOf = (dir) =>
    run(root, base, [join(root, "dist/cli/main.js"), "plan", dir, "--json", "--fail-on", "none"]);
  const plan = [];
  const bare = [];
  const lockedPlan = [];
  // Alternate them so none gets the quieter moments of a noisy machine.
  for (let i = 0; i < runs; i++) {
    bare.push(run(root, base, [join(base, "run-bare.js")]));
    plan.push(planOf(programs.components));
    lockedPlan.push(planOf(locked));
  }
  const planMs = median(plan.map((r) => r.ms));
  const lockedMs = median(lockedPlan.map((r) => r.ms));
  const bareMs = median(bare.map((r) => r.ms));
  const planRss = median(plan.map((r) => r.rssKb));
  const bareRss = median(bare.map((r) => r.rssKb));
  return {
    planVms: vms,
    planRecordedResources: programs.recorded,
    planProviderResources: programs.providerResources,
    planMs: Math.round(planMs),
    planBareMs: Math.round(bareMs),
    planOverheadRatio: Math.round((planMs / bareMs) * 100) / 100,
    planRssMiB: Math.round(planRss / 1024),
    planBareRssMiB: Math.round(bareRss / 1024),
    planRssRatio: Math.round((planRss / bareRss) * 100) / 100,
    // The placement lock's cost: the same plan with every unit locked, against it unlocked.
    lockedPlanMs: Math.round(lockedMs),
    lockedPlanRatio: Math.round((lockedMs / planMs) * 100) / 100,
  };
}
