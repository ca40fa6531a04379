#!/usr/bin/env node
// Benchmark of `lepton-mc plan` against the floor it cannot beat: the same provider resources
// registered by a bare program under the plain mocks of @pulumi/pulumi (no recording, pricing or
// policy). Usage, after `npm run build`:
//
//   node test/plan/bench.mjs [--vms 1000] [--runs 3] [--cloud aws|azure|gcp|kubernetes] [--ts]
//
// 1. Writes a program of N MultiCloudVm components (lepton-multicloud, pinned to one cloud).
// 2. Records, through the plan's own loader, what provider resources they register.
// 3. Writes a bare program that registers those resources with the provider SDK classes directly.
// 4. Times `lepton-mc plan <components> --json` (with the built-in policy pack) and the bare program
//    under setMocks, each in a fresh process, and prints the medians and their ratio.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createRequire } from "node:module";
import { parseArgs } from "node:util";

const ROOT = resolve(import.meta.dirname, "../..");
const require = createRequire(join(ROOT, "package.json"));
const { values } = parseArgs({
  options: {
    vms: { type: "string", default: "1000" },
    runs: { type: "string", default: "3" },
    cloud: { type: "string", default: "aws" },
    ts: { type: "boolean", default: false },
  },
});
const VMS = Number(values.vms);
const RUNS = Number(values.runs);
const REGION = { aws: "us-east-1", azure: "eastus", gcp: "us-central1", kubernetes: undefined }[values.cloud];
const CONFIG = {
  aws: "  aws:region: us-east-1\n",
  azure: "  azure-native:location: eastus\n",
  gcp: "  gcp:project: bench\n  gcp:region: us-central1\n",
  kubernetes: "",
}[values.cloud];

const base = join(ROOT, ".tmp", "plan-bench", `${values.cloud}-${VMS}${values.ts ? "-ts" : ""}`);
const components = join(base, "components");
const bare = join(base, "bare");
for (const d of [components, bare]) mkdirSync(d, { recursive: true });

writeFileSync(join(components, "Pulumi.yaml"), "name: bench\nruntime: nodejs\n");
writeFileSync(join(components, "Pulumi.dev.yaml"), `config:\n${CONFIG}`);
// --ts: the same program in TypeScript, so the plan loads it through ts-node as users' programs are.
writeFileSync(
  join(components, values.ts ? "index.ts" : "index.js"),
  `${values.ts ? 'import { MultiCloudVm } from "lepton-multicloud";' : 'const { MultiCloudVm } = require("lepton-multicloud");'}
const placement = { cloud: ${JSON.stringify(values.cloud)}${REGION ? `, region: ${JSON.stringify(REGION)}` : ""} };
for (let i = 0; i < ${VMS}; i++) {
  new MultiCloudVm("vm-" + i, {
    unit: { vcpus: 2, memoryGiB: 8, diskGiB: 30, image: "ubuntu-24.04" },
    placement,
    sshPublicKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBench bench@example",
    tags: { owner: "bench", "cost-center": "cc-0" },
  });
}
`,
);

// 2. What the components register, as the plan records it.
const { loadProject } = require(join(ROOT, "dist/cli/plan/project.js"));
const { Recording } = require(join(ROOT, "dist/cli/plan/recorder.js"));
const { runProgram } = require(join(ROOT, "dist/cli/plan/loader.js"));
const project = loadProject(components, {});
const recording = new Recording(project.stack, project.name, project.config);
await runProgram(project, recording);
const providerResources = recording.resources.filter(
  (r) => r.custom && !r.type.startsWith("pulumi:") && !r.read,
);
writeFileSync(
  join(bare, "resources.json"),
  JSON.stringify(providerResources.map((r) => ({ type: r.type, name: r.name, inputs: r.inputs }))),
);

// 3. The bare program: each resource through its provider SDK class, found from its type token.
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
    if (pkg !== "kubernetes") path.pop(); // aws/gcp modules end in the file name
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

function time(args) {
  const start = process.hrtime.bigint();
  execFileSync(process.execPath, args, {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
    maxBuffer: 1 << 30,
  });
  return Number(process.hrtime.bigint() - start) / 1e6;
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const planMs = [];
const bareMs = [];
for (let i = 0; i < RUNS; i++) {
  bareMs.push(time([join(base, "run-bare.js")]));
  planMs.push(time([join(ROOT, "dist/cli/main.js"), "plan", components, "--json", "--fail-on", "none"]));
}
const result = {
  cloud: values.cloud,
  vms: VMS,
  recordedResources: recording.resources.length,
  providerResources: providerResources.length,
  bareMs: Math.round(median(bareMs)),
  planMs: Math.round(median(planMs)),
  ratio: Math.round((median(planMs) / median(bareMs)) * 100) / 100,
  runs: { bareMs: bareMs.map(Math.round), planMs: planMs.map(Math.round) },
};
console.log(JSON.stringify(result, null, 2));
process.exit(0);
