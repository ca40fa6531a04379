import { dig, missing, Props, priced, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, isUnpriced, placeAws, priceNotes, usageAt } from "./golden";

const G = "codebuild_project_test";
/** Build-minute prices by `os/computeType` (us-east-1). */
const MINUTE: Readonly<Record<string, ListPrice>> = {
  "linux/BUILD_GENERAL1_SMALL": goldenPrice(G, 0.005, "build minute"),
  "linux/BUILD_GENERAL1_MEDIUM": goldenPrice(G, 0.01, "build minute"),
  "linux/BUILD_GENERAL1_LARGE": goldenPrice(G, 0.02, "build minute"),
  "windows/BUILD_GENERAL1_LARGE": goldenPrice(G, 0.036, "build minute"),
};

/** A CodeBuild project: build minutes of its compute type and OS (usage). */
function project(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const compute = str(dig(props, "environment.computeType"));
  if (!compute)
    return unpriced(missing("environment.computeType", dig(props, "environment.computeType")), "aws", region);
  const os = (str(dig(props, "environment.type")) ?? "").startsWith("WINDOWS") ? "windows" : "linux";
  const price = MINUTE[`${os}/${compute}`];
  if (!price)
    return unpriced(
      `no CodeBuild price for ${os} ${compute} in the data; priced: ${Object.keys(MINUTE).join(", ")}`,
      "aws",
      region,
    );
  return priced("aws", region, [], [place.assumption, `${os} ${compute}`, ...priceNotes(region, [price])], {
    usage: [usageAt(ctx, price, "monthlyBuildMinutes", "build minutes per month")],
  });
}

export const pricers: PricerModule["pricers"] = { "aws:codebuild/project:Project": project };
