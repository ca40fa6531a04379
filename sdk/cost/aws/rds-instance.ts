import { missing, num, Props, priced, resolveReference, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, PriceLine, ResourcePrice, UsageCharge } from "../types";
import { goldenPrice, isUnpriced, monthlyToHourly, placeAws, priceNotes, usageAt } from "./golden";

const G = "db_instance_test";
const hour = (usd: number) => goldenPrice(G, usd, "hour");
const SMALL_MYSQL = "hclmulti_project_infra";

/**
 * On-demand instance-hour prices by `engine/class/deployment` (us-east-1). RDS prices differ per
 * engine (licence included for SQL Server and Oracle SE), so only the rows the goldens print are
 * here; any other engine/class is unpriced rather than guessed.
 */
const INSTANCE_HOUR: Readonly<Record<string, ListPrice>> = {
  "mysql/db.t3.micro/single": goldenPrice(SMALL_MYSQL, 0.017, "hour"),
  "mysql/db.t3.small/single": goldenPrice(SMALL_MYSQL, 0.034, "hour"),
  "mysql/db.t3.small/multi": goldenPrice(SMALL_MYSQL, 0.068, "hour"),
  "mysql/db.t3.large/single": hour(0.136),
  "mysql/db.t3.large/multi": hour(0.272),
  "mysql/db.t4g.small/single": hour(0.032),
  "mysql/db.t4g.small/multi": hour(0.065),
  "mysql/db.m5.large/single": hour(0.171),
  "mariadb/db.t3.large/single": hour(0.136),
  "postgres/db.t3.large/single": hour(0.145),
  "aurora/db.t3.small/single": hour(0.041),
  "aurora-mysql/db.t3.small/single": hour(0.041),
  "aurora-postgresql/db.t3.large/single": hour(0.164),
  "oracle-se/db.t3.large/single": hour(0.136),
  "oracle-se1/db.t3.large/single": hour(0.28),
  "oracle-se1+byol/db.t3.large/single": hour(0.136),
  "oracle-se2/db.t3.large/single": hour(0.3),
  "oracle-se2-cdb/db.t3.large/single": hour(0.3),
  "oracle-ee/db.t3.large/single": hour(0.136),
  "oracle-ee-cdb/db.t3.large/single": hour(0.136),
  "sqlserver-ex/db.t3.large/single": hour(0.162),
  "sqlserver-web/db.t3.large/single": hour(0.232),
  "sqlserver-se/db.m5.xlarge/single": hour(1.224),
  "sqlserver-ee/db.m5.xlarge/single": hour(2.336),
};

/** Engines whose Multi-AZ deployment is billed as exactly two instances (the goldens show 2× for MySQL). */
const TWICE_FOR_MULTI_AZ = new Set(["mysql", "mariadb", "postgres"]);

const GB = (usd: number) => goldenPrice(G, usd, "GB-month");
/** Single-AZ storage prices; Multi-AZ storage and IOPS are billed twice (the goldens print 2× for gp2 and gp3). */
const STORAGE_GB: Readonly<Record<string, ListPrice>> = {
  gp2: GB(0.115),
  gp3: GB(0.115),
  io1: GB(0.125),
  standard: GB(0.1),
};
const IO1_IOPS = goldenPrice(G, 0.1, "IOPS-month");
const GP3_IOPS_ABOVE_BASELINE = goldenPrice(G, 0.02, "IOPS-month");
const MAGNETIC_IO = goldenPrice(G, 0.1, "1M requests");
const BACKUP_GB = GB(0.095);
const AURORA_BACKUP_GB = GB(0.021);

/** RDS floors for io1 volumes (the goldens bill 50 GB as 100 GB and 500 IOPS as 1,000). */
const IO1_MIN_GB = 100;
const IO1_MIN_IOPS = 1000;
/** gp3 includes 3,000 IOPS below 400 GB and 12,000 from 400 GB (MySQL, MariaDB, PostgreSQL). */
const gp3BaselineIops = (gb: number) => (gb < 400 ? 3000 : 12000);
const DEFAULT_GB = 20;

/** Oracle editions RDS bills with or without a licence; `+byol` picks the bring-your-own-licence row. */
function engineKey(engine: string, licenseModel: string | undefined): string {
  return engine.startsWith("oracle-se1") && licenseModel === "bring-your-own-license"
    ? `${engine}+byol`
    : engine;
}

/** The engine of an instance, or of the instance it replicates. */
function engineOf(props: Props, ctx: PriceContext): { engine?: string; note: string } {
  const own = str(props.engine);
  if (own) return { engine: own, note: "" };
  const source = resolveReference(props, "replicateSourceDb", ctx);
  const engine = source ? str(source.props.engine) : undefined;
  return { engine, note: engine ? `read replica: engine ${engine} from its source instance` : "" };
}

/** The engine/class pairs the table prices, grouped by engine: `mysql: db.t3.large, db.t3.micro; …`. */
function pricedClasses(): string {
  const byEngine = new Map<string, Set<string>>();
  for (const key of Object.keys(INSTANCE_HOUR)) {
    const [engine, cls] = key.split("/");
    const name = engine.replace("+byol", " (bring-your-own-license)");
    byEngine.set(name, (byEngine.get(name) ?? new Set()).add(cls));
  }
  return [...byEngine].map(([e, classes]) => `${e}: ${[...classes].sort().join(", ")}`).join("; ");
}

