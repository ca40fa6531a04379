import { azureLocation } from "../../catalog/region-names";
import { priced, Props, resolveReference, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, PriceLine, ResourcePrice, UsageCharge } from "../types";
import { goldenPrice, hourlyOf, priceNotes, usageAt, withUsage } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";
import { DtuSku, gibOf, readSqlSku, VcoreSku } from "./sql-sku";

const DB = "mssql_database_test (azurerm_mssql_database)";
const DB_AS_OF = "2024-12-04";
const OLD_DB = "sql_database_test (azurerm_sql_database)";
const POOL = "mssql_elasticpool_test (azurerm_mssql_elasticpool)";
const POOL_AS_OF = "2025-07-07";
const db = (usd: number, unit: string) => goldenPrice(usd, unit, "eastus", DB, DB_AS_OF);
const pool = (usd: number, unit: string) => goldenPrice(usd, unit, "westeurope", POOL, POOL_AS_OF);

/** Single databases, DTU model: the goldens' service objectives, per hour. */
const DTU_OBJECTIVES: Record<string, ListPrice> = {
  S0: goldenPrice(0.020164384, "hour", "eastus", OLD_DB, "2024-07-01"),
  S1: db(0.040315068, "hour"),
  S12: db(6.0487534, "hour"),
  P1: goldenPrice(0.625, "hour", "eastus", OLD_DB, "2024-07-01"),
  P6: db(5, "hour"),
};
/** Other Standard and Premium objectives, per DTU-hour: S12 ($4,415.59 / 3000 DTUs) and P1/P6 (exact). */
const DTU_RATE: Partial<Record<DtuSku["tier"], ListPrice>> = {
  Standard: db(6.0487534 / 3000, "DTU-hour"),
  Premium: db(0.005, "DTU-hour"),
};
/** Storage beyond what a DTU objective includes, per GB-month. */
const DTU_EXTRA_STORAGE: Partial<Record<DtuSku["tier"], ListPrice>> = {
  Standard: db(0.17, "GB-month"),
  Premium: db(0.34, "GB-month"),
};

/** vCore compute per vCore-hour (Gen5; M-series for BC), from GP_Gen5_4, BC_Gen5_8, HS_Gen5_2, BC_M_8. */
const VCORE_RATE: Record<string, ListPrice> = {
  GP_GEN5: db(0.152217, "vCore-hour"),
  BC_GEN5: db(0.304436, "vCore-hour"),
  HS_GEN5: db(0.182658, "vCore-hour"),
  BC_M: db(9804.08 / 730 / 8, "vCore-hour"),
};
/** SQL Server license (LicenseIncluded) per vCore-hour; none with licenseType BasePrice (Hybrid Benefit). */
const LICENSE: Record<VcoreSku["edition"], ListPrice> = {
  GP: db(0.099966, "vCore-hour"),
  HS: db(0.099966, "vCore-hour"),
  BC: db(0.375, "vCore-hour"),
};
/** General Purpose zone redundancy, per vCore-hour (Business Critical includes it). */
const GP_ZONE_REDUNDANCY = db(0.091329, "vCore-hour");
/** Serverless compute (license included) and its zone redundancy, per vCore-hour used. */
const SERVERLESS = db(0.52176, "vCore-hour");
const SERVERLESS_ZONE = db(0.31, "vCore-hour");
/** Data storage per GB-month of maxSizeBytes. */
const STORAGE = {
  GP: goldenPrice(0.115, "GB-month", "eastus", OLD_DB, "2024-07-01"),
  GP_ZONE: db(0.23, "GB-month"),
  BC: db(0.25, "GB-month"),
  HS: db(0.25, "GB-month"),
};
/** Backup storage beyond the free allowance, per GB-month, by redundancy. */
const PITR = { geo: db(0.2, "GB-month"), local: db(0.1, "GB-month") };
const LTR = { geo: db(0.05, "GB-month"), local: db(0.025, "GB-month") };

