// Coverage of the cost engine: `lepton-mc plan --json` on every program under examples/ (the
// raw-* programs, the component examples and priced-services, which holds many billable types of
// the four clouds), summing the plan's own `coverage` figures. A billable resource is a custom
// resource the stack manages, less providers and the types the clouds do not bill.
//
// Part of `npm run bench`; standalone: `npm run build && node bench/coverage.mjs` prints the figures
// and updates the coverage keys of bench/results.json.
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The programs measured: every directory of examples/ with a Pulumi.yaml. */
export function coveragePrograms(root) {
  const dir = join(root, "examples");
  return readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, "Pulumi.yaml")))
    .sort()
    .map((d) => join(dir, d));
}

/** `lepton-mc plan <dir> --json --no-policy`, parsed (exit 1 is a policy or budget finding, not a failure). */
function planJson(root, dir) {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      [join(root, "dist/cli/main.js"), "plan", dir, "--json", "--no-policy", "--fail-on", "none"],
      { cwd: root, maxBuffer: 256 * 1024 * 1024 },
      (err, stdout, stderr) => {
        try {
          const json = JSON.parse(stdout);
          if (!json.coverage)
            throw new Error("the plan's JSON has no coverage (an older dist/? run npm run build)");
          done(json);
        } catch (e) {
          fail(new Error(`plan ${dir} failed (${err ? `exit ${err.code}` : e.message}):\n${stderr}`));
        }
      },
    );
  });
}

const pct = (priced, billable) => (billable === 0 ? null : Math.round((priced / billable) * 1000) / 10);

/**
 * Plans each program in turn (the machine is shared) and sums their coverage. Returns the figures
 * for bench/results.json: totals, per program, and the unpriced types by count (what to price next).
 */
export async function benchCoverage(root) {
  let billable = 0;
  let priced = 0;
  let usageBased = 0;
  const byProgram = {};
  const unpricedTypes = {};
  for (const dir of coveragePrograms(root)) {
    const json = await planJson(root, dir);
    const c = json.coverage;
    billable += c.billable;
    priced += c.priced;
    usageBased += c.usageBased;
    byProgram[dir.split(/[\\/]/).pop()] = { billable: c.billable, priced: c.priced, pct: c.pct };
    for (const r of json.resources)
      if (!r.priced && !/read with \.get\(\)/.test(r.note))
        unpricedTypes[r.type] = (unpricedTypes[r.type] ?? 0) + 1;
  }
  return {
    coverageBillable: billable,
    coveragePriced: priced,
    coverageUsageBased: usageBased,
    coveragePct: pct(priced, billable),
    coverageByProgram: byProgram,
    coverageUnpricedTypes: Object.fromEntries(
      Object.entries(unpricedTypes).sort(([a, x], [b, y]) => y - x || a.localeCompare(b)),
    ),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  if (!existsSync(join(root, "dist/cli/main.js"))) {
    console.error("bench/coverage.mjs: dist/ is missing; run npm run build first");
    process.exit(2);
  }
  const figures = await benchCoverage(root);
  const file = join(root, "bench", "results.json");
  const results = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  writeFileSync(
    file,
    JSON.stringify({ ...results, ...figures, coverageDate: new Date().toISOString() }, null, 2) + "\n",
  );
  for (const [k, v] of Object.entries(figures))
    console.log(`${k.padEnd(28)} ${typeof v === "object" ? JSON.stringify(v) : v}`);
  console.log("written to bench/results.json");
}
