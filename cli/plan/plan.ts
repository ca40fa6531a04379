import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { remediateWithoutRemediation } from "../../analyzer/config";
import type { PolicyConfigFile } from "../../analyzer/harness";
import { readExemption } from "../../policy/lib/exemptions";
import { loadCatalog } from "../../sdk/catalog/catalog";
import { usageMonthlyUsd } from "../../sdk/cost/helpers";
import { parseUsageFile, UsageFile, usageFileNotes, usageFor } from "../../sdk/cost/usage-file";
import { show, ValidationError } from "../../sdk/errors";
import { UsageError } from "../errors";
import { CostEntry, diffBaseline, loadBaseline } from "./baseline";
import { placementLedger, resetPlacementLedger } from "../../sdk/placement/ledger";
import { runProgram } from "./loader";
import { DEFAULT_THRESHOLDS, MigrationThresholds, placementsView } from "./placements";
import { lockAdvice } from "./report-placements";
import { optimizeRecorded, UtilizationSources, utilizationView } from "./utilization";
import { PackSpec, PolicyOutcome, PolicyRun } from "./policy";
import { priceResources, PricedResource, remoteComponentNotes } from "./pricing";
import { Progress } from "./progress";
import { loadProject, Project } from "./project";
import { checkProgramPulumi } from "./runtime";
import { Recording } from "./recorder";
import { priceWithSecrets } from "./secret-prices";
import { filterStrings, secretFilter, secretTexts } from "./secrets";
import {
  Budget,
  coverageOf,
  ExemptionEntry,
  isUsageBased,
  PlanEntry,
  PlanResult,
  usageEntry,
  usageNote,
} from "./result";

/** What `lepton-mc plan` was asked to do. */
export interface PlanOptions {
  /** The program's directory. */
  dir: string;
  /** @default the only stack with a config file, else "dev" */
  stack?: string;
  /** `key=value` config overrides. */
  config?: string[];
  /** Run policy packs. @default true */
  policy?: boolean;
  /** Config file of the built-in pack (JSON, as `pulumi preview --policy-pack-config`). */
  policyConfig?: string;
  /** Extra packs, run after ours. */
  policyPacks?: string[];
  /** Config files of the extra packs, in the same order. */
  policyPackConfigs?: string[];
  /** A saved plan to diff against. */
  baseline?: string;
  /** A user catalog merged over the shipped one. */
  catalog?: string;
  /** When a cheaper placement is listed as a migration candidate. @default 10 % and $5/month */
  thresholds?: MigrationThresholds;
  /**
   * A usage file (YAML, see `sdk/cost/usage-file.ts`) with the monthly quantities of usage-based
   * charges. @default the stack config's `lepton-multicloud:usageFile`, relative to the program's
   * directory; `false` reads none, not even that one.
   */
  usage?: string | false;
  /** Observed utilization (the clouds' exports or observed-utilization files): adds the utilization section. */
  utilization?: UtilizationSources;
  /** Where progress goes. @default stderr */
  progress?: Progress;
  /**
   * Seconds the program may go without progress before the plan ends with an error; 0: no limit.
   * @default LEPTON_MC_STALL_TIMEOUT, else 120 (stall.ts)
   */
  stallTimeoutS?: number;
}

/** The type token of the budgeted stack component, whose `monthlyBudgetUsd` input is a budget. */
export const BUDGETED_STACK_TYPE = "lepton-multicloud:index:BudgetedStack";

/** The root of this package (the directory of its package.json), from source or from dist/. */
function packageRoot(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "lepton-multicloud"
    )
      return dir;
  }
  throw new Error(`lepton-multicloud's package.json not found above ${__dirname}`);
}

/** The built-in policy pack's directory. */
export function builtinPackDir(): string {
  return join(packageRoot(), "policy");
}

/** Policies of the built-in pack that have a remediation (for which `"remediate"` changes inputs). */
function builtinRemediating(): string[] {
  // Loaded only when policies ran: the rules are not needed otherwise.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { POLICIES } = require("../../policy/policies") as typeof import("../../policy/policies");
  return POLICIES.filter((p) => "remediateResource" in p).map((p) => p.name);
}

/** Reads a policy config file (JSON) given to an option. @throws UsageError naming the option and file. */
export function readPolicyConfig(option: string, file: string): PolicyConfigFile {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    const what = existsSync(file) ? `is not valid JSON (${(e as Error).message})` : "no such file";
    throw new UsageError(
      `${option} ${file}: ${what}; give a JSON policy config such as { "monthly-budget": { "budgetUsd": 500 } }`,
    );
  }
  if (!doc || typeof doc !== "object" || Array.isArray(doc))
    throw new UsageError(
      `${option} ${file}: ${show(doc)} is not valid; use a JSON object of policy names to settings`,
    );
  return doc as PolicyConfigFile;
}

