import { Props, priced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice, UsageCharge } from "../types";
import { goldenPrice, isUnpriced, placeAws, priceNotes, ROUNDED, usageAt } from "./golden";

const G = "cloudtrail_test";
const MANAGEMENT_COPIES = goldenPrice(G, 2, "100k events", ROUNDED);
const DATA_EVENTS = goldenPrice(G, 0.1, "100k events", ROUNDED);
const INSIGHT_EVENTS = goldenPrice(G, 0.35, "100k events", ROUNDED);

/**
 * A CloudTrail trail: management events beyond the account's first free copy, data events and
 * Insights events (usage). The S3 bucket and log group it writes to are billed as themselves.
 */
function trail(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const usage: UsageCharge[] = [
    usageAt(
      ctx,
      MANAGEMENT_COPIES,
      "monthlyAdditionalManagementEvents",
      "management events beyond the first copy per month",
      1e5,
    ),
    usageAt(ctx, DATA_EVENTS, "monthlyDataEvents", "data events per month", 1e5),
  ];
  const used = [MANAGEMENT_COPIES, DATA_EVENTS];
  if (Array.isArray(props.insightSelectors) && props.insightSelectors.length) {
    usage.push(
      usageAt(ctx, INSIGHT_EVENTS, "monthlyInsightEvents", "events analysed by Insights per month", 1e5),
    );
    used.push(INSIGHT_EVENTS);
  }
  return priced(
    "aws",
    region,
    [],
    [place.assumption, "the first copy of management events is free", ...priceNotes(region, used)],
    { usage },
  );
}

export const pricers: PricerModule["pricers"] = { "aws:cloudtrail/trail:Trail": trail };