/** An RDS DB instance: instance hours of its engine and class, storage, provisioned IOPS; backups and I/O as usage. */
function dbInstance(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const cls = str(props.instanceClass);
  if (!cls) return unpriced(missing("instanceClass", props.instanceClass), "aws", region);
  const { engine, note: engineNote } = engineOf(props, ctx);
  if (!engine)
    return unpriced(
      props.replicateSourceDb !== undefined
        ? "engine is not set and the replica's source instance could not be resolved"
        : missing("engine", props.engine),
      "aws",
      region,
    );
  const multiAz = props.multiAz === true;
  const key = engineKey(engine, str(props.licenseModel));
  const assumptions = [place.assumption, engineNote];
  let instance: ListPrice | undefined = INSTANCE_HOUR[`${key}/${cls}/${multiAz ? "multi" : "single"}`];
  let instanceHourly: number | undefined = instance?.usd;
  if (!instance && multiAz && TWICE_FOR_MULTI_AZ.has(engine)) {
    instance = INSTANCE_HOUR[`${key}/${cls}/single`];
    instanceHourly = instance ? instance.usd * 2 : undefined;
    if (instance) assumptions.push("Multi-AZ billed as two instances (primary and standby)");
  }
  if (!instance || instanceHourly === undefined)
    return unpriced(
      `no RDS price for instance class ${cls} with engine ${engine}${multiAz ? " (Multi-AZ)" : ""} in the data; priced: ${pricedClasses()}`,
      "aws",
      region,
    );

  const storageType = str(props.storageType) ?? (num(props.iops) !== undefined ? "io1" : "gp2");
  const storagePrice = STORAGE_GB[storageType];
  if (!storagePrice)
    return unpriced(
      `no RDS price for storageType ${storageType} in the data; priced: ${Object.keys(STORAGE_GB).join(", ")}`,
      "aws",
      region,
    );
  const azCopies = multiAz ? 2 : 1;
  let gb = num(props.allocatedStorage);
  if (gb === undefined) {
    gb = DEFAULT_GB;
    assumptions.push(`allocatedStorage not set: ${DEFAULT_GB} GB assumed`);
  }
  const used: ListPrice[] = [instance, storagePrice];
  const deployment = multiAz ? "Multi-AZ" : "Single-AZ";
  const lines: PriceLine[] = [{ item: `RDS ${engine} ${cls} (${deployment})`, hourlyUsd: instanceHourly }];
  if (storageType === "io1" && gb < IO1_MIN_GB) {
    assumptions.push(`io1 storage is billed at its ${IO1_MIN_GB} GB minimum`);
    gb = IO1_MIN_GB;
  }
  lines.push({
    item: `${storageType} storage ${gb} GB${multiAz ? " × 2 (Multi-AZ)" : ""}`,
    hourlyUsd: monthlyToHourly(storagePrice, gb * azCopies),
  });
  const iops = num(props.iops);
  if (storageType === "io1") {
    const billed = Math.max(iops ?? 0, IO1_MIN_IOPS);
    if (billed !== iops) assumptions.push(`io1 IOPS billed at the ${IO1_MIN_IOPS} IOPS minimum`);
    lines.push({
      item: `provisioned IOPS ${billed}${multiAz ? " × 2 (Multi-AZ)" : ""}`,
      hourlyUsd: monthlyToHourly(IO1_IOPS, billed * azCopies),
    });
    used.push(IO1_IOPS);
  }
  if (storageType === "gp3" && iops !== undefined && iops > gp3BaselineIops(gb)) {
    const above = iops - gp3BaselineIops(gb);
    lines.push({
      item: `gp3 IOPS above ${gp3BaselineIops(gb)}: ${above}${multiAz ? " × 2 (Multi-AZ)" : ""}`,
      hourlyUsd: monthlyToHourly(GP3_IOPS_ABOVE_BASELINE, above * azCopies),
    });
    used.push(GP3_IOPS_ABOVE_BASELINE);
  }
  if (storageType === "gp3" && num(props.storageThroughput) !== undefined)
    assumptions.push("gp3 throughput above the baseline is not priced (no figure in the data)");

  const usage: UsageCharge[] = [
    usageAt(
      ctx,
      engine.startsWith("aurora") ? AURORA_BACKUP_GB : BACKUP_GB,
      "additionalBackupStorageGb",
      "GB of backups beyond the free allowance",
    ),
  ];
  if (storageType === "standard")
    usage.push(usageAt(ctx, MAGNETIC_IO, "monthlyIoRequests", "I/O requests per month", 1e6));
  if (props.performanceInsightsEnabled === true && (num(props.performanceInsightsRetentionPeriod) ?? 7) > 7)
    assumptions.push("Performance Insights long-term retention is not priced");
  return priced("aws", region, lines, [...assumptions, ...priceNotes(region, used)], { usage });
}

export const pricers: PricerModule["pricers"] = { "aws:rds/instance:Instance": dbInstance };
