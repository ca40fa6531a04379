import { Props, priced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, isUnpriced, placeAws, priceNotes, ROUNDED, usageAt } from "./golden";

const STANDARD_REQUESTS = goldenPrice("sqs_queue_test", 0.4, "1M requests", ROUNDED);
const FIFO_REQUESTS = goldenPrice("sqs_queue_test", 0.5, "1M requests", ROUNDED);

/** An SQS queue: requests per month (usage), at the FIFO rate for FIFO queues. */
function queue(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const fifo = props.fifoQueue === true;
  const price = fifo ? FIFO_REQUESTS : STANDARD_REQUESTS;
  return priced(
    "aws",
    region,
    [],
    [
      place.assumption,
      `${fifo ? "FIFO" : "standard"} queue; account free tier not subtracted`,
      ...priceNotes(region, [price]),
    ],
    { usage: [usageAt(ctx, price, "monthlyRequests", "requests per month (64 KB chunks)", 1e6)] },
  );
}

export const pricers: PricerModule["pricers"] = { "aws:sqs/queue:Queue": queue };
