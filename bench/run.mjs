// npm run bench: every figure is a ratio or a count measured in this run (the machine is noisy).
// Writes bench/results.json and prints a summary.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cpus, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { benchCoverage } from "./coverage.mjs";
import { benchOptimality, benchPlacement } from "./placement.mjs";
import { benchOptimize } from "./optimize.mjs";
import { benchPlan } from "./plan.mjs";
import { benchPolicy } from "./policy.mjs";
import { benchSavings } from "./savings.mjs";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const sdk = require(join(root, "dist", "sdk"));

const results = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  command: "npm run bench",
  ...benchPlacement(sdk),
  ...benchOptimality(sdk),
  ...benchSavings(sdk),
};

Object.assign(results, await benchPolicy(root, require));
Object.assign(results, await benchPlan(root, require));
Object.assign(results, await benchCoverage(root));
Object.assign(results, benchOptimize(root));

writeFileSync(join(root, "bench", "results.json"), JSON.stringify(results, null, 2) + "\n");
const goals = {
  placementMs1000: (v) => v < 50,
  placementOptimalityGap: (v) => v === 0,
  savingsVsSingleCloudPct: (v) => v >= 20,
  savingsVsDefaultPct: (v) => v >= 20,
  planOverheadRatio: (v) => v <= 1.25,
  lockedPlanRatio: (v) => v <= 1.05,
  policyOverheadRatio: (v) => v <= 1.5,
  optimizeSavingPct: (v) => v >= 30,
  optimizeAboveTarget: (v) => v === 0,
};
for (const [k, v] of Object.entries(results)) {
  if (k === "machine" || k === "date" || k === "command") continue;
  const goal = goals[k] ? (goals[k](v) ? "  (goal met)" : "  (goal missed)") : "";
  console.log(`${k.padEnd(28)} ${typeof v === "object" ? JSON.stringify(v) : v}${goal}`);
}
console.log(`written to bench/results.json`);
