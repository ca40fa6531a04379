import { writeFileSync } from "node:fs";
import { Command } from "commander";
import { oneOf } from "../../sdk/units/checks";
import { UsageError } from "../errors";
import { errorDocument, errorMarkdown } from "../plan/error-report";
import { FailOn, planExitCode, runPlan } from "../plan/plan";
import { isFilePlan, runFilePlan } from "../plan/sources/plan-files";
import { thresholdOptions } from "../plan/placements";
import { htmlReport } from "../plan/report-html";
import { jsonReport } from "../plan/report-json";
import { markdownReport } from "../plan/report-markdown";
import { tableReport } from "../plan/report-table";
import { DEFAULT_STALL_TIMEOUT_S, STALL_TIMEOUT_ENV, stallTimeoutSeconds } from "../plan/stall";

interface PlanCommandOptions {
  stack?: string;
  config: string[];
  policy: boolean;
  policyConfig?: string;
  policyPack: string[];
  policyPackConfig: string[];
  json?: boolean;
  markdown?: boolean;
  html?: string;
  baseline?: string;
  saveBaseline?: string;
  failOn: string;
  catalog?: string;
  minSavingPct?: string;
  minSavingUsd?: string;
  usage?: string;
  fromState: string[];
  fromPreview: string[];
  utilization: string[];
  utilizationMap?: string;
  stallTimeout?: string;
}

const FAIL_ON: readonly FailOn[] = ["mandatory", "advisory", "none"];

const collect = (value: string, previous: string[]) => [...previous, value];