/** The packs to run: ours (with --policy-config), then the user's (each with its --policy-pack-config). */
export function packSpecs(
  opts: Pick<PlanOptions, "policyConfig" | "policyPacks" | "policyPackConfigs">,
  ownConfig: PolicyConfigFile | undefined,
): PackSpec[] {
  const extra = opts.policyPacks ?? [];
  const configs = opts.policyPackConfigs ?? [];
  if (configs.length > extra.length)
    throw new UsageError(
      `--policy-pack-config: ${configs.length} given for ${extra.length} --policy-pack; give one config per pack, in the same order`,
    );
  const own: PackSpec = {
    dir: builtinPackDir(),
    label: opts.policyConfig ? `--policy-config ${opts.policyConfig}` : "built-in policy pack",
    ...(ownConfig ? { config: ownConfig } : {}),
  };
  return [
    own,
    ...extra.map((dir, i) => {
      const abs = resolve(dir);
      if (!existsSync(join(abs, "PulumiPolicy.yaml")))
        throw new UsageError(
          `--policy-pack: ${JSON.stringify(dir)} is not a policy pack (no PulumiPolicy.yaml in ${abs})`,
        );
      return {
        dir: abs,
        label: configs[i] ? `--policy-pack-config ${configs[i]}` : `--policy-pack ${dir}`,
        ...(configs[i] ? { config: readPolicyConfig("--policy-pack-config", configs[i]) } : {}),
      };
    }),
  ];
}

/**
 * The budget to check: `monthly-budget.budgetUsd` of the policy config (as the built-in pack was
 * configured, else the user's file), else the `monthlyBudgetUsd` of the program's BudgetedStack
 * components, against the cost of the resources below them.
 */
export function budgetOf(
  recording: Recording,
  priced: readonly PricedResource[],
  total: number,
  outcome: PolicyOutcome | undefined,
  userConfig: PolicyConfigFile | undefined,
): Budget | null {
  const fromPolicy =
    outcome?.config[0]?.["monthly-budget"]?.properties.budgetUsd ??
    (userConfig?.["monthly-budget"] as Record<string, unknown> | undefined)?.budgetUsd;
  if (typeof fromPolicy === "number")
    return {
      limitUsd: fromPolicy,
      projectedUsd: total,
      source: "policy config monthly-budget.budgetUsd",
      exceeded: total > fromPolicy,
    };
  const stacks = recording.resources.filter(
    (r) => r.type === BUDGETED_STACK_TYPE && typeof r.inputs.monthlyBudgetUsd === "number",
  );
  if (stacks.length === 0) return null;
  const urns = new Set(stacks.map((s) => s.urn));
  const under = (urn: string | undefined): boolean => {
    for (let p = urn; p; p = recording.get(p)?.parent) if (urns.has(p)) return true;
    return false;
  };
  const projected = priced.reduce(
    (s, p) => s + (p.price.priced && under(p.resource.parent) ? p.price.monthlyUsd : 0),
    0,
  );
  const limit = stacks.reduce((s, r) => s + (r.inputs.monthlyBudgetUsd as number), 0);
  const projectedUsd = Math.round(projected * 100) / 100;
  return {
    limitUsd: limit,
    projectedUsd,
    source: `${stacks.map((s) => s.name).join(", ")} (${BUDGETED_STACK_TYPE.split(":").pop()} monthlyBudgetUsd)`,
    exceeded: projectedUsd > limit,
  };
}

/** The stack config key naming the usage file (a path relative to the program's directory). */
export const USAGE_FILE_CONFIG = "lepton-multicloud:usageFile";

/**
 * Reads the usage file the plan was given: `--usage FILE`, else the stack config's
 * `lepton-multicloud:usageFile` (relative to the program's directory), else none.
 * @throws UsageError naming the option or config key, the file and every problem in it.
 */
function readUsage(opts: PlanOptions, project: Project): { file: string; usage: UsageFile } | undefined {
  if (opts.usage === false) return undefined;
  const fromConfig = project.config[USAGE_FILE_CONFIG];
  const where = opts.usage !== undefined ? "--usage" : `${USAGE_FILE_CONFIG} (stack config)`;
  const given = opts.usage ?? fromConfig;
  if (given === undefined) return undefined;
  if (given === "") throw new UsageError(`${where}: "" is not valid; give the path of a usage file (YAML)`);
  const file = opts.usage !== undefined ? resolve(opts.usage) : resolve(project.dir, given);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      `${where} ${given}: ${code === "ENOENT" ? "no such file" : `cannot read it (${code ?? (e as Error).message})`}${opts.usage === undefined ? ` (looked in ${project.dir})` : ""}; give a usage file, e.g. one written by \`lepton-mc usage init\``,
    );
  }
  try {
    return { file: given, usage: parseUsageFile(text, `usage file ${given}`) };
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    throw new UsageError(
      e.issues.length === 1 ? `${where} ${given}: ${e.message}` : `${where}: ${e.message}`,
    );
  }
}

