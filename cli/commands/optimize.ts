import { resolve } from "node:path";
import { Command } from "commander";
import { loadCatalog } from "../../sdk/catalog/catalog";
import { placementLedger, resetPlacementLedger } from "../../sdk/placement/ledger";
import { ComputeLockEntry } from "../../sdk/placement/lock";
import { oneOf } from "../../sdk/units/checks";
import { numberOption, UsageError } from "../errors";
import { runProgram } from "../plan/loader";
import { stackConfigPath, writeLock } from "../plan/lock-file";
import { DEFAULT_OPTIMIZE_SETTINGS, describeEdit, OptimizeSettings, Proposal } from "../plan/optimize";
import { describeEntry, thresholdOptions } from "../plan/placements";
import { priceResources } from "../plan/pricing";
import { loadProject } from "../plan/project";
import { Recording } from "../plan/recorder";
import { usd } from "../plan/result";
import { optimizeJson, optimizeMarkdown, optimizeRecorded, optimizeTable } from "../plan/utilization";

interface OptimizeOptions {
  utilization: string[];
  map?: string;
  from?: string;
  stack?: string;
  config: string[];
  catalog?: string;
  cpuTarget?: string;
  memoryTarget?: string;
  growth?: string;
  minSamples?: string;
  arm64: boolean;
  minSavingPct?: string;
  minSavingUsd?: string;
  json?: boolean;
  markdown?: boolean;
  write?: string[] | boolean;
  withMigrations?: boolean;
  ignoreUnmatched?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** The settings from the options, each checked (a bad one names itself). */
function settingsOf(opts: OptimizeOptions): OptimizeSettings {
  const pct = (name: string, v: string | undefined, d: number) => {
    const n = numberOption(name, v, { min: 1 });
    if (n !== undefined && n > 100)
      throw new UsageError(`${name}: ${JSON.stringify(v)} is not valid; use a percent from 1 to 100`);
    return n ?? d;
  };
  return {
    cpuTargetPct: pct("--cpu-target", opts.cpuTarget, DEFAULT_OPTIMIZE_SETTINGS.cpuTargetPct),
    memoryTargetPct: pct("--memory-target", opts.memoryTarget, DEFAULT_OPTIMIZE_SETTINGS.memoryTargetPct),
    growthRate: numberOption("--growth", opts.growth, { min: 0 }) ?? DEFAULT_OPTIMIZE_SETTINGS.growthRate,
    minSamples:
      numberOption("--min-samples", opts.minSamples, { min: 0, integer: true }) ??
      DEFAULT_OPTIMIZE_SETTINGS.minSamples,
    arm64: opts.arm64,
    thresholds: thresholdOptions(opts),
    ignoreUnmatched: opts.ignoreUnmatched === true,
  };
}

/** The lock entries of the accepted proposals (and, asked for, their migration candidates). */
function acceptedEntries(
  items: readonly Proposal[],
  keys: string[] | undefined,
  withMigrations: boolean,
  out: string[],
): Record<string, ComputeLockEntry> {
  if (keys) {
    const known = items.map((i) => i.key);
    for (const k of keys)
      if (!known.includes(k))
        throw new UsageError(
          `--write: ${JSON.stringify(k)} is not a proposal of this run; ${oneOf(known, k)}`,
        );
  }
  const replace: Record<string, ComputeLockEntry> = {};
  for (const i of items) {
    if (keys && !keys.includes(i.key)) continue;
    if (i.action === "keep" && i.migrations.length === 0) continue;
    for (const l of i.lock) replace[l.key] = l.entry;
    if (withMigrations) for (const m of i.migrations) replace[m.key] = m.to as ComputeLockEntry;
    const pending = i.edits;
    if (i.lock.length === 0 && pending.length > 0)
      out.push(
        `${i.key}: nothing to lock; edit the program: ${pending.map((e) => `${e.resource}: ${describeEdit(e)}`).join("; ")}`,
      );
    else if (pending.length > 0)
      out.push(
        `${i.key}: the program must change too, or the lock entry will not fit and plan resizes it back (status resized): ${pending.map((e) => `${e.resource}: ${describeEdit(e)}`).join("; ")}`,
      );
  }
  return replace;
}

export function optimizeCommand(): Command {
  return new Command("optimize")
    .description(
      "propose cheaper sizes, pool scaling and regions from observed utilization; --write turns accepted proposals into lock entries",
    )
    .argument("<program-dir>", "directory of the Pulumi project (with Pulumi.yaml)")
    .requiredOption(
      "--utilization <file>",
      "observed utilization: the clouds' metric exports, inventories, or a lepton-observed-utilization file (repeatable)",
      collect,
      [],
    )
    .option(
      "--map <file>",
      "JSON: series identifier (query Id, instance id, resource id, instance name) → Pulumi name",
    )
    .option("--from <format>", "read every export as cloudwatch, azure-monitor or cloud-monitoring output")
    .option("--stack <stack>", "stack whose Pulumi.<stack>.yaml holds the config and the lock")
    .option("--config <key=value>", "config value, e.g. aws:region=us-west-2 (repeatable)", collect, [])
    .option("--catalog <file>", "a user catalog (JSON), as lepton-multicloud:catalog")
    .option("--cpu-target <pct>", "p95 CPU the proposed size may reach, percent", "70")
    .option("--memory-target <pct>", "p95 memory the proposed size may reach, percent", "80")
    .option("--growth <rate>", "expected load growth (seed scaled size: load × (1 + rate))", "0")
    .option("--min-samples <n>", "fewer samples than this per metric are a risk", "168")
    .option("--no-arm64", "do not propose arm64 types")
    .option(
      "--min-saving-pct <pct>",
      "a cheaper region or cloud is a migration candidate from this saving",
      "10",
    )
    .option("--min-saving-usd <usd>", "… and from this monthly saving in USD", "5")
    .option("--json", "print the proposals as JSON")
    .option("--markdown", "print a pull-request comment in Markdown")
    .option(
      "--write [key...]",
      "write the proposals (or only these keys) as lock entries in the stack config",
    )
    .option("--with-migrations", "with --write: move to the migration candidates too")
    .option("--ignore-unmatched", "note observations that match nothing in the program instead of failing")
    .action(async (dir: string, opts: OptimizeOptions) => {
      if (opts.json && opts.markdown)
        throw new UsageError("--json and --markdown: choose one output format for stdout");
      if (opts.withMigrations && !opts.write) throw new UsageError("--with-migrations: use it with --write");
      const settings = settingsOf(opts);
      const config = [...opts.config];
      if (opts.catalog) config.push(`lepton-multicloud:catalog=${resolve(opts.catalog)}`);
      const project = loadProject(dir, { ...(opts.stack ? { stack: opts.stack } : {}), config });
      const catalogFile = project.config["lepton-multicloud:catalog"];
      const catalog = loadCatalog(catalogFile ? resolve(project.dir, catalogFile) : undefined);
      resetPlacementLedger();
      const recording = new Recording(project.stack, project.name, project.config);
      await runProgram(project, recording);
      const priced = priceResources(recording.resources, (u) => recording.get(u), catalog, project.config);
      const result = optimizeRecorded(
        recording.resources,
        priced,
        placementLedger(),
        catalog,
        project.config,
        {
          files: opts.utilization,
          ...(opts.map ? { map: opts.map } : {}),
          ...(opts.from ? { from: opts.from } : {}),
        },
        settings,
      );
      if (opts.json) process.stdout.write(JSON.stringify(optimizeJson(result), null, 2) + "\n");
      else if (opts.markdown) process.stdout.write(optimizeMarkdown(result));
      else process.stdout.write(optimizeTable(result));
      if (!opts.write) return;
      const out: string[] = [];
      const keys = Array.isArray(opts.write) ? opts.write : undefined;
      const replace = acceptedEntries(result.items, keys, opts.withMigrations === true, out);
      const { changed } = writeLock(project, { add: {}, replace, remove: [] });
      for (const [k, e] of Object.entries(replace)) out.unshift(`locked: ${k} at ${describeEntry(e)}`);
      const file = stackConfigPath(project);
      const saving = result.items
        .filter((i) => !keys || keys.includes(i.key))
        .reduce((s, i) => s + (i.lock.length > 0 ? i.monthlySavingUsd : 0), 0);
      out.push(
        changed
          ? `${file}: written (${Object.keys(replace).length} entr${Object.keys(replace).length === 1 ? "y" : "ies"}, ${usd(saving)}/month once the program edits above are made); the program itself was not edited`
          : `${file}: unchanged (no proposal to lock)`,
      );
      process.stderr.write(out.join("\n") + "\n");
    });
}