function writeFile(option: string, file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (e) {
    throw new UsageError(
      `${option} ${file}: cannot write it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
}

export function planCommand(): Command {
  return new Command("plan")
    .description(
      "offline cost and policy preview of a Pulumi program: run it under mocks, price every resource, run the policy packs; " +
        "or of a deployed stack (--from-state) or a real preview (--from-preview)",
    )
    .argument("[program-dir]", "directory of the Pulumi project (with Pulumi.yaml)")
    .option(
      "--from-state <file>",
      "price and check a deployed stack: `pulumi stack export` output instead of a program (repeatable: one report, per-stack breakdown)",
      collect,
      [],
    )
    .option(
      "--from-preview <file>",
      "price and check a real preview: `pulumi preview --json` output, with the cost diff of its change (repeatable)",
      collect,
      [],
    )
    .option(
      "--stack <stack>",
      "stack whose Pulumi.<stack>.yaml config to use (default: the only one, else dev)",
    )
    .option("--config <key=value>", "config value, e.g. aws:region=us-west-2 (repeatable)", collect, [])
    .option(
      "--policy-config <file>",
      "JSON config of the built-in policy pack, as for pulumi --policy-pack-config",
    )
    .option("--policy-pack <dir>", "another policy pack to run as well (repeatable)", collect, [])
    .option(
      "--policy-pack-config <file>",
      "JSON config of the --policy-pack of the same position (repeatable)",
      collect,
      [],
    )
    .option("--no-policy", "price only; run no policy pack")
    .option("--json", "print the plan as JSON")
    .option("--markdown", "print a pull-request comment in Markdown")
    .option("--html <file>", "write a self-contained HTML report with charts")
    .option("--baseline <file>", "a saved plan (--save-baseline or --json output) to diff costs against")
    .option("--save-baseline <file>", "save this plan's costs as a baseline")
    .option(
      "--fail-on <level>",
      "exit 1 on: mandatory (violations or blown budget), advisory (any violation), none",
      "mandatory",
    )
    .option("--catalog <file>", "a user catalog (JSON) merged over the shipped one")
    .option("--min-saving-pct <pct>", "a cheaper placement is a migration candidate from this saving", "10")
    .option("--min-saving-usd <usd>", "… and from this monthly saving in USD", "5")
    .option(
      "--usage <file>",
      "usage file (YAML) with monthly quantities of usage-based charges (default: stack config lepton-multicloud:usageFile; write one with `lepton-mc usage init`)",
    )
    .option(
      "--utilization <file>",
      "observed utilization (the clouds' metric exports or a lepton-observed-utilization file): adds the utilization section (repeatable)",
      collect,
      [],
    )
    .option("--utilization-map <file>", "with --utilization: series identifier → Pulumi name (JSON)")
    .option(
      "--stall-timeout <seconds>",
      `end with an error when the program registers no resource and calls no provider function for this long (0: no limit; default: $${STALL_TIMEOUT_ENV}, else ${DEFAULT_STALL_TIMEOUT_S})`,
    )
    .action(async (dir: string | undefined, opts: PlanCommandOptions) => {
      try {
        await plan(dir, opts);
      } catch (e) {
        // A tool reading stdout gets the failure in its format too; stderr says it as ever.
        if (opts.json) process.stdout.write(JSON.stringify(errorDocument(e), null, 2) + "\n");
        else if (opts.markdown) process.stdout.write(errorMarkdown(e));
        throw e;
      }
    });
}

/** `lepton-mc plan`: runs the plan and prints it in the format asked for. */
async function plan(dir: string | undefined, opts: PlanCommandOptions): Promise<void> {
  if (!(FAIL_ON as readonly string[]).includes(opts.failOn))
    throw new UsageError(
      `--fail-on: ${JSON.stringify(opts.failOn)} is not valid; ${oneOf(FAIL_ON, opts.failOn)}`,
    );
  if (opts.utilizationMap && opts.utilization.length === 0)
    throw new UsageError("--utilization-map: use it with --utilization");
  if (opts.json && opts.markdown)
    throw new UsageError("--json and --markdown: choose one output format for stdout");
  const common = {
    policy: opts.policy,
    ...(opts.policyConfig ? { policyConfig: opts.policyConfig } : {}),
    policyPacks: opts.policyPack,
    policyPackConfigs: opts.policyPackConfig,
    ...(opts.baseline ? { baseline: opts.baseline } : {}),
    ...(opts.catalog ? { catalog: opts.catalog } : {}),
    thresholds: thresholdOptions(opts),
  };
  const files = { fromState: opts.fromState, fromPreview: opts.fromPreview };
  if (isFilePlan(files)) {
    const given =
      dir !== undefined
        ? "<program-dir>"
        : opts.stack !== undefined
          ? "--stack"
          : opts.config.length
            ? "--config"
            : opts.stallTimeout !== undefined
              ? "--stall-timeout"
              : undefined;
    if (given)
      throw new UsageError(
        `${given}: a program option, but --from-state/--from-preview plan files; give a program directory or files, not both`,
      );
  } else if (dir === undefined)
    throw new UsageError(
      "missing what to plan: give a program directory, --from-state FILE (pulumi stack export) or --from-preview FILE (pulumi preview --json)",
    );
  const result = isFilePlan(files)
    ? await runFilePlan({ ...common, ...files })
    : await runPlan({
        dir: dir!,
        ...(opts.stack !== undefined ? { stack: opts.stack } : {}),
        config: opts.config,
        ...common,
        stallTimeoutS: stallTimeoutSeconds(opts.stallTimeout),
        ...(opts.usage !== undefined ? { usage: opts.usage } : {}),
        ...(opts.utilization.length > 0
          ? {
              utilization: {
                files: opts.utilization,
                ...(opts.utilizationMap ? { map: opts.utilizationMap } : {}),
              },
            }
          : {}),
      });
  const json = jsonReport(result);
  if (opts.saveBaseline)
    writeFile("--save-baseline", opts.saveBaseline, JSON.stringify(json, null, 2) + "\n");
  if (opts.html) writeFile("--html", opts.html, htmlReport(result));
  if (opts.json) process.stdout.write(JSON.stringify(json, null, 2) + "\n");
  else if (opts.markdown) process.stdout.write(markdownReport(result));
  else process.stdout.write(tableReport(result));
  process.exitCode = planExitCode(result, opts.failOn as FailOn);
}
