import { dig, missing, num, Props, priced, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, isUnpriced, monthlyToHourly, placeAws, priceNotes } from "./golden";

const G = "msk_cluster_test";
/** Broker-hours by instance type (us-east-1). */
const BROKER_HOUR: Readonly<Record<string, ListPrice>> = {
  "kafka.t3.small": goldenPrice(G, 0.0456, "broker-hour"),
  "kafka.m5.24xlarge": goldenPrice(G, 10.08, "broker-hour"),
};
const STORAGE_GB = goldenPrice(G, 0.1, "GB-month");

/** An MSK cluster: broker-hours of its instance type, and each broker's provisioned EBS storage. */
function cluster(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const type = str(dig(props, "brokerNodeGroupInfo.instanceType"));
  if (!type)
    return unpriced(
      missing("brokerNodeGroupInfo.instanceType", dig(props, "brokerNodeGroupInfo.instanceType")),
      "aws",
      region,
    );
  const brokers = num(props.numberOfBrokerNodes);
  if (brokers === undefined)
    return unpriced(missing("numberOfBrokerNodes", props.numberOfBrokerNodes), "aws", region);
  const price = BROKER_HOUR[type];
  if (!price)
    return unpriced(
      `no MSK price for broker type ${type} in the data; priced: ${Object.keys(BROKER_HOUR).join(", ")}`,
      "aws",
      region,
    );
  const gb = num(dig(props, "brokerNodeGroupInfo.storageInfo.ebsStorageInfo.volumeSize"));
  const storage =
    gb === undefined
      ? []
      : [
          {
            item: `broker storage ${gb} GB × ${brokers}`,
            hourlyUsd: monthlyToHourly(STORAGE_GB, gb * brokers),
          },
        ];
  return priced(
    "aws",
    region,
    [{ item: `${type} × ${brokers} broker(s)`, hourlyUsd: price.usd * brokers }, ...storage],
    [
      place.assumption,
      gb === undefined
        ? "volumeSize not set: broker storage not priced"
        : "storage auto scaling not modelled",
      ...priceNotes(region, gb === undefined ? [price] : [price, STORAGE_GB]),
    ],
  );
}

export const pricers: PricerModule["pricers"] = { "aws:msk/cluster:Cluster": cluster };