/** Elastic pools (westeurope golden): per eDTU-hour, per vCore-hour, per GB-month. */
const POOL_EDTU: Record<DtuSku["tier"], ListPrice> = {
  Basic: pool(0.20167123 / 100, "eDTU-hour"),
  Standard: pool(0.60416438 / 200, "eDTU-hour"),
  Premium: pool(3.75 / 500, "eDTU-hour"),
};
const POOL_EXTRA_STORAGE: Partial<Record<DtuSku["tier"], ListPrice>> = {
  Standard: pool(0.221, "GB-month"),
  Premium: pool(0.4420073, "GB-month"),
};
const POOL_VCORE: Record<string, ListPrice> = {
  GP_GEN5: pool(0.66975342 / 4, "vCore-hour"),
  BC_DC: pool(6.336 / 8, "vCore-hour"),
};
const POOL_LICENSE: Partial<Record<VcoreSku["edition"], ListPrice>> = {
  GP: pool(0.099966, "vCore-hour"),
  BC: pool(0.375, "vCore-hour"),
};
const POOL_GP_ZONE = pool(0.40184932 / 4, "vCore-hour");
const POOL_STORAGE = {
  GP: pool(0.1369, "GB-month"),
  GP_ZONE: pool(0.274, "GB-month"),
  BC: pool(0.2975, "GB-month"),
};

/** A database's location: its own, its server's (serverName), or the provider's. */
function locate(props: Props, ctx: PriceContext): { region?: string; assumption: string } {
  if (str(props.location)) return azureRegion(props, ctx);
  const server = str(resolveReference(props, "serverName", ctx)?.props.location);
  if (server) return { region: azureLocation(server), assumption: "region from its server's location" };
  return azureRegion(props, ctx);
}

/** Backup storage is usage: point-in-time and long-term retention GB beyond the free allowance. */
function backupUsage(props: Props, ctx: PriceContext): { usage: UsageCharge[]; notes: string[] } {
  const redundancy = str(props.requestedBackupStorageRedundancy) ?? "Geo";
  const geo = /geo/i.test(redundancy);
  return {
    usage: [
      usageAt(ctx, geo ? PITR.geo : PITR.local, "pitrBackupStorageGb", "GB of point-in-time backups"),
      usageAt(ctx, geo ? LTR.geo : LTR.local, "ltrBackupStorageGb", "GB of long-term retention backups"),
    ],
    notes: [
      `backup storage redundancy ${redundancy}${/geozone/i.test(redundancy) ? " (priced at the Geo rate)" : ""}`,
    ],
  };
}

/** Storage on maxSizeBytes as a line, or as usage (`storageGb`) when the size is not set. */
function storage(
  props: Props,
  ctx: PriceContext,
  price: ListPrice,
  lines: PriceLine[],
  usage: UsageCharge[],
) {
  const gb = gibOf(props.maxSizeBytes);
  if (gb === undefined)
    usage.push(usageAt(ctx, price, "storageGb", "GB of data storage (maxSizeBytes not set)"));
  else lines.push({ item: `storage ${+gb.toFixed(2)} GB`, hourlyUsd: hourlyOf(price, gb) });
}

