import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { staleReason } from "../global-setup";

export const ROOT = join(__dirname, "..", "..");
export const CLI = join(ROOT, "dist", "cli", "main.js");

/**
 * Fails unless dist/ is built and as new as the sources. vitest's globalSetup (test/global-setup.ts)
 * builds it once before any test file runs; building here, in test files running in parallel,
 * would have them overwrite each other's build.
 */
export function ensureBuilt(): void {
  const stale = staleReason(ROOT);
  if (stale)
    throw new Error(`dist/ is not usable (${stale}): run the tests through vitest, or npm run build`);
}

/** Runs the compiled lepton-mc as users do. */
export function lepton(args: string[], opts: { cwd?: string } = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? ROOT,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
