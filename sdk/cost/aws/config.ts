import { Props, priced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, isUnpriced, placeAws, priceNotes, tieredUsage, usageAt } from "./golden";

const RULE = "config_config_rule_test";
const EVALUATION_TIERS = [
  { upTo: 100_000, label: "first 100K", price: goldenPrice(RULE, 0.001, "evaluation") },
  { upTo: 500_000, label: "next 400K", price: goldenPrice(RULE, 0.0008, "evaluation") },
  { label: "over 500K", price: goldenPrice(RULE, 0.0005, "evaluation") },
];
const CONFIG_ITEMS = goldenPrice("config_configuration_recorder_test", 0.003, "configuration item");
const CUSTOM_CONFIG_ITEMS = goldenPrice("config_configuration_recorder_test", 0.003, "configuration item");

/** An AWS Config rule: rule evaluations per month, tiered (usage). */
function rule(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const evaluations = tieredUsage(
    ctx,
    "monthlyRuleEvaluations",
    "rule evaluations per month",
    1,
    EVALUATION_TIERS,
  );
  return priced(
    "aws",
    region,
    [],
    [
      place.assumption,
      evaluations.note,
      ...priceNotes(
        region,
        EVALUATION_TIERS.map((t) => t.price),
      ),
    ],
    { usage: evaluations.charges },
  );
}

/** An AWS Config recorder: configuration items recorded per month (usage). */
function recorder(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  return priced(
    "aws",
    region,
    [],
    [place.assumption, ...priceNotes(region, [CONFIG_ITEMS, CUSTOM_CONFIG_ITEMS])],
    {
      usage: [
        usageAt(ctx, CONFIG_ITEMS, "monthlyConfigItems", "configuration items recorded per month"),
        usageAt(ctx, CUSTOM_CONFIG_ITEMS, "monthlyCustomConfigItems", "custom configuration items per month"),
      ],
    },
  );
}

export const pricers: PricerModule["pricers"] = {
  "aws:cfg/rule:Rule": rule,
  "aws:cfg/recorder:Recorder": recorder,
};
