import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** The repository root. */
export const ROOT = resolve(__dirname, "../..");
/** Static test programs and packs. */
export const FIXTURES = join(__dirname, "fixtures");
/** The CLI as users run it (`npm test` builds dist/ first). */
const CLI = join(ROOT, "dist/cli/main.js");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `lepton-mc <args>` in a child process, as a user or CI would. */
export function lepton(
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<CliRun> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: opts.cwd ?? ROOT, env: { ...process.env, ...opts.env }, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === "number" ? err.code : 1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

/** `lepton-mc plan <args> --json`, parsed; fails the test with stderr if the output is not JSON. */
export async function planJson(args: string[]): Promise<{ run: CliRun; json: PlanJson }> {
  const run = await lepton(["plan", ...args, "--json"]);
  try {
    return { run, json: JSON.parse(run.stdout) as PlanJson };
  } catch {
    throw new Error(
      `plan ${args.join(" ")} printed no JSON (exit ${run.code}):\n${run.stderr}\n${run.stdout}`,
    );
  }
}

/** The `--json` document, as tests read it. */
export interface PlanJson {
  project: string;
  stack: string;
  resources: {
    urn: string;
    type: string;
    name: string;
    cloud: string | null;
    region: string | null;
    hourlyUsd: number | null;
    monthlyUsd: number | null;
    priced: boolean;
    note: string;
    component: string | null;
  }[];
  totals: { monthlyUsd: number; byCloud: Record<string, number>; unpriced: number };
  budget: { limitUsd: number; projectedUsd: number; exceeded: boolean; source: string } | null;
  violations: { policy: string; level: string; urn: string | null; message: string; pack: string }[];
  remediations: { pack: string; policy: string; urn: string; changed: string[]; diagnostic?: string }[];
  exemptions: { urn: string; policies: string[]; reason?: string }[];
  diff?: {
    added: { urn: string; monthlyUsd: number | null }[];
    removed: { urn: string; monthlyUsd: number | null }[];
    changed: { urn: string; beforeUsd: number | null; afterUsd: number | null; deltaUsd: number }[];
    totals: { beforeUsd: number; afterUsd: number; deltaUsd: number; deltaPct: number | null };
  };
  notes: string[];
}

/**
 * Writes a throwaway Pulumi program under the repository (so it resolves the installed
 * @pulumi/pulumi, as a user's program resolves its own) and returns its directory.
 */
export function writeProgram(name: string, files: Record<string, string>): string {
  const base = join(ROOT, ".tmp", "plan-tests");
  mkdirSync(base, { recursive: true });
  const dir = mkdtempSync(join(base, `${name}-`));
  const all = { "Pulumi.yaml": `name: ${name}\nruntime: nodejs\n`, ...files };
  for (const [file, text] of Object.entries(all)) writeFileSync(join(dir, file), text);
  return dir;
}
