import { Props, priced, str } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, isUnpriced, monthlyToHourly, placeAws, priceNotes, usageAt } from "./golden";

const ADVANCED_MONTH = goldenPrice("ssm_parameter_test", 0.05, "parameter-month");
const ADVANCED_API = goldenPrice("ssm_parameter_test", 0.05, "10k interactions");

/** An SSM parameter: Standard parameters are free; Advanced ones bill per month and per API interaction (usage). */
function parameter(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const tier = str(props.tier) ?? "Standard";
  if (tier !== "Advanced")
    return priced(
      "aws",
      region,
      [],
      [
        place.assumption,
        `${tier} tier: Standard parameters and their standard-throughput API calls are not billed`,
      ],
    );
  return priced(
    "aws",
    region,
    [{ item: "advanced parameter", hourlyUsd: monthlyToHourly(ADVANCED_MONTH) }],
    [place.assumption, ...priceNotes(region, [ADVANCED_MONTH, ADVANCED_API])],
    { usage: [usageAt(ctx, ADVANCED_API, "monthlyApiInteractions", "API interactions per month", 1e4)] },
  );
}

export const pricers: PricerModule["pricers"] = { "aws:ssm/parameter:Parameter": parameter };
