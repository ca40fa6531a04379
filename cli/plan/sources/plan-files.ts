import { loadCatalog } from "../../../sdk/catalog/catalog";
import { UsageError } from "../../errors";
import { ChangedEntry, CostEntry, diffBaseline, loadBaseline } from "../baseline";
import { inventoryOf } from "../inventory";
import { DEFAULT_THRESHOLDS, placementsView } from "../placements";
import {
  budgetOf,
  entryOf,
  exemptionsOf,
  packSpecs,
  PlanOptions,
  readPolicyConfig,
  summarize,
} from "../plan";
import { PolicyOutcome, PolicyRun } from "../policy";
import type { PricedResource } from "../pricing";
import { Progress } from "../progress";
import { Recording } from "../recorder";
import { coverageOf, type PlanResult, type PlanSource } from "../result";
import { ALL_UNKNOWN, priceWithSecrets, recordingOf } from "./price";
import { loadPreview } from "./preview";
import { parseUrn } from "./resource";
import { secretsIn } from "./secrets";
import type { SourceStack } from "./source";
import { loadStackExport } from "./stack-export";

/** What `lepton-mc plan --from-state`/`--from-preview` was asked to do (a program plan's options, less the program). */
export interface FilePlanOptions extends Omit<PlanOptions, "dir" | "stack" | "config"> {
  /** `pulumi stack export` files, one stack each. */
  fromState?: string[];
  /** `pulumi preview --json` files, one stack each. */
  fromPreview?: string[];
  /** Where the passphrase of passphrase-encrypted secrets is read (`PULUMI_CONFIG_PASSPHRASE` …). @default process.env */
  env?: NodeJS.ProcessEnv;
}

/** True when the options name files to plan rather than a program. */
export function isFilePlan(opts: { fromState?: string[]; fromPreview?: string[] }): boolean {
  return (opts.fromState?.length ?? 0) + (opts.fromPreview?.length ?? 0) > 0;
}

const cents = (x: number) => Math.round(x * 100) / 100;
const stackKey = (s: { project: string; stack: string }) => `${s.project}/${s.stack}`;

/** Reads every file, each a stack; the same stack twice would be counted twice. */
function loadStacks(opts: FilePlanOptions): SourceStack[] {
  const states = opts.fromState ?? [];
  const previews = opts.fromPreview ?? [];
  if (states.length > 0 && previews.length > 0)
    throw new UsageError(
      "--from-state and --from-preview: give one kind of file; a preview already holds each changed resource's state before the change",
    );
  if (previews.length > 0 && opts.baseline)
    throw new UsageError(
      "--baseline and --from-preview: a preview carries its own before and after; give one of them",
    );
  const stacks =
    states.length > 0
      ? states.map((f) => loadStackExport(f, opts.env ?? process.env))
      : previews.map((f) => loadPreview(f));
  const seen = new Map<string, SourceStack>();
  for (const s of stacks) {
    const twin = seen.get(stackKey(s));
    if (twin && s.resources.length > 0)
      throw new UsageError(
        `${s.option} ${s.file}: stack ${stackKey(s)} is also ${twin.file}; give each stack once`,
      );
    seen.set(stackKey(s), s);
  }
  return stacks;
}

/** One recording of several stacks (their URNs differ), for the budget and the exemptions. */
function combined(recordings: readonly Recording[]): Recording {
  const all = new Recording("(several)", "(several)", {}, {});
  for (const rec of recordings) for (const r of rec.resources) all.add(r);
  return all;
}

/**
 * Runs the policy packs over each stack as the engine would for a preview of it: every resource
 * analyzed, then the stack once (`ConfigureStack` names one stack, so a run per stack). Secrets
 * are sent as unknown: the packs never see a secret's value, so no message can show one.
 */
async function runPolicies(
  packs: ReturnType<typeof packSpecs>,
  stacks: readonly SourceStack[],
  blind: readonly Recording[],
): Promise<PolicyOutcome | undefined> {
  if (packs.length === 0) return undefined;
  const outcomes: PolicyOutcome[] = [];
  for (const [i, s] of stacks.entries()) {
    const rec = blind[i];
    const run = new PolicyRun(packs, { stack: s.stack, project: s.project, lookup: (u) => rec.get(u) });
    for (const r of rec.resources) run.submit(r);
    outcomes.push(await run.finish(rec.resources));
  }
  return {
    packs: outcomes[0].packs,
    violations: outcomes.flatMap((o) => o.violations),
    remediations: outcomes.flatMap((o) => o.remediations),
    config: outcomes[0].config,
  };
}

/**
 * The cost diff of previews: their resources before the change against after it, resource by
 * resource; a replaced resource is listed even when its cost does not move (it is recreated).
 */
function previewDiff(before: CostEntry[], after: CostEntry[], ops: Record<string, string>) {
  const diff = diffBaseline(before, after);
  const listed = new Set(diff.changed.map((c) => c.urn));
  const old = new Map(before.map((e) => [e.urn, e]));
  for (const e of after) {
    const b = old.get(e.urn);
    if (!b || ops[e.urn] !== "replace" || listed.has(e.urn)) continue;
    const replaced: ChangedEntry = {
      urn: e.urn,
      type: e.type,
      name: e.name,
      beforeUsd: b.priced ? b.monthlyUsd : null,
      afterUsd: e.priced ? e.monthlyUsd : null,
      deltaUsd: 0,
    };
    diff.changed.push(replaced);
  }
  return diff;
}

