import { writeFileSync } from "node:fs";
import { Command } from "commander";
import { loadCatalog } from "../../sdk/catalog/catalog";
import { numberOption, UsageError } from "../errors";
import { readUtilization } from "../plan/utilization";

interface ImportCommandOptions {
  out?: string;
  from?: string;
  map?: string;
  catalog?: string;
  minSamples?: string;
  source?: string;
}

/** `lepton-mc utilization import`: the clouds' metric exports into one observed-utilization file. */
function importCommand(): Command {
  return new Command("import")
    .description(
      "turn CloudWatch, Azure Monitor and Cloud Monitoring exports into one observed-utilization file (percent, p50/p95/max, samples, period)",
    )
    .argument(
      "<file...>",
      "exports (JSON), inventories (describe-instances, az vm list, gcloud … list) or observed-utilization files",
    )
    .option("--out <file>", "write the document here (default: stdout)")
    .option(
      "--from <format>",
      "read every export as cloudwatch, azure-monitor or cloud-monitoring output (default: detected)",
    )
    .option(
      "--map <file>",
      "JSON: series identifier (query Id, file name, instance id, resource id, instance name) → Pulumi name",
    )
    .option("--catalog <file>", "a user catalog (JSON) for VM sizes' memory")
    .option("--min-samples <n>", "fewer samples than this per metric are reported", "168")
    .option("--source <text>", "the document's source (default: the exports read and the days they cover)")
    .action((files: string[], opts: ImportCommandOptions) => {
      const minSamples = numberOption("--min-samples", opts.minSamples, { min: 0, integer: true });
      const imported = readUtilization(
        "FILE",
        {
          files,
          ...(opts.map ? { map: opts.map } : {}),
          ...(opts.from ? { from: opts.from } : {}),
          ...(minSamples !== undefined ? { minSamples } : {}),
        },
        loadCatalog(opts.catalog),
      );
      const doc = opts.source ? { ...imported.doc, source: opts.source } : imported.doc;
      const text = JSON.stringify(doc, null, 2) + "\n";
      if (opts.out) {
        try {
          writeFileSync(opts.out, text);
        } catch (e) {
          throw new UsageError(
            `--out ${opts.out}: cannot write it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
          );
        }
      } else process.stdout.write(text);
      const lines = imported.warnings.map((w) => `lepton-mc: warning: ${w}`);
      if (imported.unusedMapKeys.length > 0)
        lines.push(`lepton-mc: warning: --map keys no series used: ${imported.unusedMapKeys.join(", ")}`);
      const cpu = doc.resources.filter((r) => r.cpuP95 !== undefined).length;
      const mem = doc.resources.filter((r) => r.memoryP95 !== undefined).length;
      lines.push(
        `lepton-mc: ${doc.resources.length} resource(s) from ${files.length} file(s): CPU for ${cpu}, memory for ${mem}${opts.out ? `; written to ${opts.out}` : ""}`,
      );
      process.stderr.write(lines.join("\n") + "\n");
    });
}

export function utilizationCommand(): Command {
  return new Command("utilization")
    .description("observed utilization: import the clouds' metric exports")
    .addCommand(importCommand());
}
