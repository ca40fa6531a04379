import { dig, missing, num, Props, priced, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, PriceLine, ResourcePrice } from "../types";
import { goldenPrice, isUnpriced, monthlyToHourly, placeAws, priceNotes } from "./golden";

const G = "opensearch_domain_test";
/** Instance-hours by instance type without its `.search` / `.elasticsearch` suffix (us-east-1). */
const INSTANCE_HOUR: Readonly<Record<string, ListPrice>> = {
  "c4.2xlarge": goldenPrice(G, 0.587, "instance-hour"),
  "c4.8xlarge": goldenPrice(G, 2.347, "instance-hour"),
  "ultrawarm1.medium": goldenPrice(G, 0.238, "instance-hour"),
};
const STORAGE_GB: Readonly<Record<string, ListPrice>> = {
  gp2: goldenPrice(G, 0.135, "GB-month"),
  gp3: goldenPrice("elasticsearch_domain_test", 0.122, "GB-month"),
  io1: goldenPrice(G, 0.169, "GB-month"),
  standard: goldenPrice(G, 0.067, "GB-month", "$8.24 for 123 GB"),
};
const IO1_IOPS = goldenPrice(G, 0.088, "IOPS-month");

const baseType = (type: string) => type.replace(/\.(search|elasticsearch)$/, "");

/**
 * An OpenSearch (or Elasticsearch) domain: data, dedicated master and UltraWarm instance-hours, and
 * each data node's EBS volume (and io1 IOPS).
 */
function domain(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const type = str(dig(props, "clusterConfig.instanceType"));
  if (!type)
    return unpriced(
      missing("clusterConfig.instanceType", dig(props, "clusterConfig.instanceType")),
      "aws",
      region,
    );
  const count = num(dig(props, "clusterConfig.instanceCount")) ?? 1;
  const groups: { role: string; type: string; count: number }[] = [{ role: "data", type, count }];
  if (dig(props, "clusterConfig.dedicatedMasterEnabled") === true)
    groups.push({
      role: "dedicated master",
      type: str(dig(props, "clusterConfig.dedicatedMasterType")) ?? type,
      count: num(dig(props, "clusterConfig.dedicatedMasterCount")) ?? 3,
    });
  if (dig(props, "clusterConfig.warmEnabled") === true)
    groups.push({
      role: "UltraWarm",
      type: str(dig(props, "clusterConfig.warmType")) ?? "ultrawarm1.medium",
      count: num(dig(props, "clusterConfig.warmCount")) ?? 2,
    });
  const lines: PriceLine[] = [];
  const used: ListPrice[] = [];
  for (const g of groups) {
    const price = INSTANCE_HOUR[baseType(g.type)];
    if (!price)
      return unpriced(
        `no OpenSearch price for ${g.role} instance type ${g.type} in the data; priced: ${Object.keys(INSTANCE_HOUR).join(", ")}`,
        "aws",
        region,
      );
    lines.push({ item: `${g.role} ${g.type} × ${g.count}`, hourlyUsd: price.usd * g.count });
    used.push(price);
  }
  const assumptions = [place.assumption, "EBS volumes are per data node"];
  if (dig(props, "ebsOptions.ebsEnabled") === true) {
    const volumeType = str(dig(props, "ebsOptions.volumeType")) ?? "gp2";
    const storage = STORAGE_GB[volumeType];
    const gb = num(dig(props, "ebsOptions.volumeSize"));
    if (!storage)
      return unpriced(`no OpenSearch price for volumeType ${volumeType} in the data`, "aws", region);
    if (gb === undefined)
      return unpriced(missing("ebsOptions.volumeSize", dig(props, "ebsOptions.volumeSize")), "aws", region);
    lines.push({
      item: `${volumeType} ${gb} GB × ${count}`,
      hourlyUsd: monthlyToHourly(storage, gb * count),
    });
    used.push(storage);
    const iops = num(dig(props, "ebsOptions.iops"));
    if (volumeType === "io1" && iops !== undefined) {
      lines.push({ item: `io1 ${iops} IOPS × ${count}`, hourlyUsd: monthlyToHourly(IO1_IOPS, iops * count) });
      used.push(IO1_IOPS);
    }
    if (volumeType === "gp3" && num(dig(props, "ebsOptions.throughput")) !== undefined)
      assumptions.push("gp3 throughput above the baseline is not priced");
  }
  return priced("aws", region, lines, [...assumptions, ...priceNotes(region, used)]);
}

export const pricers: PricerModule["pricers"] = {
  "aws:opensearch/domain:Domain": domain,
  "aws:elasticsearch/domain:Domain": domain,
};
