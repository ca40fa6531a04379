import { missing, Props, priced, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, isUnpriced, placeAws, priceNotes, usageAt } from "./golden";

const I = "docdb_cluster_instance_test";
/** On-demand DocumentDB instance-hours by class (us-east-1). */
const INSTANCE_HOUR: Readonly<Record<string, ListPrice>> = {
  "db.t3.medium": goldenPrice(I, 0.078, "hour"),
  "db.r5.4xlarge": goldenPrice(I, 2.216, "hour"),
};
const CPU_CREDITS = goldenPrice(I, 0.09, "vCPU-hour");
/** Storage and I/O are the cluster's (the golden shows them on each instance; AWS bills them once per cluster). */
const STORAGE_GB = goldenPrice(I, 0.1, "GB-month");
const IO_REQUESTS = goldenPrice(I, 0.2, "1M requests");
const BACKUP_GB = goldenPrice("docdb_cluster_test", 0.021, "GB-month");

/** A DocumentDB cluster: storage, I/O and backup storage beyond the free allowance (usage). */
function cluster(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  return priced(
    "aws",
    region,
    [],
    [
      place.assumption,
      "instances are priced as docdb cluster instances",
      ...priceNotes(region, [STORAGE_GB, IO_REQUESTS, BACKUP_GB]),
    ],
    {
      usage: [
        usageAt(ctx, STORAGE_GB, "storageGb", "GB stored"),
        usageAt(ctx, IO_REQUESTS, "monthlyIoRequests", "I/O requests per month", 1e6),
        usageAt(ctx, BACKUP_GB, "backupStorageGb", "GB of backups beyond the cluster's size"),
      ],
    },
  );
}

/** A DocumentDB instance: instance-hours of its class; CPU credits of burstable classes (usage). */
function clusterInstance(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const cls = str(props.instanceClass);
  if (!cls) return unpriced(missing("instanceClass", props.instanceClass), "aws", region);
  const price = INSTANCE_HOUR[cls];
  if (!price)
    return unpriced(
      `no DocumentDB price for instance class ${cls} in the data; priced: ${Object.keys(INSTANCE_HOUR).join(", ")}`,
      "aws",
      region,
    );
  const burstable = cls.startsWith("db.t");
  return priced(
    "aws",
    region,
    [{ item: `DocumentDB ${cls}`, hourlyUsd: price.usd }],
    [place.assumption, ...priceNotes(region, burstable ? [price, CPU_CREDITS] : [price])],
    burstable
      ? { usage: [usageAt(ctx, CPU_CREDITS, "cpuCreditVcpuHours", "vCPU-hours of burst above the baseline")] }
      : {},
  );
}

export const pricers: PricerModule["pricers"] = {
  "aws:docdb/cluster:Cluster": cluster,
  "aws:docdb/clusterInstance:ClusterInstance": clusterInstance,
};
