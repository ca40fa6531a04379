import { missing, Props, priced, resolveReference, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, isUnpriced, placeAws, priceNotes, ROUNDED, usageAt } from "./golden";

const I = "neptune_cluster_instance_test";
/** The Neptune goldens' provider region is eu-west-2: their figures are cited for that region. */
const at = (
  test: "neptune_cluster_instance_test" | "neptune_cluster_test",
  usd: number,
  unit: string,
  note?: string,
) => goldenPrice(test, usd, unit, note, "eu-west-2");
/** Instance-hours by class, standard and I/O-Optimized storage. */
const INSTANCE_HOUR: Readonly<Record<string, ListPrice>> = {
  "db.t3.medium": at(I, 0.112, "hour"),
  "db.r4.large": at(I, 0.408, "hour"),
  "iopt1/db.t3.medium": at(I, 0.151, "hour"),
};
const CPU_CREDITS = at(I, 0.15, "vCPU-hour", ROUNDED);
const STORAGE_GB = at("neptune_cluster_test", 0.116, "GB-month", "$11.60 for 100 GB");
const IO_REQUESTS = at("neptune_cluster_test", 0.232, "1M requests", "$2.32 for 10M");
const BACKUP_GB = at("neptune_cluster_test", 0.022, "GB-month");

/** A Neptune cluster: storage, I/O (not on I/O-Optimized storage) and backup storage (usage). */
function cluster(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const ioOptimized = str(props.storageType) === "iopt1";
  return priced(
    "aws",
    region,
    [],
    [
      place.assumption,
      ioOptimized
        ? "I/O-Optimized: I/O requests are not billed; its storage rate is not in the data, the standard rate is listed"
        : "",
      ...priceNotes(region, ioOptimized ? [STORAGE_GB, BACKUP_GB] : [STORAGE_GB, IO_REQUESTS, BACKUP_GB]),
    ],
    {
      usage: [
        usageAt(ctx, STORAGE_GB, "storageGb", "GB stored"),
        ...(ioOptimized
          ? []
          : [usageAt(ctx, IO_REQUESTS, "monthlyIoRequests", "I/O requests per month", 1e6)]),
        usageAt(ctx, BACKUP_GB, "backupStorageGb", "GB of backups beyond the cluster's size"),
      ],
    },
  );
}

/** A Neptune instance: instance-hours of its class (I/O-Optimized rate on such a cluster); burst CPU credits (usage). */
function clusterInstance(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const cls = str(props.instanceClass);
  if (!cls) return unpriced(missing("instanceClass", props.instanceClass), "aws", region);
  const parent = resolveReference(props, "clusterIdentifier", ctx);
  const ioOptimized = str(parent?.props.storageType) === "iopt1";
  const price = INSTANCE_HOUR[ioOptimized ? `iopt1/${cls}` : cls];
  if (!price)
    return unpriced(
      `no Neptune price for instance class ${cls}${ioOptimized ? " on I/O-Optimized storage" : ""} in the data; priced: ${Object.keys(INSTANCE_HOUR).join(", ")}`,
      "aws",
      region,
    );
  const burstable = cls.startsWith("db.t");
  return priced(
    "aws",
    region,
    [{ item: `Neptune ${cls}${ioOptimized ? " (I/O-Optimized)" : ""}`, hourlyUsd: price.usd }],
    [
      place.assumption,
      parent ? "" : "cluster not resolved: standard storage assumed",
      ...priceNotes(region, burstable ? [price, CPU_CREDITS] : [price]),
    ],
    burstable
      ? { usage: [usageAt(ctx, CPU_CREDITS, "cpuCreditVcpuHours", "vCPU-hours of burst above the baseline")] }
      : {},
  );
}

export const pricers: PricerModule["pricers"] = {
  "aws:neptune/cluster:Cluster": cluster,
  "aws:neptune/clusterInstance:ClusterInstance": clusterInstance,
};