/** An Azure SQL database: DTU objective or vCore compute, license, zone redundancy and storage. */
function sqlDatabase(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = locate(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  if (str(props.elasticPoolId))
    return priced("azure", region, [], [assumption, "in an elastic pool: billed through the pool"]);
  if (props.useFreeLimit === true)
    return priced(
      "azure",
      region,
      [],
      [assumption, "free offer (useFreeLimit): not billed within its limits"],
    );
  const sku = readSqlSku(props);
  if (typeof sku === "string") return unpriced(sku, "azure", region);
  const lines: PriceLine[] = [];
  const used: ListPrice[] = [];
  const backup = backupUsage(props, ctx);
  const usage: UsageCharge[] = [...backup.usage];

  if (sku.kind === "dtu") {
    const exact = DTU_OBJECTIVES[sku.name];
    const rate = DTU_RATE[sku.tier];
    if (!exact && !rate)
      return unpriced(`the ${sku.tier} DTU tier has no list price in the engine's sources`, "azure", region);
    const p = exact ?? rate!;
    used.push(p);
    lines.push({
      item: `${sku.name} (${sku.dtus} DTUs)`,
      hourlyUsd: exact ? hourlyOf(exact) : hourlyOf(p, sku.dtus),
    });
    const extra = DTU_EXTRA_STORAGE[sku.tier];
    if (extra)
      usage.push(usageAt(ctx, extra, "extraDataStorageGb", "GB beyond the objective's included storage"));
  } else if (sku.serverless) {
    if (sku.edition !== "GP" || sku.family !== "GEN5")
      return unpriced(
        `serverless ${sku.edition}_${sku.family} has no list price in the engine's sources`,
        "azure",
        region,
      );
    usage.push(usageAt(ctx, SERVERLESS, "vcoreHours", "vCore-hours used per month"));
    if (props.zoneRedundant === true)
      usage.push(usageAt(ctx, SERVERLESS_ZONE, "vcoreHours", "vCore-hours used (zone redundancy)"));
    storage(props, ctx, props.zoneRedundant === true ? STORAGE.GP_ZONE : STORAGE.GP, lines, usage);
  } else {
    const key = `${sku.edition}_${sku.family}`;
    const rate = VCORE_RATE[key];
    if (!rate)
      return unpriced(
        `vCore SKU ${key}_${sku.vcores} has no list price in the engine's sources; priced: ${Object.keys(VCORE_RATE).join(", ")}`,
        "azure",
        region,
      );
    used.push(rate);
    lines.push({ item: `${key} ${sku.vcores} vCores`, hourlyUsd: hourlyOf(rate, sku.vcores) });
    if (str(props.licenseType) !== "BasePrice") {
      used.push(LICENSE[sku.edition]);
      lines.push({
        item: `SQL license ${sku.vcores} vCores`,
        hourlyUsd: hourlyOf(LICENSE[sku.edition], sku.vcores),
      });
    }
    const replicas =
      sku.edition === "HS"
        ? typeof props.highAvailabilityReplicaCount === "number"
          ? props.highAvailabilityReplicaCount
          : 0
        : 0;
    if (replicas > 0)
      lines.push({
        item: `${replicas} high-availability replica(s)`,
        hourlyUsd: hourlyOf(rate, sku.vcores * replicas),
      });
    const zoned = props.zoneRedundant === true && sku.edition === "GP";
    if (zoned) {
      used.push(GP_ZONE_REDUNDANCY);
      lines.push({ item: "zone redundancy", hourlyUsd: hourlyOf(GP_ZONE_REDUNDANCY, sku.vcores) });
    }
    storage(
      props,
      ctx,
      sku.edition === "GP" ? (zoned ? STORAGE.GP_ZONE : STORAGE.GP) : STORAGE[sku.edition],
      lines,
      usage,
    );
  }
  return priced(
    "azure",
    region,
    lines,
    [assumption, ...backup.notes, ...priceNotes(region, ...used)],
    withUsage(usage),
  );
}

/** An elastic pool: eDTUs or vCores (with license and zone redundancy) and its storage. */
function elasticPool(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = locate(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const sku = readSqlSku(props);
  if (typeof sku === "string") return unpriced(sku, "azure", region);
  const lines: PriceLine[] = [];
  const used: ListPrice[] = [];
  const usage: UsageCharge[] = [];
  if (sku.kind === "dtu") {
    const rate = POOL_EDTU[sku.tier];
    used.push(rate);
    lines.push({ item: `${sku.tier} pool ${sku.dtus} eDTUs`, hourlyUsd: hourlyOf(rate, sku.dtus) });
    const extra = POOL_EXTRA_STORAGE[sku.tier];
    if (extra) usage.push(usageAt(ctx, extra, "extraDataStorageGb", "GB beyond the pool's included storage"));
  } else {
    const key = `${sku.edition}_${sku.family}`;
    const rate = POOL_VCORE[key];
    const license = POOL_LICENSE[sku.edition];
    if (!rate || !license || sku.serverless)
      return unpriced(
        `elastic pool SKU ${key} has no list price in the engine's sources; priced: ${Object.keys(POOL_VCORE).join(", ")}`,
        "azure",
        region,
      );
    used.push(rate);
    lines.push({ item: `${key} pool ${sku.vcores} vCores`, hourlyUsd: hourlyOf(rate, sku.vcores) });
    if (str(props.licenseType) !== "BasePrice") {
      used.push(license);
      lines.push({ item: `SQL license ${sku.vcores} vCores`, hourlyUsd: hourlyOf(license, sku.vcores) });
    }
    const zoned = props.zoneRedundant === true && sku.edition === "GP";
    if (zoned) {
      used.push(POOL_GP_ZONE);
      lines.push({ item: "zone redundancy", hourlyUsd: hourlyOf(POOL_GP_ZONE, sku.vcores) });
    }
    const st = sku.edition === "GP" ? (zoned ? POOL_STORAGE.GP_ZONE : POOL_STORAGE.GP) : POOL_STORAGE.BC;
    storage(props, ctx, st, lines, usage);
  }
  return priced("azure", region, lines, [assumption, ...priceNotes(region, ...used)], withUsage(usage));
}

export const pricers: PricerModule["pricers"] = {
  "azure-native:sql:Database": sqlDatabase,
  "azure-native:sql:ElasticPool": elasticPool,
};
