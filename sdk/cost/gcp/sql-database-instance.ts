import { dig, isUnknown, missing, num, priced, Props, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, PriceLine, ResourcePrice } from "../types";
import { golden, priceNotes, usageAt } from "./price-kit";
import { gcpRegion, noGcpRegion } from "./region";

// Cloud SQL Enterprise edition list prices, us-central1, from the sql_database_instance golden (2024-07-01).
const SQL = (usd: number, unit: string) =>
  golden("sql_database_instance", usd, unit, "us-central1", "2024-07-01");
/** Zonal; regional (HA) is twice. vCPUs (1, zonal) 730 h = $30.15 → rate in [0.041295, 0.041308]. */
const VCPU = SQL(0.0413, "vCPU-hour");
/** Memory (3.75 GB, zonal) = $19.16, i.e. $5.11 per GB-month = 0.007 per GB-hour. */
const MEMORY = SQL(0.007, "GB-hour");
/** Storage (SSD, zonal) 10 GB = $1.70; (SSD, regional) 500 GB = $170.00. */
const SSD = SQL(0.17, "GB-month");
/** Shared-core tiers per instance-hour (zonal): db-f1-micro 730 h = $7.67, db-g1-small = $25.55. */
const SHARED: Record<string, ListPrice> = {
  "db-f1-micro": SQL(0.0105, "hour"),
  "db-g1-small": SQL(0.035, "hour"),
};
/** Backups, usage: '$0.08 per GB'. */
const BACKUP = SQL(0.08, "GB-month");
/** Public IPv4 while the instance is stopped ('IP address (if unused)' 730 h = $7.30). */
const IDLE_IP = SQL(0.01, "hour");

/** vCPUs and memory (GB) of a dedicated-core tier, or undefined for a tier this file cannot read. */
export function sqlTierShape(tier: string): { vcpus: number; memoryGb: number } | undefined {
  const custom = /^db-custom-(\d+)-(\d+)$/.exec(tier);
  if (custom) return { vcpus: Number(custom[1]), memoryGb: Number(custom[2]) / 1024 };
  // Predefined tiers: N1 (legacy names) and the current lightweight / standard / highmem names.
  const named = /^db-(?:n1-)?(standard|highmem|lightweight)-(\d+)$/.exec(tier);
  if (!named) return undefined;
  const vcpus = Number(named[2]);
  // Lightweight tiers have 3.75 GB whatever their vCPUs; standard 3.75 GB and highmem 6.5 GB per vCPU.
  return {
    vcpus,
    memoryGb: named[1] === "lightweight" ? 3.75 : vcpus * (named[1] === "highmem" ? 6.5 : 3.75),
  };
}

const TIERS =
  "db-f1-micro, db-g1-small, db-custom-<vCPUs>-<MB>, db-n1-standard-<n>, db-n1-highmem-<n>, db-standard-<n>, db-highmem-<n>, db-lightweight-<n>";

/** The edition the API uses: `settings.edition`, else ENTERPRISE_PLUS for POSTGRES_16 and later. */
function edition(settings: Props, version: string): { edition: string; note: string } {
  const own = str(settings.edition)?.toUpperCase();
  if (own) return { edition: own, note: `edition ${own}` };
  const pg = /^POSTGRES_(\d+)/.exec(version);
  return pg && Number(pg[1]) >= 16
    ? { edition: "ENTERPRISE_PLUS", note: `edition not set: ${version} defaults to ENTERPRISE_PLUS` }
    : { edition: "ENTERPRISE", note: "edition not set: ENTERPRISE (the default for this version)" };
}

/**
 * A Cloud SQL instance (Enterprise edition): the tier's vCPUs and memory (or a shared-core
 * instance-hour), doubled for REGIONAL availability, plus SSD storage; backups are usage. A
 * stopped instance (`activationPolicy` NEVER) pays storage and its idle IP. SQL Server licences
 * and Enterprise Plus have no price in the sources and are unpriced with the reason.
 */
