import { Props, priced, str } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, isUnpriced, placeAws, priceNotes, ROUNDED, tieredUsage, usageAt } from "./golden";

const G = "sfn_state_machine_test";
const TRANSITIONS = goldenPrice(G, 0.025, "1K state transitions");
const EXPRESS_REQUESTS = goldenPrice(G, 1, "1M requests", ROUNDED);
const EXPRESS_DURATION_TIERS = [
  { upTo: 1000, label: "first 1K", price: goldenPrice(G, 0.060012, "GB-hour") },
  { upTo: 5000, label: "next 4K", price: goldenPrice(G, 0.029988, "GB-hour", "$119.95 for 4,000 GB-hours") },
  { label: "over 5K", price: goldenPrice(G, 0.016416, "GB-hour") },
];

/**
 * A Step Functions state machine. Standard: state transitions (usage). Express: requests and
 * GB-hours of duration, tiered (usage).
 */
function stateMachine(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  if (str(props.type) !== "EXPRESS")
    return priced(
      "aws",
      region,
      [],
      [
        place.assumption,
        "Standard workflow; account free tier not subtracted",
        ...priceNotes(region, [TRANSITIONS]),
      ],
      { usage: [usageAt(ctx, TRANSITIONS, "monthlyTransitions", "state transitions per month", 1e3)] },
    );
  const duration = tieredUsage(
    ctx,
    "monthlyGbHours",
    "GB-hours of workflow duration per month",
    1,
    EXPRESS_DURATION_TIERS,
  );
  return priced(
    "aws",
    region,
    [],
    [
      place.assumption,
      "Express workflow",
      duration.note,
      ...priceNotes(region, [EXPRESS_REQUESTS, ...EXPRESS_DURATION_TIERS.map((t) => t.price)]),
    ],
    {
      usage: [
        usageAt(ctx, EXPRESS_REQUESTS, "monthlyRequests", "workflow requests per month", 1e6),
        ...duration.charges,
      ],
    },
  );
}

export const pricers: PricerModule["pricers"] = { "aws:sfn/stateMachine:StateMachine": stateMachine };