/** Resources that carry an exemption tag, as the built-in pack reads it. */
export function exemptionsOf(recording: Recording): ExemptionEntry[] {
  const out: ExemptionEntry[] = [];
  for (const r of recording.resources) {
    if (r.type.startsWith("pulumi:")) continue;
    const e = readExemption(r.inputs);
    if (e && e.rules.length > 0)
      out.push({ urn: r.urn, policies: e.rules, ...(e.reason ? { reason: e.reason } : {}) });
  }
  return out;
}

/** A priced resource as a cost entry (what the JSON lists and a baseline keeps). */
export function entryOf(p: PricedResource): PlanEntry {
  const { resource: r, price } = p;
  const fixed = price.priced
    ? price.lines.map((l) => l.item).join(", ") || price.assumptions.slice(1).join("; ")
    : price.reason;
  const usage = price.priced ? (price.usage ?? []) : [];
  return {
    urn: r.urn,
    type: r.type,
    name: r.name,
    ...(p.cloud ? { cloud: p.cloud } : {}),
    ...(p.region ? { region: p.region } : {}),
    hourlyUsd: price.priced ? price.hourlyUsd : null,
    monthlyUsd: price.priced ? price.monthlyUsd : null,
    priced: price.priced,
    note: [fixed, usageNote(price)].filter(Boolean).join("; "),
    ...(p.component ? { component: p.component.urn } : {}),
    ...(usage.length > 0 ? { usage: usage.map(usageEntry), usageUnknown: isUsageBased(price) } : {}),
  };
}

/**
 * The figures of a plan from its priced resources: an entry per resource (its note lists the unit
 * prices of usage it leaves out), totals overall and per cloud, the unpriced and usage-based
 * counts, and coverage.
 */
export function summarize(
  priced: readonly PricedResource[],
): Pick<PlanResult, "entries" | "totals" | "coverage"> {
  const byCloud: Record<string, number> = {};
  let monthly = 0;
  let hourly = 0;
  let usage = 0;
  for (const p of priced) {
    // Unpriced resources add nothing; nor do non-cloud ones (random, tls …: free, no cloud).
    if (!p.price.priced || (p.price.free && !p.cloud)) continue;
    monthly += p.price.monthlyUsd;
    // Usage charges with a quantity (from the usage file) are in the figure; the rest are not.
    for (const u of p.price.usage ?? []) usage += usageMonthlyUsd(u);
    hourly += p.price.hourlyUsd;
    const cloud = p.cloud ?? "other";
    byCloud[cloud] = Math.round(((byCloud[cloud] ?? 0) + p.price.monthlyUsd) * 100) / 100;
  }
  return {
    entries: priced.map(entryOf),
    totals: {
      monthlyUsd: Math.round(monthly * 100) / 100,
      hourlyUsd: Math.round(hourly * 1e6) / 1e6,
      byCloud,
      unpriced: priced.filter((p) => !p.price.priced).length,
      usageBased: priced.filter((p) => isUsageBased(p.price)).length,
      usageMonthlyUsd: Math.round(usage * 100) / 100,
    },
    coverage: coverageOf(priced),
  };
}

/**
 * Runs a plan: loads the project, runs its program under mocks while the policy packs analyze
 * each resource as it registers, prices every resource through the sdk, checks the budget and
 * diffs against the baseline.
 * @throws UsageError for bad arguments or files, ProgramError when the program fails.
 */
