import { missing, num, Props, priced, resolveReference, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice, UsageCharge } from "../types";
import { goldenPrice, isUnpriced, placeAws, priceNotes, ROUNDED, usageAt } from "./golden";

const C = "rds_cluster_test";
const I = "rds_cluster_instance_test";

/** Aurora storage is billed per GB-month of data the cluster holds: usage, not an input. */
const STORAGE_GB = goldenPrice(C, 0.1, "GB-month", ROUNDED);
/** I/O-Optimized storage (storageType aurora-iopt1): dearer storage, no I/O charge. */
const IO_OPTIMIZED_STORAGE_GB = goldenPrice(C, 0.23, "GB-month", ROUNDED);
const IO_REQUESTS = goldenPrice(C, 0.2, "1M requests", ROUNDED);
const BACKUP_GB = goldenPrice(C, 0.021, "GB-month");
const BACKTRACK = goldenPrice(C, 0.012, "1M change-records");
const SNAPSHOT_EXPORT_GB = goldenPrice(C, 0.01, "GB");
/** Aurora Serverless v1 (engineMode serverless) capacity. */
const SERVERLESS_V1_ACU = goldenPrice(C, 0.06, "ACU-hour");
/** Aurora Serverless v2 (instance class db.serverless) capacity, standard and I/O-Optimized storage. */
const SERVERLESS_V2_ACU = goldenPrice(I, 0.12, "ACU-hour", ROUNDED);
const SERVERLESS_V2_IO_OPTIMIZED_ACU = goldenPrice(I, 0.16, "ACU-hour", ROUNDED);
const CPU_CREDITS = goldenPrice(I, 0.09, "vCPU-hour");

/** Provisioned Aurora instance-hours (standard storage) by `engine/class`, us-east-1. */
const INSTANCE_HOUR: Readonly<Record<string, ListPrice>> = {
  "aurora-mysql/db.t3.small": goldenPrice("db_instance_test", 0.041, "hour"),
  "aurora-mysql/db.t3.medium": goldenPrice(I, 0.082, "hour"),
  "aurora-mysql/db.t3.large": goldenPrice(I, 0.164, "hour"),
  "aurora-mysql/db.r4.large": goldenPrice(I, 0.29, "hour"),
  "aurora-mysql/db.r4.8xlarge": goldenPrice(I, 4.64, "hour"),
  "aurora-postgresql/db.t3.large": goldenPrice(I, 0.164, "hour"),
};

const isIoOptimized = (storageType: unknown) => storageType === "aurora-iopt1";

/**
 * An Aurora cluster: what the cluster itself bills — storage, I/O, backups, backtrack, snapshot
 * export and Serverless v1 capacity — all usage. Its provisioned instances are
 * `aws:rds/clusterInstance:ClusterInstance` resources, priced on their own.
 */
function cluster(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const engine = str(props.engine);
  if (!engine) return unpriced(missing("engine", props.engine), "aws", region);
  if (!engine.startsWith("aurora"))
    return unpriced(
      `Multi-AZ DB clusters of engine ${engine} have no price in the data (only Aurora clusters are priced)`,
      "aws",
      region,
    );
  const ioOptimized = isIoOptimized(props.storageType);
  const storage = ioOptimized ? IO_OPTIMIZED_STORAGE_GB : STORAGE_GB;
  const usage: UsageCharge[] = [];
  const used: ListPrice[] = [storage, BACKUP_GB, SNAPSHOT_EXPORT_GB];
  const assumptions = [place.assumption];
  if (props.engineMode === "serverless") {
    usage.push(usageAt(ctx, SERVERLESS_V1_ACU, "monthlyAcuHours", "ACU-hours per month"));
    used.push(SERVERLESS_V1_ACU);
  }
  usage.push(usageAt(ctx, storage, "storageGb", "GB stored"));
  if (ioOptimized) assumptions.push("I/O-Optimized storage: I/O requests are not billed");
  else {
    usage.push(usageAt(ctx, IO_REQUESTS, "monthlyIoRequests", "I/O requests per month", 1e6));
    used.push(IO_REQUESTS);
  }
  usage.push(usageAt(ctx, BACKUP_GB, "backupStorageGb", "GB of backups beyond the cluster's size"));
  if ((num(props.backtrackWindow) ?? 0) > 0) {
    usage.push(usageAt(ctx, BACKTRACK, "monthlyBacktrackChangeRecords", "change records per month", 1e6));
    used.push(BACKTRACK);
  }
  usage.push(usageAt(ctx, SNAPSHOT_EXPORT_GB, "monthlySnapshotExportGb", "GB exported per month"));
  return priced("aws", region, [], [...assumptions, ...priceNotes(region, used)], { usage });
}

/** The cluster an instance belongs to, when the plan can resolve it. */
function clusterOf(props: Props, ctx: PriceContext) {
  return resolveReference(props, "clusterIdentifier", ctx);
}

/**
 * An Aurora cluster instance: instance-hours of its class and engine, or Serverless v2 ACU-hours
 * (class db.serverless) as usage; CPU credits of burstable classes as usage.
 */
function clusterInstance(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const cls = str(props.instanceClass);
  if (!cls) return unpriced(missing("instanceClass", props.instanceClass), "aws", region);
  const parent = clusterOf(props, ctx);
  const engine = str(props.engine) ?? str(parent?.props.engine);
  if (!engine) return unpriced(missing("engine", props.engine), "aws", region);
  const ioOptimized = isIoOptimized(parent?.props.storageType);
  const assumptions = [place.assumption];
  if (!parent) assumptions.push("cluster not resolved: standard (not I/O-Optimized) storage assumed");
  if (cls === "db.serverless") {
    const acu = ioOptimized ? SERVERLESS_V2_IO_OPTIMIZED_ACU : SERVERLESS_V2_ACU;
    return priced("aws", region, [], [...assumptions, ...priceNotes(region, [acu])], {
      usage: [usageAt(ctx, acu, "monthlyAcuHours", "ACU-hours per month")],
    });
  }
  if (ioOptimized)
    return unpriced(
      `instance class ${cls} on I/O-Optimized storage has no price in the data (its instance prices differ)`,
      "aws",
      region,
    );
  const price = INSTANCE_HOUR[`${engine}/${cls}`];
  if (!price)
    return unpriced(
      `no Aurora price for instance class ${cls} with engine ${engine} in the data; priced: ${Object.keys(INSTANCE_HOUR).join(", ")}`,
      "aws",
      region,
    );
  const usage = cls.startsWith("db.t")
    ? [usageAt(ctx, CPU_CREDITS, "cpuCreditVcpuHours", "vCPU-hours of burst above the baseline")]
    : [];
  return priced(
    "aws",
    region,
    [{ item: `Aurora ${engine} ${cls}`, hourlyUsd: price.usd }],
    [...assumptions, ...priceNotes(region, usage.length ? [price, CPU_CREDITS] : [price])],
    usage.length ? { usage } : {},
  );
}

export const pricers: PricerModule["pricers"] = {
  "aws:rds/cluster:Cluster": cluster,
  "aws:rds/clusterInstance:ClusterInstance": clusterInstance,
};
