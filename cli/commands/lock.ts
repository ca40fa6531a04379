import { resolve } from "node:path";
import { Command } from "commander";
import { PlacedThing, placementLedger, resetPlacementLedger } from "../../sdk/placement/ledger";
import { LockEntry, readLock } from "../../sdk/placement/lock";
import { loadCatalog } from "../../sdk/catalog/catalog";
import { oneOf } from "../../sdk/units/checks";
import { UsageError } from "../errors";
import { runProgram } from "../plan/loader";
import { stackConfigPath, writeLock } from "../plan/lock-file";
import { describeEntry, isCandidate, Migration, migrationOf, thresholdOptions } from "../plan/placements";
import { loadProject } from "../plan/project";
import { Recording } from "../plan/recorder";
import { usd } from "../plan/result";

interface LockOptions {
  stack?: string;
  config: string[];
  catalog?: string;
  prune?: boolean;
  check?: boolean;
  migrate?: string[];
  all?: boolean;
  minSavingPct?: string;
  minSavingUsd?: string;
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** What the next `pulumi up` does for a move, said plainly. */
function consequence(m: Migration): string {
  return m.stateful
    ? `the next pulumi up replaces ${m.kind} "${m.key}" with a new, empty one: its contents are NOT copied`
    : `the next pulumi up replaces ${m.kind} "${m.key}"'s machines (boot disks are not carried over)`;
}

/** The moves asked for: named keys (any saving, stateful included) or --all candidates (stateless only). */
function chooseMoves(items: readonly PlacedThing[], opts: LockOptions, out: string[]): Migration[] {
  const th = thresholdOptions(opts);
  if (opts.migrate && opts.migrate.length > 0) {
    return opts.migrate
      .map((key) => {
        const t = items.find((i) => i.key === key);
        if (!t)
          throw new UsageError(
            `--migrate: ${JSON.stringify(key)} is not a placed thing of this program; ${oneOf(
              items.map((i) => i.key),
              key,
            )}`,
          );
        const m = migrationOf(t);
        if (!m)
          out.push(
            `${key}: already at today's best placement (${describeEntry(t.current)}); nothing to move`,
          );
        return m;
      })
      .filter((m): m is Migration => m !== undefined);
  }
  const moves: Migration[] = [];
  for (const t of items) {
    const m = migrationOf(t);
    if (!m || !isCandidate(m, th)) continue;
    if (m.stateful) {
      out.push(
        `${m.key}: skipped (${m.kind} holds data; moving it loses its contents): name it with --migrate ${m.key} to move it anyway, saving ${usd(m.monthlySavingUsd)}/month`,
      );
      continue;
    }
    moves.push(m);
  }
  return moves;
}

export function lockCommand(): Command {
  return new Command("lock")
    .description(
      "write the program's placements to the stack config (lepton-multicloud:placements) so they stay put; migrate on request",
    )
    .argument("<program-dir>", "directory of the Pulumi project (with Pulumi.yaml)")
    .option(
      "--stack <stack>",
      "stack whose Pulumi.<stack>.yaml holds the lock (default: the only one, else dev)",
    )
    .option("--config <key=value>", "config value, e.g. aws:region=us-west-2 (repeatable)", collect, [])
    .option("--catalog <file>", "a user catalog (JSON) for placement, as lepton-multicloud:catalog")
    .option("--prune", "remove entries whose component is gone or that the program overrides (stale)")
    .option("--check", "write nothing; exit 1 when a placement is unlocked, resized or stale (for CI)")
    .option("--migrate <key...>", "move these entries to today's best placement (stateful ones too)")
    .option("--all", "move every migration candidate that holds no data")
    .option("--min-saving-pct <pct>", "with --all: least saving in percent", "10")
    .option("--min-saving-usd <usd>", "with --all: least monthly saving in USD", "5")
    .action(async (dir: string, opts: LockOptions) => {
      if (opts.check && (opts.migrate || opts.all || opts.prune))
        throw new UsageError("--check: writes nothing; run it without --migrate, --all or --prune");
      if (opts.migrate && opts.all) throw new UsageError("--migrate and --all: choose one");
      const config = [...opts.config];
      if (opts.catalog) config.push(`lepton-multicloud:catalog=${resolve(opts.catalog)}`);
      const project = loadProject(dir, { ...(opts.stack ? { stack: opts.stack } : {}), config });
      const catalogFile = project.config["lepton-multicloud:catalog"];
      const catalog = loadCatalog(catalogFile ? resolve(project.dir, catalogFile) : undefined);
      // The program fails on a malformed lock too; reading it first names the file's entries.
      const existing = readLock(project.config["lepton-multicloud:placements"], catalog);
      resetPlacementLedger();
      await runProgram(project, new Recording(project.stack, project.name, project.config));
      const items = placementLedger();
      const file = stackConfigPath(project);
      const out: string[] = [];

      const unlocked = items.filter((t) => t.status === "unlocked");
      const stale = items.filter((t) => t.status === "stale" || t.status === "resized");
      const gone = Object.keys(existing).filter((k) => !items.some((t) => t.key === k));
      if (opts.check) {
        for (const t of unlocked) out.push(`unlocked: ${t.key} (${describeEntry(t.current)})`);
        for (const t of stale) out.push(`${t.status}: ${t.key}: ${t.message ?? ""}`);
        for (const k of gone) out.push(`gone: ${k} (no component has this key; lepton-mc lock --prune)`);
        const failing = unlocked.length + stale.length > 0;
        out.push(
          failing
            ? `${file}: ${unlocked.length} unlocked, ${stale.length} stale or resized placement(s); run lepton-mc lock and review the change`
            : `${file}: every placement is locked`,
        );
        process.stdout.write(out.join("\n") + "\n");
        process.exitCode = failing ? 1 : 0;
        return;
      }

      const add: Record<string, LockEntry> = {};
      for (const t of unlocked) add[t.key] = t.current;
      const remove = opts.prune
        ? [...gone, ...items.filter((t) => t.status === "stale").map((t) => t.key)]
        : [];
      for (const k of remove) {
        const t = items.find((i) => i.key === k);
        if (t) add[k] = t.current; // a stale entry is rewritten to where the program puts it
      }
      const replace: Record<string, LockEntry> = {};
      for (const m of opts.migrate || opts.all ? chooseMoves(items, opts, out) : []) {
        replace[m.key] = m.to;
        out.push(
          `${m.key}: ${describeEntry(m.from)} → ${describeEntry(m.to)}, saves ${usd(m.monthlySavingUsd)}/month (${m.savingPct}%); ${consequence(m)}`,
        );
      }
      const { changed } = writeLock(project, { add, replace, remove });
      for (const k of Object.keys(add).sort())
        if (!remove.includes(k)) out.unshift(`locked: ${k} at ${describeEntry(add[k])}`);
      for (const k of gone.filter((g) => remove.includes(g)))
        out.push(`pruned: ${k} (its component is gone)`);
      for (const t of items.filter((i) => i.status === "stale" && remove.includes(i.key)))
        out.push(`rewritten: ${t.key} at ${describeEntry(t.current)} (the program overrode the entry)`);
      if (!opts.prune && gone.length > 0)
        out.push(
          `${gone.length} entr${gone.length === 1 ? "y has" : "ies have"} no component (${gone.join(", ")}); --prune removes them`,
        );
      out.push(changed ? `${file}: written` : `${file}: unchanged (every placement was locked already)`);
      process.stdout.write(out.join("\n") + "\n");
    });
}
