import { Props, priced, str } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, isUnpriced, placeAws, priceNotes, ROUNDED, usageAt } from "./golden";

const G = "cloudwatch_log_group_test";
const INGESTED_GB = goldenPrice(G, 0.5, "GB", ROUNDED);
const STORED_GB = goldenPrice(G, 0.03, "GB-month");
const INSIGHTS_SCANNED_GB = goldenPrice(G, 0.005, "GB");

/** A CloudWatch log group: GB ingested, GB stored (archival) and Logs Insights GB scanned (usage). */
function logGroup(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const assumptions = [place.assumption];
  if (str(props.logGroupClass) === "INFREQUENT_ACCESS")
    assumptions.push(
      "Infrequent Access ingestion is cheaper than the Standard figure used (no IA figure in the data)",
    );
  return priced(
    "aws",
    region,
    [],
    [...assumptions, ...priceNotes(region, [INGESTED_GB, STORED_GB, INSIGHTS_SCANNED_GB])],
    {
      usage: [
        usageAt(ctx, INGESTED_GB, "monthlyIngestedGb", "GB ingested per month"),
        usageAt(ctx, STORED_GB, "storageGb", "GB stored"),
        usageAt(
          ctx,
          INSIGHTS_SCANNED_GB,
          "monthlyInsightsScannedGb",
          "GB scanned by Logs Insights per month",
        ),
      ],
    },
  );
}

export const pricers: PricerModule["pricers"] = { "aws:cloudwatch/logGroup:LogGroup": logGroup };
