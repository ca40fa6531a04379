import { Props, priced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, isUnpriced, placeAws, priceNotes, ROUNDED, usageAt } from "./golden";

export const ECR_STORAGE_GB_MONTH = goldenPrice("ecr_repository_test", 0.1, "GB-month", ROUNDED);

/** An ECR repository: GB-month of the images it stores (usage). */
function repository(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  return priced("aws", region, [], [place.assumption, ...priceNotes(region, [ECR_STORAGE_GB_MONTH])], {
    usage: [usageAt(ctx, ECR_STORAGE_GB_MONTH, "storageGb", "GB of images stored")],
  });
}

export const pricers: PricerModule["pricers"] = { "aws:ecr/repository:Repository": repository };
