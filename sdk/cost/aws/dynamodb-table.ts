import { dig, num, Props, priced, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, PriceLine, ResourcePrice, UsageCharge } from "../types";
import { goldenPrice, isUnpriced, placeAws, priceNotes, ROUNDED, usageAt } from "./golden";

const G = "dynamodb_table_test";
/** The golden's provider region is us-east-2: its figures are cited for that region. */
const at = (usd: number, unit: string, note?: string) => goldenPrice(G, usd, unit, note, "us-east-2");
const WCU_HOUR = at(0.00065, "WCU-hour", "$9.49 for 20 WCU-months");
const RCU_HOUR = at(0.00013, "RCU-hour", "$2.85 for 30 RCU-months");
const REPLICATED_WCU_HOUR = at(0.00065, "rWCU-hour", "$0.4745 per rWCU-month");
const WRITE_REQUESTS = at(0.625, "1M write request units", "$1.88 for 3M WRUs");
const READ_REQUESTS = at(0.125, "1M read request units", "$1.00 for 8M RRUs");
const STORAGE_GB = at(0.25, "GB-month", ROUNDED);
const PITR_GB = at(0.2, "GB-month", ROUNDED);
const BACKUP_GB = at(0.1, "GB-month", ROUNDED);
const RESTORE_GB = at(0.15, "GB", ROUNDED);
const STREAM_READS = at(0.2, "1M stream read request units", "$0.0000002 per sRRU");

/**
 * A DynamoDB table: provisioned WCU and RCU per hour (table and global secondary indexes, and
 * replicated WCUs per replica), or on-demand request units as usage; storage, backups, restores
 * and stream reads as usage.
 */
function table(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  if (str(props.tableClass) === "STANDARD_INFREQUENT_ACCESS")
    return unpriced(
      "tableClass STANDARD_INFREQUENT_ACCESS has no price in the data (only STANDARD)",
      "aws",
      region,
    );
  const onDemand = str(props.billingMode) === "PAY_PER_REQUEST";
  const assumptions = [place.assumption];
  const lines: PriceLine[] = [];
  const usage: UsageCharge[] = [];
  const used = [STORAGE_GB, BACKUP_GB, RESTORE_GB];
  const replicas = Array.isArray(props.replicas) ? props.replicas.length : 0;
  if (onDemand) {
    usage.push(
      usageAt(ctx, WRITE_REQUESTS, "monthlyWriteRequestUnits", "write request units per month", 1e6),
      usageAt(ctx, READ_REQUESTS, "monthlyReadRequestUnits", "read request units per month", 1e6),
    );
    used.push(WRITE_REQUESTS, READ_REQUESTS);
    if (replicas) assumptions.push("replicated write request units of replicas are not priced");
  } else {
    const indexes = (props.globalSecondaryIndexes as Props[] | undefined) ?? [];
    const wcu =
      (num(props.writeCapacity) ?? 0) + indexes.reduce((s, i) => s + (num(i.writeCapacity) ?? 0), 0);
    const rcu = (num(props.readCapacity) ?? 0) + indexes.reduce((s, i) => s + (num(i.readCapacity) ?? 0), 0);
    if (num(props.writeCapacity) === undefined || num(props.readCapacity) === undefined)
      assumptions.push("writeCapacity or readCapacity not set: 0 counted");
    if (indexes.length) assumptions.push(`capacity includes ${indexes.length} global secondary index(es)`);
    lines.push(
      { item: `${wcu} WCU`, hourlyUsd: WCU_HOUR.usd * wcu },
      { item: `${rcu} RCU`, hourlyUsd: RCU_HOUR.usd * rcu },
    );
    used.push(WCU_HOUR, RCU_HOUR);
    if (replicas) {
      lines.push({
        item: `${wcu} replicated WCU × ${replicas} replica(s)`,
        hourlyUsd: REPLICATED_WCU_HOUR.usd * wcu * replicas,
      });
      used.push(REPLICATED_WCU_HOUR);
      assumptions.push("replicas' own storage and read capacity are not priced");
    }
    assumptions.push("capacity auto scaling not modelled: the provisioned figures are priced");
  }
  usage.push(usageAt(ctx, STORAGE_GB, "storageGb", "GB stored"));
  if (dig(props, "pointInTimeRecovery.enabled") === true) {
    usage.push(usageAt(ctx, PITR_GB, "pitrBackupStorageGb", "GB of continuous backups"));
    used.push(PITR_GB);
  }
  usage.push(
    usageAt(ctx, BACKUP_GB, "onDemandBackupStorageGb", "GB of on-demand backups"),
    usageAt(ctx, RESTORE_GB, "monthlyDataRestoredGb", "GB restored per month"),
  );
  if (props.streamEnabled === true) {
    usage.push(
      usageAt(ctx, STREAM_READS, "monthlyStreamReadRequestUnits", "stream read request units per month", 1e6),
    );
    used.push(STREAM_READS);
  }
  return priced("aws", region, lines, [...assumptions, ...priceNotes(region, used)], { usage });
}

export const pricers: PricerModule["pricers"] = { "aws:dynamodb/table:Table": table };
