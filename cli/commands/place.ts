import { table as newTable } from "../format/table";
import { Command } from "commander";
import { loadCatalog } from "../../sdk/catalog/catalog";
import type { Geography, PublicCloud } from "../../sdk/catalog/types";
import { place, Placement, PlacementConstraints } from "../../sdk/placement/place";
import type { ComputeUnit } from "../../sdk/units/compute";
import { listOption, numberOption, UsageError } from "../errors";

interface PlaceOptions {
  vcpus?: string;
  memory?: string;
  arch?: string;
  gpu?: string;
  disk?: string;
  diskClass?: string;
  cloud?: string;
  clouds?: string;
  geo?: string;
  region?: string;
  regions?: string;
  type?: string;
  maxHourly?: string;
  allowBurstable?: boolean;
  families?: string;
  alternatives?: string;
  catalog?: string;
  json?: boolean;
}

/** `--gpu 1` or `--gpu 2:A100`. */
function gpuOption(value: string | undefined): ComputeUnit["gpu"] {
  if (value === undefined) return undefined;
  const [count, model] = value.split(":");
  const n = numberOption("--gpu", count, { integer: true, min: 1 });
  return model ? { count: n!, model: model as never } : { count: n! };
}

export function placeCommand(): Command {
  return new Command("place")
    .description("choose the cheapest cloud, region and instance type for a compute unit")
    .option("--vcpus <n>", "vCPUs needed (required)")
    .option("--memory <gib>", "memory in GiB (required)")
    .option("--arch <arch>", "x86_64 or arm64", undefined)
    .option("--gpu <n[:model]>", "GPUs, e.g. 1 or 1:T4")
    .option("--disk <gib>", "boot disk GiB (default 20)")
    .option("--disk-class <class>", "standard or ssd")
    .option("--cloud <cloud>", "pin one cloud (aws, azure, gcp, kubernetes)")
    .option("--clouds <list>", "clouds allowed, comma separated")
    .option("--geo <geography>", "us, eu or asia")
    .option("--region <region>", "pin a region")
    .option("--regions <list>", "regions allowed, comma separated")
    .option("--type <instanceType>", "pin an instance type")
    .option("--max-hourly <usd>", "most the machine may cost per hour")
    .option("--allow-burstable", "allow burstable types (t3/t4g, Azure B)")
    .option("--families <list>", "instance families allowed, comma separated (e.g. m7g,Ds_v5,n2d)")
    .option("--alternatives <n>", "runner-ups to show (default 3)")
    .option("--catalog <file>", "a user catalog (JSON) merged over the shipped one")
    .option("--json", "print JSON")
    .action((opts: PlaceOptions) => {
      if (opts.vcpus === undefined)
        throw new UsageError("--vcpus: is required; use a number greater than 0, e.g. --vcpus 2");
      if (opts.memory === undefined)
        throw new UsageError("--memory: is required; use GiB greater than 0, e.g. --memory 4");
      const unit: Record<string, unknown> = {
        vcpus: numberOption("--vcpus", opts.vcpus),
        memoryGiB: numberOption("--memory", opts.memory),
      };
      if (opts.arch) unit.arch = opts.arch;
      if (opts.gpu) unit.gpu = gpuOption(opts.gpu);
      if (opts.disk) unit.diskGiB = numberOption("--disk", opts.disk);
      if (opts.diskClass) unit.diskClass = opts.diskClass;
      const regions = listOption("--regions", opts.regions, "region names such as eu-west-1,westeurope");
      if (opts.region !== undefined && regions && !regions.includes(opts.region))
        throw new UsageError(
          `--region: ${JSON.stringify(opts.region)} is not among --regions ${regions.join(",")}; pin a region from that list or drop one of the two options`,
        );
      const constraints: PlacementConstraints = {
        ...(opts.cloud ? { cloud: opts.cloud as PlacementConstraints["cloud"] } : {}),
        ...(opts.clouds !== undefined
          ? { clouds: listOption("--clouds", opts.clouds, "one or more of aws, azure, gcp") as PublicCloud[] }
          : {}),
        ...(opts.geo ? { geography: opts.geo as Geography } : {}),
        ...(opts.region ? { region: opts.region } : {}),
        ...(regions ? { regions } : {}),
        ...(opts.type ? { instanceType: opts.type } : {}),
        ...(opts.maxHourly ? { maxHourlyUsd: numberOption("--max-hourly", opts.maxHourly) } : {}),
        ...(opts.allowBurstable ? { allowBurstable: true } : {}),
        ...(opts.families !== undefined
          ? { families: listOption("--families", opts.families, "instance families such as m7g,Ds_v5,n2d") }
          : {}),
        ...(opts.alternatives
          ? { alternatives: numberOption("--alternatives", opts.alternatives, { integer: true, min: 0 }) }
          : {}),
      };
      const catalog = loadCatalog(opts.catalog);
      const placement = place(unit as unknown as ComputeUnit, constraints, catalog);
      if (opts.json) {
        process.stdout.write(
          JSON.stringify({ ...placement, source: catalog.describeSource(placement.source) }, null, 2) + "\n",
        );
        return;
      }
      process.stdout.write(describe(placement, catalog.describeSource(placement.source)));
    });
}

function describe(p: Placement, source: string): string {
  const table = newTable(["", "cloud", "region", "type", "vCPU", "GiB", "$/h", "$/month", "Δ $/month"]);
  table.push(["→", p.cloud, p.region, p.instanceType, p.vcpus, p.memoryGiB, p.hourlyUsd, p.monthlyUsd, ""]);
  for (const a of p.alternatives)
    table.push([
      "",
      a.cloud,
      a.region,
      a.instanceType,
      a.vcpus,
      a.memoryGiB,
      a.hourlyUsd,
      a.monthlyUsd,
      `+${a.deltaMonthlyUsd}`,
    ]);
  const excluded = p.excluded.map((e) => `${e.constraint} ${e.count}`).join(", ");
  return (
    `${p.cloud} ${p.region} ${p.instanceType}: $${p.hourlyUsd}/h, $${p.monthlyUsd}/month\n` +
    table.toString() +
    `\nprice source: ${source}\nassumes: ${p.assumptions.join("; ")}\n` +
    (excluded ? `excluded offers: ${excluded}\n` : "")
  );
}
