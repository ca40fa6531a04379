import { Props, priced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, isUnpriced, placeAws, priceNotes, ROUNDED, usageAt } from "./golden";

/**
 * Crawler run time per DPU-hour (the golden's "Duration" line, printed per "hours": Infracost
 * bills one DPU-hour per hour of crawler run time).
 */
const CRAWLER_DPU_HOUR = goldenPrice("glue_crawler_test", 0.44, "DPU-hour", ROUNDED);

/** A Glue crawler: the DPU-hours its runs use a month (usage); defining a crawler costs nothing. */
function crawler(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  return priced(
    "aws",
    region,
    [],
    [
      place.assumption,
      "a crawler is billed for the DPU-hours its runs use, not for existing",
      ...priceNotes(region, [CRAWLER_DPU_HOUR]),
    ],
    { usage: [usageAt(ctx, CRAWLER_DPU_HOUR, "monthlyDpuHours", "DPU-hours of crawler runs per month")] },
  );
}

export const pricers: PricerModule["pricers"] = { "aws:glue/crawler:Crawler": crawler };
