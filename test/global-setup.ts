import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** The repository root. */
const ROOT = join(__dirname, "..");

/** What `npm run build` compiles or copies into dist/: newer than dist means dist is stale. */
const SOURCES = ["index.ts", "sdk", "cli", "components", "policy", "analyzer"];

/**
 * Files of dist/ that every build writes (tsc rewrites each output it emits, then the build copies
 * the catalog data): the oldest of them is when the last complete build ended its compile step.
 */
export const BUILD_OUTPUTS = [
  "dist/index.js",
  "dist/sdk/index.js",
  "dist/cli/main.js",
  "dist/policy/index.js",
  "dist/analyzer/harness.js",
  "dist/sdk/catalog/data/aws.json",
];

/** The newest modification time (ms) of the TypeScript sources and the catalog data under `path`. */
function newestSource(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return /\.(ts|json)$/.test(path) && !path.endsWith(".d.ts") ? stat.mtimeMs : 0;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === "node_modules") continue;
    newest = Math.max(newest, newestSource(join(path, entry)));
  }
  return newest;
}

/**
 * Why dist/ must be rebuilt before the tests run, or undefined when it is up to date: a missing
 * output, or a source (`*.ts`, catalog JSON) changed after the last build.
 */
export function staleReason(root = ROOT): string | undefined {
  const missing = BUILD_OUTPUTS.filter((f) => !existsSync(join(root, f)));
  if (missing.length > 0) return `${missing.join(", ")} missing`;
  const built = Math.min(...BUILD_OUTPUTS.map((f) => statSync(join(root, f)).mtimeMs));
  const changed = SOURCES.filter((s) => existsSync(join(root, s)) && newestSource(join(root, s)) > built);
  return changed.length > 0 ? `sources changed since the last build (${changed.join(", ")})` : undefined;
}

/**
 * Builds dist/ once, before any test file runs, when it is missing or older than the sources:
 * the CLI, policy-pack and example tests run the compiled package, and a lone `npx vitest run`
 * must not test a stale build. Running here (vitest's globalSetup, one process) rather than in
 * each test file keeps parallel test files from building over each other.
 */
export default function setup(): void {
  const reason = staleReason();
  if (!reason) return;
  console.log(`[global-setup] building dist/: ${reason}`);
  execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
  const still = staleReason();
  if (still) throw new Error(`[global-setup] dist/ is still stale after npm run build: ${still}`);
}
