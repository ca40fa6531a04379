import { readFileSync, writeFileSync } from "node:fs";
import { table as newTable } from "../format/table";
import { Command } from "commander";
import { Catalog, loadCatalog } from "../../sdk/catalog/catalog";
import { importSkyPilotCsv } from "../../sdk/catalog/import-skypilot";
import { PUBLIC_CLOUDS, PublicCloud } from "../../sdk/catalog/types";
import { oneOf } from "../../sdk/units/checks";
import { UsageError } from "../errors";

interface CatalogOptions {
  cloud?: string;
  region?: string;
  type?: string;
  json?: boolean;
  catalog?: string;
}

function cloudOption(name: string, value: string | undefined): PublicCloud | undefined {
  if (value === undefined) return undefined;
  if (!(PUBLIC_CLOUDS as readonly string[]).includes(value))
    throw new UsageError(`${name}: ${JSON.stringify(value)} is not valid; ${oneOf(PUBLIC_CLOUDS, value)}`);
  return value as PublicCloud;
}

/** An unknown --region or --type is an error with the nearest names, not an empty listing. */
function checkNames(catalog: Catalog, cloud: PublicCloud | undefined, opts: CatalogOptions): void {
  const clouds = cloud ? [cloud] : PUBLIC_CLOUDS;
  if (opts.region !== undefined && !clouds.some((c) => catalog.region(c, opts.region!))) {
    const names = [...new Set(clouds.flatMap((c) => catalog.regions(c).map((r) => r.name)))];
    throw new UsageError(
      `--region: ${JSON.stringify(opts.region)} is not a region in the ${cloud ? `${cloud} ` : ""}catalog; ${oneOf(names, opts.region)}`,
    );
  }
  if (opts.type !== undefined && !clouds.some((c) => catalog.instanceType(c, opts.type!))) {
    const names = [...new Set(clouds.flatMap((c) => catalog.instanceTypes(c).map((t) => t.name)))];
    throw new UsageError(
      `--type: ${JSON.stringify(opts.type)} is not an instance type in the ${cloud ? `${cloud} ` : ""}catalog; ${oneOf(names, opts.type)}`,
    );
  }
}

export function catalogCommand(): Command {
  const cmd = new Command("catalog")
    .description("list catalog entries (instance types priced per region)")
    .option("--cloud <cloud>", "aws, azure or gcp")
    .option("--region <region>", "one region")
    .option("--type <type>", "one instance type")
    .option("--catalog <file>", "a user catalog (JSON) merged over the shipped one")
    .option("--json", "print a JSON array")
    .enablePositionalOptions()
    .action((opts: CatalogOptions) => {
      const catalog = loadCatalog(opts.catalog);
      const cloud = cloudOption("--cloud", opts.cloud);
      checkNames(catalog, cloud, opts);
      const rows = catalog.data.offers
        .filter(
          (o) =>
            (!cloud || o.cloud === cloud) &&
            (!opts.region || o.region === opts.region) &&
            (!opts.type || o.instanceType === opts.type),
        )
        .map((o) => {
          const t = catalog.instanceType(o.cloud, o.instanceType)!;
          return {
            cloud: o.cloud,
            region: o.region,
            geography: catalog.region(o.cloud, o.region)?.geography ?? null,
            instanceType: o.instanceType,
            family: t.family,
            category: t.category,
            vcpus: t.vcpus,
            memoryGiB: t.memoryGiB,
            arch: t.arch,
            gpuCount: t.gpuCount,
            gpuModel: t.gpuModel ?? null,
            hourlyUsd: o.hourlyUsd,
            source: catalog.describeSource(o.source),
          };
        })
        .sort(
          (a, b) =>
            a.cloud.localeCompare(b.cloud) ||
            a.instanceType.localeCompare(b.instanceType) ||
            a.region.localeCompare(b.region),
        );
      if (opts.json) {
        process.stdout.write(JSON.stringify(rows, null, 2) + "\n");
        return;
      }
      if (rows.length === 0) {
        process.stdout.write("no catalog entries match\n");
        return;
      }
      const table = newTable(["cloud", "region", "geo", "type", "vCPU", "GiB", "arch", "GPU", "$/h"]);
      for (const r of rows) {
        table.push([
          r.cloud,
          r.region,
          r.geography ?? "",
          r.instanceType,
          r.vcpus,
          r.memoryGiB,
          r.arch,
          r.gpuCount ? `${r.gpuCount}× ${r.gpuModel}` : "",
          r.hourlyUsd,
        ]);
      }
      process.stdout.write(
        table.toString() + `\n${rows.length} entries; catalog read on ${catalog.data.readOn}\n`,
      );
    });
  cmd
    .command("import <vmsCsv>")
    .description("read a SkyPilot catalog vms.csv into a user catalog file")
    .requiredOption("--cloud <cloud>", "aws, azure or gcp")
    .requiredOption("--out <file>", "where to write the catalog JSON")
    .option("--source <text>", "source description recorded with every price")
    .action((file: string, opts: { cloud: string; out: string; source?: string }) => {
      const cloud = cloudOption("--cloud", opts.cloud)!;
      let text: string;
      try {
        text = readFileSync(file, "utf8");
      } catch (e) {
        throw new UsageError(`<vmsCsv>: cannot read ${file}: ${(e as Error).message}`);
      }
      let result;
      try {
        result = importSkyPilotCsv(
          text,
          cloud,
          opts.source ?? `SkyPilot catalog ${file}, imported ${new Date().toISOString().slice(0, 10)}`,
        );
      } catch (e) {
        throw new UsageError(`${file}: ${(e as Error).message}`);
      }
      try {
        writeFileSync(opts.out, JSON.stringify(result.catalog, null, 1) + "\n");
      } catch (e) {
        throw new UsageError(
          `--out: cannot write ${opts.out}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "its folder does not exist; create it first or choose another path" : (e as Error).message}`,
        );
      }
      for (const s of result.skipped) process.stderr.write(`${file}:${s.line}: skipped: ${s.message}\n`);
      for (const c of result.conflicts)
        process.stderr.write(
          `${file}: ${c.instanceType} in ${c.region}: zones disagree (${c.prices.join(", ")}); kept the highest\n`,
        );
      process.stdout.write(
        `read ${result.rowsRead} rows: ${result.offers} offers of ${result.catalog.instanceTypes!.length} types in ${result.catalog.regions!.length} regions written to ${opts.out}; ${result.skipped.length} rows skipped\n`,
      );
    });
  return cmd;
}
