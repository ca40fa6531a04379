import { missing, num, Props, priced, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice, UsageCharge } from "../types";
import { goldenPrice, isUnpriced, placeAws, priceNotes, ROUNDED, tieredUsage, usageAt } from "./golden";

const G = "redshift_cluster_test";
/** Node-hours and concurrency-scaling node-seconds by node type (us-east-1). */
const NODE: Readonly<Record<string, { hour: ListPrice; scaling: ListPrice }>> = {
  "dc2.large": { hour: goldenPrice(G, 0.25, "node-hour"), scaling: goldenPrice(G, 0.00007, "node-second") },
  "ds2.8xlarge": {
    hour: goldenPrice(G, 6.8, "node-hour"),
    scaling: goldenPrice(G, 0.00189, "node-second", "$8.17 for 4,321 node-seconds"),
  },
  "ra3.4xlarge": { hour: goldenPrice(G, 3.26, "node-hour"), scaling: goldenPrice(G, 0.0009, "node-second") },
  "ra3.16xlarge": {
    hour: goldenPrice(G, 13.04, "node-hour"),
    scaling: goldenPrice(G, 0.00362, "node-second"),
  },
};
const MANAGED_STORAGE_GB = goldenPrice(G, 0.024, "GB-month");
const SPECTRUM_TB = goldenPrice(G, 5, "TB scanned", ROUNDED);
const BACKUP_TIERS = [
  { upTo: 50 * 1024, label: "first 50 TB", price: goldenPrice(G, 0.023, "GB-month") },
  { upTo: 500 * 1024, label: "next 450 TB", price: goldenPrice(G, 0.022, "GB-month") },
  { label: "over 500 TB", price: goldenPrice(G, 0.021, "GB-month") },
];

/**
 * A Redshift provisioned cluster: node-hours of its type; RA3 managed storage, concurrency
 * scaling, Spectrum scans and backup storage (tiered) as usage.
 */
function cluster(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const type = str(props.nodeType);
  if (!type) return unpriced(missing("nodeType", props.nodeType), "aws", region);
  const node = NODE[type];
  if (!node)
    return unpriced(
      `no Redshift price for node type ${type} in the data; priced: ${Object.keys(NODE).join(", ")}`,
      "aws",
      region,
    );
  const nodes = str(props.clusterType) === "single-node" ? 1 : (num(props.numberOfNodes) ?? 1);
  const backups = tieredUsage(
    ctx,
    "backupStorageGb",
    "GB of backups beyond the free allowance",
    1,
    BACKUP_TIERS,
  );
  const usage: UsageCharge[] = [];
  const used: ListPrice[] = [node.hour, node.scaling, SPECTRUM_TB, ...BACKUP_TIERS.map((t) => t.price)];
  if (type.startsWith("ra3")) {
    usage.push(usageAt(ctx, MANAGED_STORAGE_GB, "managedStorageGb", "GB in RA3 managed storage"));
    used.push(MANAGED_STORAGE_GB);
  }
  usage.push(
    usageAt(
      ctx,
      node.scaling,
      "concurrencyScalingNodeSeconds",
      "node-seconds of concurrency scaling beyond the free credits",
    ),
    usageAt(ctx, SPECTRUM_TB, "monthlySpectrumScannedTb", "TB scanned by Spectrum per month"),
    ...backups.charges,
  );
  return priced(
    "aws",
    region,
    [{ item: `${type} × ${nodes} node(s)`, hourlyUsd: node.hour.usd * nodes }],
    [place.assumption, backups.note, ...priceNotes(region, used)],
    { usage },
  );
}

export const pricers: PricerModule["pricers"] = { "aws:redshift/cluster:Cluster": cluster };