/**
 * Plans what stack exports or previews describe: the same pricing, policy run, budget, baseline
 * diff and reports as a program's plan, over the resources the files hold (see `sources/`), with a
 * per-stack breakdown and the inventory; for previews, the cost diff of the change itself.
 * @throws UsageError for bad options or files (naming the file and the JSON path).
 */
export async function runFilePlan(opts: FilePlanOptions): Promise<PlanResult> {
  const stacks = loadStacks(opts);
  const catalog = loadCatalog(opts.catalog);
  const baseline = opts.baseline ? loadBaseline(opts.baseline) : undefined;
  const ownConfig = opts.policyConfig ? readPolicyConfig("--policy-config", opts.policyConfig) : undefined;
  const packs = opts.policy === false ? [] : packSpecs(opts, ownConfig);
  const progress = opts.progress ?? new Progress();

  const blind = stacks.map((s) => recordingOf(s, s.resources, ALL_UNKNOWN));
  const outcome = await runPolicies(packs, stacks, blind);
  const after = stacks.map((s) => priceWithSecrets(s, s.resources, catalog));
  const priced = after.flatMap((a) => a.priced);
  const recorded = stacks.reduce((n, s) => n + s.resources.length, 0);
  progress.done(`lepton-mc plan: ${recorded} resources read, priced and checked`);

  const { entries, totals, coverage } = summarize(priced);
  const monthlyUsd = totals.monthlyUsd;
  const all = combined(blind);

  const isPreview = stacks[0].kind === "preview";
  const ops = Object.assign({}, ...stacks.map((s) => s.ops ?? {})) as Record<string, string>;
  let diff;
  if (isPreview) {
    const before = stacks.map((s) => priceWithSecrets(s, s.before ?? [], catalog));
    diff = previewDiff(before.flatMap((b) => b.priced).map(entryOf), entries, ops);
  } else if (baseline) diff = diffBaseline(baseline, entries);

  const stackOfUrn = (urn: string) => {
    const p = parseUrn(urn);
    return p ? `${p.project}/${p.stack}` : "?";
  };
  const source: PlanSource = {
    kind: stacks[0].kind,
    stacks: stacks.map((s, i) => {
      const mine = after[i].priced;
      return {
        file: s.file,
        project: s.project,
        stack: s.stack,
        resources: s.resources.length,
        // Free types and non-cloud packages (random, tls …) are not billable, as in the coverage.
        billable: coverageOf(mine).billable,
        monthlyUsd: cents(mine.reduce((t, p) => t + (p.price.priced ? p.price.monthlyUsd : 0), 0)),
        unpriced: mine.filter((p) => !p.price.priced).length,
      };
    }),
    ...(isPreview
      ? {
          change: {
            ops,
            summary: sumCounts(stacks.map((s) => s.summary ?? {})),
            complete: stacks.every((s) => s.complete !== false),
          },
        }
      : {}),
  };

  const notes = stacks.flatMap((s) => s.notes);
  const unreadable = after.reduce((n, a) => n + a.unreadable, 0);
  if (unreadable > 0)
    notes.push(
      `${unreadable} resource(s) depend on a secret value that could not be read: they are listed as not priced, with the secret's file and JSON path`,
    );
  const hidden = after.reduce((n, a) => n + a.hidden, 0);
  if (hidden > 0)
    notes.push(`${hidden} resource(s) are priced from secret values, which every format shows as [secret]`);
  const anySecret = stacks.some((s) => s.resources.some((r) => secretsIn(r.props).length > 0));
  if (outcome && anySecret)
    notes.push(
      "the policy packs saw secret values as unknown: a rule that needs one reports that it could not check it",
    );
  if (outcome && outcome.remediations.length > 0)
    notes.push("remediations are listed as the packs proposed them; the resources are priced as deployed");
  if (!outcome) notes.push("policies were not run (--no-policy)");

  return {
    project: {
      name: [...new Set(stacks.map((s) => s.project))].join(", "),
      stack: stacks.map((s) => s.stack).join(", "),
      dir: stacks.map((s) => s.file).join(", "),
    },
    recordedCount: recorded,
    priced,
    entries,
    totals,
    coverage,
    budget: budgetOf(all, priced, monthlyUsd, outcome, ownConfig),
    policy: outcome ? { packs: outcome.packs } : null,
    violations: outcome?.violations ?? [],
    remediations: outcome?.remediations ?? [],
    exemptions: exemptionsOf(all),
    ...(diff ? { diff } : {}),
    placements: placementsView([], opts.thresholds ?? DEFAULT_THRESHOLDS),
    notes,
    source,
    inventory: inventoryOf(
      priced,
      stacks.length > 1 ? (p: PricedResource) => stackOfUrn(p.resource.urn) : undefined,
    ),
  };
}

function sumCounts(counts: readonly Record<string, number>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of counts) for (const [k, n] of Object.entries(c)) out[k] = (out[k] ?? 0) + n;
  return out;
}
