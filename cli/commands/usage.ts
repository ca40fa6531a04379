import { writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { Command } from "commander";
import { stringify } from "yaml";
import { describeUsage } from "../../sdk/cost/helpers";
import { USAGE_FILE_VERSION } from "../../sdk/cost/usage-file";
import { UsageError } from "../errors";
import { runPlan, USAGE_FILE_CONFIG } from "../plan/plan";
import type { PricedResource } from "../plan/pricing";
import { PlanResult, usd } from "../plan/result";

/** The usage file `usage init` writes when no `--out` is given, in the program's directory. */
export const DEFAULT_USAGE_FILE = "lepton-usage.yml";

/** A key as YAML reads it back as the same string: plain when safe, else quoted. */
function yamlKey(key: string): string {
  return stringify(key, { lineWidth: 0 }).trimEnd();
}

/** One line of a comment: no line breaks inside. */
const oneLine = (text: string) => text.replace(/\s*\r?\n\s*/g, " ");

/** Resources whose price has usage-based charges, in the order the program registered them. */
function usageBasedResources(result: PlanResult): PricedResource[] {
  return result.priced.filter((p) => p.price.priced && (p.price.usage ?? []).length > 0);
}

/**
 * A commented usage file for a plan's usage-based resources: under `defaults`, each usage-based
 * type with the keys its charges read; under `resources`, each resource (by name, by URN when two
 * usage-based resources share a name) with each charge's key, quantity unit, unit price, region
 * and source. Every quantity is commented out, so the file as written changes no figure: a charge
 * without a quantity stays listed with its unit price, never priced as $0 by an unfilled template.
 */
export function usageTemplate(result: PlanResult, programDir: string): string {
  const resources = usageBasedResources(result);
  const out: string[] = [
    `# lepton-mc usage file, version ${USAGE_FILE_VERSION}: monthly quantities of usage-based charges`,
    `# (requests, GB stored, GB transferred …) that no resource input states.`,
    `# Written by \`lepton-mc usage init\` for ${result.project.name} (stack ${result.project.stack}).`,
    "#",
    "# Every quantity is commented out: until you give one, its charge stays out of the monthly",
    "# figure and the plan lists its unit price. Uncomment a key and set its monthly quantity",
    "# (a number of 0 or more) to add the charge. Quantities under defaults apply to every resource",
    "# of the type; a resource's own entry (by name, or by URN) wins over them, key by key.",
    "#",
    `# Use it: lepton-mc plan ${programDir} --usage <this file>, or set ${USAGE_FILE_CONFIG}`,
    "# (a path relative to the program) in the stack's Pulumi.<stack>.yaml.",
    `version: ${USAGE_FILE_VERSION}`,
    "",
  ];
  if (resources.length === 0) {
    out.push(
      `# No resource of this program has a usage-based charge in the cost engine (${result.coverage.priced} of ${result.coverage.billable} billable resources priced).`,
      "defaults: {}",
      "resources: {}",
    );
    return out.join("\n") + "\n";
  }

  const byType = new Map<string, Map<string, string>>();
  for (const p of resources)
    for (const u of p.price.priced ? (p.price.usage ?? []) : []) {
      const keys = byType.get(p.resource.type) ?? new Map<string, string>();
      keys.set(u.key, u.quantityUnit);
      byType.set(p.resource.type, keys);
    }
  out.push("defaults:", "  # For every resource of a type.");
  for (const [type, keys] of [...byType.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`  ${yamlKey(type)}:`);
    for (const [key, unit] of keys) out.push(`    # ${key}: 0  # ${oneLine(unit)}`);
  }

  const names = new Map<string, number>();
  for (const p of resources) names.set(p.resource.name, (names.get(p.resource.name) ?? 0) + 1);
  out.push("", "resources:", "  # For one resource: by its name (by its URN where names repeat).");
  for (const p of resources) {
    if (!p.price.priced) continue;
    const key = names.get(p.resource.name)! > 1 ? p.resource.urn : p.resource.name;
    const where = p.region ? ` in ${p.region}` : "";
    out.push(
      `  # ${p.resource.type}${where}: ${usd(p.price.monthlyUsd)}/month without its usage`,
      `  ${yamlKey(key)}:`,
    );
    for (const u of p.price.usage ?? [])
      out.push(
        `    # ${u.key}: 0  # ${oneLine(u.quantityUnit)}; ${describeUsage(u)} (${oneLine([p.region, u.source].filter(Boolean).join("; "))})`,
      );
  }
  return out.join("\n") + "\n";
}

/** A path as people read it: relative to the working directory when inside it, else absolute. */
function shownPath(path: string): string {
  const near = relative(process.cwd(), path);
  return near.startsWith("..") ? path : near;
}

interface UsageInitOptions {
  stack?: string;
  config: string[];
  catalog?: string;
  out?: string;
  force?: boolean;
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** `lepton-mc usage init`: writes a usage file template for a program's usage-based resources. */
export function usageCommand(): Command {
  const usage = new Command("usage").description(
    "usage files: monthly quantities (requests, GB …) of usage-based charges, for lepton-mc plan --usage",
  );
  usage
    .command("init")
    .description(
      "run the program as plan does and write a commented usage file listing each usage-based resource, its usage keys and unit prices",
    )
    .argument("<program-dir>", "directory of the Pulumi project (with Pulumi.yaml)")
    .option(
      "--stack <stack>",
      "stack whose Pulumi.<stack>.yaml config to use (default: the only one, else dev)",
    )
    .option("--config <key=value>", "config value, e.g. aws:region=us-west-2 (repeatable)", collect, [])
    .option("--catalog <file>", "a user catalog (JSON) merged over the shipped one")
    .option("--out <file>", `where to write it (default: ${DEFAULT_USAGE_FILE} in the program's directory)`)
    .option("--force", "overwrite the file if it exists")
    .action(async (dir: string, opts: UsageInitOptions) => {
      const result = await runPlan({
        dir,
        ...(opts.stack !== undefined ? { stack: opts.stack } : {}),
        config: opts.config,
        policy: false,
        usage: false,
        ...(opts.catalog ? { catalog: opts.catalog } : {}),
      });
      const file = opts.out !== undefined ? resolve(opts.out) : join(result.project.dir, DEFAULT_USAGE_FILE);
      const shown = shownPath(file) || file;
      try {
        writeFileSync(file, usageTemplate(result, shownPath(result.project.dir) || "."), {
          flag: opts.force ? "w" : "wx",
        });
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        throw new UsageError(
          code === "EEXIST"
            ? `--out ${shown}: exists already; give --force to overwrite it, or another --out`
            : `--out ${shown}: cannot write it (${code ?? (e as Error).message})`,
        );
      }
      const resources = usageBasedResources(result);
      const keys = resources.reduce((s, p) => s + (p.price.priced ? (p.price.usage ?? []).length : 0), 0);
      process.stdout.write(
        resources.length === 0
          ? `lepton-mc usage init: wrote ${shown}: no usage-based resource in this program\n`
          : `lepton-mc usage init: wrote ${shown}: ${resources.length} usage-based resource(s), ${keys} usage key(s), all commented out; fill in the monthly quantities and run lepton-mc plan with --usage ${shown}\n`,
      );
    });
  return usage;
}
