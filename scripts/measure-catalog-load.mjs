// Measures, in fresh Node processes, how long the shipped catalog takes to load (`defaultCatalog()`)
// (wall and CPU time, medians over fresh processes) and to answer the first lookup that misses the curated set (which reads the lazy full table).
// Run after `npm run build`: node scripts/measure-catalog-load.mjs [runs]   (prints medians, ms)
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const runs = Number(process.argv[2] ?? 15);
const probe = `
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const c0 = cpu();
const t0 = process.hrtime.bigint();
const { defaultCatalog } = require(${JSON.stringify(join(root, "dist/sdk/catalog/catalog.js"))});
const c = defaultCatalog();
const t1 = process.hrtime.bigint();
const c1 = cpu();
const o = c.offer("aws", "us-west-2", "t2.medium");
const t2 = process.hrtime.bigint();
const c2 = cpu();
process.stdout.write(JSON.stringify({ load: Number(t1 - t0) / 1e6, firstMiss: Number(t2 - t1) / 1e6, loadCpu: c1 - c0, firstMissCpu: c2 - c1, priced: !!o }));
`;
const samples = [];
for (let i = 0; i < runs; i++)
  samples.push(JSON.parse(execFileSync(process.execPath, ["-e", probe], { encoding: "utf8" })));
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(
  JSON.stringify({
    runs,
    loadMs: median(samples.map((s) => s.load)),
    firstUncuratedLookupMs: median(samples.map((s) => s.firstMiss)),
    loadCpuMs: median(samples.map((s) => s.loadCpu)),
    firstUncuratedLookupCpuMs: median(samples.map((s) => s.firstMissCpu)),
    t2MediumUsWest2Priced: samples[0].priced,
  }),
);
