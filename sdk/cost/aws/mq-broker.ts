import { missing, Props, priced, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, isUnpriced, placeAws, priceNotes, ROUNDED, usageAt } from "./golden";

const G = "mq_broker_test";
/**
 * Broker-hours by `engine/instance type/deployment mode` (us-east-1), the whole deployment: an
 * active/standby pair bills two brokers, a RabbitMQ cluster three.
 */
const BROKER_HOUR: Readonly<Record<string, ListPrice>> = {
  "activemq/mq.t2.micro/SINGLE_INSTANCE": goldenPrice(G, 0.03, "hour"),
  "activemq/mq.m5.large/ACTIVE_STANDBY_MULTI_AZ": goldenPrice(G, 0.576, "hour"),
  "rabbitmq/mq.m5.xlarge/SINGLE_INSTANCE": goldenPrice(G, 0.576, "hour"),
  "rabbitmq/mq.m5.xlarge/CLUSTER_MULTI_AZ": goldenPrice(G, 1.728, "hour"),
};
const EBS_GB = goldenPrice(G, 0.1, "GB-month", ROUNDED);
const EFS_GB = goldenPrice(G, 0.3, "GB-month", ROUNDED);

/** An Amazon MQ broker: broker-hours of its engine, type and deployment mode; message storage (usage). */
function broker(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const engine = str(props.engineType)?.toLowerCase();
  if (!engine) return unpriced(missing("engineType", props.engineType), "aws", region);
  const type = str(props.hostInstanceType);
  if (!type) return unpriced(missing("hostInstanceType", props.hostInstanceType), "aws", region);
  const mode = str(props.deploymentMode) ?? "SINGLE_INSTANCE";
  const price = BROKER_HOUR[`${engine}/${type}/${mode}`];
  if (!price)
    return unpriced(
      `no Amazon MQ price for ${engine} ${type} ${mode} in the data; priced: ${Object.keys(BROKER_HOUR).join(", ")}`,
      "aws",
      region,
    );
  // RabbitMQ brokers use EBS; ActiveMQ defaults to EFS unless storageType is ebs.
  const efs = engine === "activemq" && (str(props.storageType) ?? "efs") === "efs";
  const storage = efs ? EFS_GB : EBS_GB;
  return priced(
    "aws",
    region,
    [{ item: `Amazon MQ ${engine} ${type} (${mode})`, hourlyUsd: price.usd }],
    [place.assumption, `${efs ? "EFS" : "EBS"} message storage`, ...priceNotes(region, [price, storage])],
    { usage: [usageAt(ctx, storage, "storageGb", "GB of messages stored")] },
  );
}

export const pricers: PricerModule["pricers"] = { "aws:mq/broker:Broker": broker };
