import { Props, priced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice, UsageCharge } from "../types";
import { goldenPrice, isUnpriced, placeAws, priceNotes, ROUNDED, usageAt } from "./golden";

const G = "sns_topic_test";
const REQUESTS = goldenPrice(G, 0.5, "1M requests", `the rate over the first 1M, ${ROUNDED}`);
const HTTP = goldenPrice(G, 0.06, "100k notifications");
const EMAIL = goldenPrice(G, 2, "100k notifications", ROUNDED);
const FIREHOSE = goldenPrice(G, 0.19, "1M notifications", ROUNDED);
const MOBILE_PUSH = goldenPrice(G, 0.5, "1M notifications", ROUNDED);
const FIFO_PUBLISH = goldenPrice(G, 0.3, "1M requests", ROUNDED);
const FIFO_PUBLISH_PAYLOAD = goldenPrice(G, 0.017, "GB");
const FIFO_NOTIFICATIONS = goldenPrice(G, 0.01, "1M notifications");
const FIFO_NOTIFICATION_PAYLOAD = goldenPrice(G, 0.001, "GB");

/**
 * An SNS topic: publishes and deliveries per month (usage). Deliveries to SQS and Lambda are not
 * billed; SMS prices vary by country and are not priced.
 */
function topic(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const fifo = props.fifoTopic === true;
  const usage: UsageCharge[] = fifo
    ? [
        usageAt(ctx, FIFO_PUBLISH, "monthlyRequests", "publish requests per month", 1e6),
        usageAt(ctx, FIFO_PUBLISH_PAYLOAD, "monthlyPublishGb", "GB published per month"),
        usageAt(ctx, FIFO_NOTIFICATIONS, "monthlyNotifications", "notifications delivered per month", 1e6),
        usageAt(ctx, FIFO_NOTIFICATION_PAYLOAD, "monthlyNotificationGb", "GB delivered per month"),
      ]
    : [
        usageAt(ctx, REQUESTS, "monthlyRequests", "publish requests per month", 1e6),
        usageAt(ctx, HTTP, "monthlyHttpNotifications", "HTTP/S deliveries per month", 1e5),
        usageAt(ctx, EMAIL, "monthlyEmailNotifications", "email deliveries per month", 1e5),
        usageAt(ctx, FIREHOSE, "monthlyFirehoseNotifications", "Firehose deliveries per month", 1e6),
        usageAt(ctx, MOBILE_PUSH, "monthlyMobilePushNotifications", "mobile push deliveries per month", 1e6),
      ];
  const used = fifo
    ? [FIFO_PUBLISH, FIFO_PUBLISH_PAYLOAD, FIFO_NOTIFICATIONS, FIFO_NOTIFICATION_PAYLOAD]
    : [REQUESTS, HTTP, EMAIL, FIREHOSE, MOBILE_PUSH];
  return priced(
    "aws",
    region,
    [],
    [
      place.assumption,
      "deliveries to SQS and Lambda are free; SMS is not priced (per-country rates); account free tier not subtracted",
      ...priceNotes(region, used),
    ],
    { usage },
  );
}

export const pricers: PricerModule["pricers"] = { "aws:sns/topic:Topic": topic };
