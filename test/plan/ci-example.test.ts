import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { lockCommand } from "../../cli/commands/lock";
import { planCommand } from "../../cli/commands/plan";
import { lepton, ROOT } from "./helpers";

const CI = join(ROOT, "examples/ci");

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, string>;
}
interface Workflow {
  on: { pull_request: unknown; push: { branches: string[] } };
  jobs: Record<string, { if: string; steps: Step[] }>;
}

const workflow = parse(readFileSync(join(CI, ".github/workflows/infrastructure.yml"), "utf8")) as Workflow;

describe("examples/ci: the GitHub Actions workflow for a user's repository", () => {
  it("checks that every placement is locked, with options lepton-mc lock has", () => {
    const scripts = workflow.jobs.plan.steps.map((s) => s.run ?? "").join("\n");
    const line = scripts.split("\n").find((l) => l.includes('lepton-mc" lock'));
    expect(line).toContain("--check");
    const known = new Set(lockCommand().options.map((o) => o.long));
    for (const m of line!.matchAll(/\s(--[a-z-]+)/g)) expect(known).toContain(m[1]);
  });

  it("plans pull requests with a Markdown comment and a baseline, using only options lepton-mc plan has", () => {
    expect(workflow.on.pull_request).toBeDefined();
    const plan = workflow.jobs.plan;
    expect(plan.if).toContain("pull_request");
    const scripts = plan.steps.map((s) => s.run ?? "").join("\n");
    expect(scripts).toMatch(/lepton-mc" plan "\$PROGRAM_DIR"[^]*--markdown/);
    expect(scripts).toContain("--baseline baseline.json");
    expect(scripts).toContain("--save-baseline baseline.json");
    const known = new Set(planCommand().options.map((o) => o.long));
    // Each lepton-mc command, its continuation lines joined.
    const commands = scripts
      .replace(/\\\n\s*/g, " ")
      .split("\n")
      .filter((line) => line.includes('lepton-mc" plan'));
    const used = commands.flatMap((c) => [...c.matchAll(/\s(--[a-z-]+)/g)].map((m) => m[1]));
    expect(used.length).toBeGreaterThan(5);
    for (const flag of used) expect(known, `${flag} is not an option of lepton-mc plan`).toContain(flag);
    const comment = plan.steps.find((s) => s.uses?.startsWith("actions/github-script"));
    expect(comment?.with?.script).toContain("<!-- lepton-mc-plan -->");
  });

  it("previews with the policy pack and deploys on main with the official Pulumi action", () => {
    expect(workflow.on.push.branches).toEqual(["main"]);
    const deploy = workflow.jobs.deploy;
    expect(deploy.if).toContain("refs/heads/main");
    const pulumi = deploy.steps.filter((s) => s.uses?.startsWith("pulumi/actions@"));
    expect(pulumi.map((s) => s.with?.command)).toEqual(["preview", "up"]);
    for (const s of pulumi) {
      expect(s.with?.policyPacks).toMatch(/node_modules\/lepton-multicloud\/policy$/);
      expect(s.with?.policyPackConfigs).toBe("policy-config.json");
    }
  });

  it("ships a policy config the built-in pack accepts", async () => {
    const run = await lepton([
      "plan",
      "examples/raw-aws",
      "--policy-config",
      join(CI, "policy-config.json"),
      "--json",
    ]);
    expect(run.stderr).not.toMatch(/policy config/);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).budget).toMatchObject({ limitUsd: 2500, exceeded: false });
  });
});