export async function runPlan(opts: PlanOptions): Promise<PlanResult> {
  const project = loadProject(opts.dir, { stack: opts.stack, config: opts.config });
  // An unsupported @pulumi/pulumi fails the plan before its policy packs start.
  checkProgramPulumi(project.dir);
  const catalog = loadCatalog(opts.catalog);
  const baseline = opts.baseline ? loadBaseline(opts.baseline) : undefined;
  const ownConfig = opts.policyConfig ? readPolicyConfig("--policy-config", opts.policyConfig) : undefined;
  const packs = opts.policy === false ? [] : packSpecs(opts, ownConfig);
  const usage = readUsage(opts, project);
  const recording = new Recording(project.stack, project.name, project.config);
  const policy =
    packs.length > 0
      ? new PolicyRun(packs, { stack: project.stack, project: project.name, lookup: (u) => recording.get(u) })
      : undefined;
  const progress = opts.progress ?? new Progress();
  recording.onResource((r) => {
    policy?.submit(r);
    progress.update(
      recording.resources.length,
      () =>
        `lepton-mc plan: ${recording.resources.length} resources recorded${policy ? `, ${policy.analyzedCount} analyzed` : ""}…`,
    );
  });

  let run;
  resetPlacementLedger();
  try {
    run = await runProgram(
      project,
      recording,
      opts.stallTimeoutS !== undefined ? { stallTimeoutS: opts.stallTimeoutS } : {},
    );
  } catch (e) {
    await policy?.abort();
    throw e;
  }
  const outcome = await policy?.finish(recording.resources);
  // Secret inputs are priced as `[secret]`; a price that depends on one is not given (secret-prices.ts).
  const priced = priceWithSecrets(recording.resources, (resources, byUrn) =>
    priceResources(
      resources,
      byUrn,
      catalog,
      project.config,
      usage ? (r) => usageFor(usage.usage, r) : undefined,
    ),
  );
  progress.done(`lepton-mc plan: ${recording.resources.length} resources recorded, priced and checked`);

  const { entries, totals, coverage } = summarize(priced);
  const notes: string[] = [...project.warnings.map((w) => `warning: ${w}`), ...remoteComponentNotes(priced)];
  if (run.unmockedInvokes.length > 0)
    notes.push(
      `provider functions with no mock answer returned an empty result: ${run.unmockedInvokes.join(", ")}`,
    );
  if (project.secretKeys.length > 0)
    notes.push(
      `secure config values are not decrypted; a placeholder was used for: ${project.secretKeys.join(", ")}`,
    );
  if (!project.stackFile)
    notes.push(
      `stack ${project.stack} has no Pulumi.${project.stack}.yaml in ${project.stackDir}: the program ran with the project's config (Pulumi.yaml) and --config values only`,
    );
  const secretCount = recording.resources.filter((r) => r.secret).length;
  if (secretCount > 0)
    notes.push(
      `${secretCount} resource(s) have secret inputs: they are shown as [secret], and their values are filtered out of every message`,
    );
  if (!policy) notes.push("policies were not run (--no-policy)");
  if (outcome) notes.push(...remediateWithoutRemediation(outcome.config[0], builtinRemediating()));
  if (usage) {
    const matched = priced.filter((p) => usageFor(usage.usage, p.resource) !== undefined).length;
    notes.push(`usage quantities from ${usage.file}: ${matched} resource(s) matched`);
    notes.push(
      ...usageFileNotes(
        usage.usage,
        priced.map((p) => ({
          type: p.resource.type,
          name: p.resource.name,
          urn: p.resource.urn,
          chargeKeys: p.price.priced ? (p.price.usage ?? []).map((u) => u.key) : undefined,
        })),
      ),
    );
  }
  const placements = placementsView(placementLedger(), opts.thresholds ?? DEFAULT_THRESHOLDS);
  const utilization = opts.utilization
    ? utilizationView(
        optimizeRecorded(
          recording.resources,
          priced,
          placementLedger(),
          catalog,
          project.config,
          opts.utilization,
        ),
        totals.monthlyUsd,
      )
    : undefined;
  const advice = lockAdvice(placements);
  if (advice) notes.push(advice);
  const result: PlanResult = {
    project: { name: project.name, stack: project.stack, dir: project.dir },
    recordedCount: recording.resources.length,
    priced,
    entries,
    totals,
    coverage,
    budget: budgetOf(recording, priced, totals.monthlyUsd, outcome, ownConfig),
    policy: outcome ? { packs: outcome.packs } : null,
    violations: outcome?.violations ?? [],
    remediations: outcome?.remediations ?? [],
    exemptions: exemptionsOf(recording),
    ...(baseline ? { diff: diffBaseline(baseline, entries as CostEntry[]) } : {}),
    placements,
    ...(utilization ? { utilization } : {}),
    notes,
  };
  // As the engine filters known secrets out of its messages: no report shows a secret's text.
  const texts = recording.resources.flatMap((r) => (r.secret ? secretTexts(r.secret.markedInputs) : []));
  return texts.length > 0 ? filterStrings(result, secretFilter(texts)) : result;
}

/** When the plan fails the check: mandatory violations or a blown budget, or any violation with `advisory`. */
export type FailOn = "mandatory" | "advisory" | "none";

/** The exit code of a finished plan: 1 when it fails the check per `failOn`, else 0. */
export function planExitCode(result: PlanResult, failOn: FailOn): 0 | 1 {
  if (failOn === "none") return 0;
  if (result.budget?.exceeded) return 1;
  const levels = failOn === "advisory" ? ["mandatory", "advisory"] : ["mandatory"];
  return result.violations.some((v) => levels.includes(v.level)) ? 1 : 0;
}