function sqlInstance(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = gcpRegion(props, ctx);
  if (!region) return unpriced(noGcpRegion("region"), "gcp");
  const settings = (props.settings as Props | undefined) ?? {};
  const tier = str(settings.tier)?.toLowerCase();
  if (!tier) return unpriced(missing("settings.tier", settings.tier), "gcp", region);
  const version = str(props.databaseVersion)?.toUpperCase();
  if (!version) return unpriced(missing("databaseVersion", props.databaseVersion), "gcp", region);
  const ed = edition(settings, version);
  if (ed.edition !== "ENTERPRISE")
    return unpriced(
      `${ed.note}: Enterprise Plus prices are not in the sources${
        tier.startsWith("db-perf-optimized")
          ? ""
          : ` (and it rejects tier ${tier}: set settings.edition ENTERPRISE)`
      }`,
      "gcp",
      region,
    );
  if (isUnknown(settings.availabilityType))
    return unpriced(missing("settings.availabilityType", settings.availabilityType), "gcp", region);
  const regional = str(settings.availabilityType)?.toUpperCase() === "REGIONAL";
  const factor = regional ? 2 : 1;
  const avail = regional ? "regional" : "zonal";
  const stopped = str(settings.activationPolicy)?.toUpperCase() === "NEVER";

  const lines: PriceLine[] = [];
  const assumptions = [
    assumption,
    ed.note,
    `${avail} availability${regional ? " (HA: twice the zonal price)" : ""}`,
  ];
  const shared = SHARED[tier];
  const shape = shared ? undefined : sqlTierShape(tier);
  if (!shared && !shape)
    return unpriced(
      `settings.tier "${tier}" is not a tier this engine reads; priced tiers: ${TIERS}`,
      "gcp",
      region,
    );
  if (stopped) {
    assumptions.push(
      "activationPolicy NEVER: the instance is stopped, so only storage and its idle IP are billed",
    );
  } else if (shared) {
    lines.push({ item: `${tier} (${avail})`, hourlyUsd: shared.usd * factor });
    assumptions.push(...priceNotes(shared, region));
  } else {
    lines.push({ item: `${shape!.vcpus} vCPU (${avail})`, hourlyUsd: shape!.vcpus * VCPU.usd * factor });
    lines.push({
      item: `${shape!.memoryGb} GB memory (${avail})`,
      hourlyUsd: shape!.memoryGb * MEMORY.usd * factor,
    });
    assumptions.push(...priceNotes(VCPU, region), ...priceNotes(MEMORY, region));
  }

  if (isUnknown(settings.diskSize))
    return unpriced(missing("settings.diskSize", settings.diskSize), "gcp", region);
  const diskGb = num(settings.diskSize) ?? 10;
  const diskType = str(settings.diskType)?.toUpperCase() ?? "PD_SSD";
  if (diskType !== "PD_SSD")
    return unpriced(`settings.diskType ${diskType} has no price in the sources (PD_SSD has)`, "gcp", region);
  if (num(settings.diskSize) === undefined)
    assumptions.push("settings.diskSize not set: 10 GB (the minimum)");
  lines.push({ item: `SSD storage ${diskGb} GB (${avail})`, hourlyUsd: (diskGb * SSD.usd * factor) / 730 });
  assumptions.push(...priceNotes(SSD, region));

  const ipv4 = dig(settings, "ipConfiguration.ipv4Enabled") !== false;
  if (ipv4 && stopped) lines.push({ item: "idle public IPv4", hourlyUsd: IDLE_IP.usd });
  else if (ipv4)
    assumptions.push(
      "public IPv4: billed only while the instance is stopped, so not counted (Infracost always adds $0.01/h)",
    );

  if (version.startsWith("SQLSERVER") && !version.includes("EXPRESS") && !stopped) {
    const monthly = lines.reduce((s, l) => s + l.hourlyUsd, 0) * 730;
    return unpriced(
      `${version}: the SQL Server licence per vCPU-hour has no price in the sources (instance and storage alone: $${monthly.toFixed(2)}/month)`,
      "gcp",
      region,
    );
  }
  const usage = [usageAt(ctx, BACKUP, "backupStorageGb", "GB of backups stored")];
  return priced("gcp", region, lines, [...assumptions, ...priceNotes(BACKUP, region)], { usage });
}

export const pricers: PricerModule["pricers"] = { "gcp:sql/databaseInstance:DatabaseInstance": sqlInstance };
