import { priced, Props } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { golden, priceNotes, usageAt } from "./price-kit";
import { gcpRegion } from "./region";

/** Message ingestion (topic) and delivery (subscription) throughput: '$40.00 per TiB' (rounded to cents). */
const TOPIC_THROUGHPUT = golden("pubsub_topic", 40, "TiB", "us-central1", "2024-07-01");
const DELIVERY = golden("pubsub_subscription", 40, "TiB", "us-central1", "2024-07-01");
/** Retained acknowledged messages and snapshot backlog: 20 GiB = $5.40, 30 GiB = $8.10 → $0.27 per GiB-month. */
const RETAINED = golden("pubsub_subscription", 0.27, "GiB-month", "us-central1", "2024-07-01");

const NOTE = "Pub/Sub has no fixed charge; the first 10 GiB of throughput a month is free (not deducted)";

/** A Pub/Sub topic: message ingestion as usage (`monthlyMessageDataGb`, billed per TiB). */
function topic(props: Props, ctx: PriceContext): ResourcePrice {
  const { region } = gcpRegion(props, ctx);
  return priced("gcp", region, [], [NOTE, ...priceNotes(TOPIC_THROUGHPUT, region)], {
    usage: [usageAt(ctx, TOPIC_THROUGHPUT, "monthlyMessageDataGb", "GiB of messages published", 1024)],
  });
}

/**
 * A Pub/Sub subscription: delivery throughput, retained acknowledged messages and snapshot
 * backlog, all usage.
 */
function subscription(props: Props, ctx: PriceContext): ResourcePrice {
  const { region } = gcpRegion(props, ctx);
  return priced(
    "gcp",
    region,
    [],
    [
      NOTE,
      ...priceNotes(DELIVERY, region),
      ...priceNotes(RETAINED, region),
      props.retainAckedMessages === true
        ? "retainAckedMessages: acknowledged messages are stored and billed"
        : "",
    ],
    {
      usage: [
        usageAt(ctx, DELIVERY, "monthlyMessageDataGb", "GiB of messages delivered", 1024),
        usageAt(ctx, RETAINED, "retainedAckedMessageGb", "GiB of acknowledged messages retained"),
        usageAt(ctx, RETAINED, "snapshotMessageBacklogGb", "GiB of snapshot message backlog"),
      ],
    },
  );
}

export const pricers: PricerModule["pricers"] = {
  "gcp:pubsub/topic:Topic": topic,
  "gcp:pubsub/subscription:Subscription": subscription,
};
