import { Props, priced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, isUnpriced, placeAws, priceNotes, ROUNDED, usageAt } from "./golden";

const G = "cloudwatch_event_bus_test";
const CUSTOM_EVENTS = goldenPrice(G, 1, "1M events", ROUNDED);
const THIRD_PARTY_EVENTS = goldenPrice(G, 1, "1M events", ROUNDED);
const ARCHIVE_PROCESSING_GB = goldenPrice(G, 0.1, "GB", ROUNDED);
const ARCHIVE_STORAGE_GB = goldenPrice(G, 0.023, "GB-month");
const SCHEMA_DISCOVERY = goldenPrice(G, 0.1, "1M events", ROUNDED);

/** An EventBridge event bus: events published, archive processing and storage, schema discovery (usage). */
function eventBus(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  return priced(
    "aws",
    region,
    [],
    [
      place.assumption,
      "events from AWS services are free",
      ...priceNotes(region, [
        CUSTOM_EVENTS,
        THIRD_PARTY_EVENTS,
        ARCHIVE_PROCESSING_GB,
        ARCHIVE_STORAGE_GB,
        SCHEMA_DISCOVERY,
      ]),
    ],
    {
      usage: [
        usageAt(ctx, CUSTOM_EVENTS, "monthlyCustomEvents", "custom events published per month", 1e6),
        usageAt(
          ctx,
          THIRD_PARTY_EVENTS,
          "monthlyThirdPartyEvents",
          "partner events published per month",
          1e6,
        ),
        usageAt(ctx, ARCHIVE_PROCESSING_GB, "monthlyArchiveProcessedGb", "GB archived per month"),
        usageAt(ctx, ARCHIVE_STORAGE_GB, "archiveStorageGb", "GB held in archives"),
        usageAt(
          ctx,
          SCHEMA_DISCOVERY,
          "monthlySchemaDiscoveryEvents",
          "events ingested for schema discovery per month",
          1e6,
        ),
      ],
    },
  );
}

export const pricers: PricerModule["pricers"] = { "aws:cloudwatch/eventBus:EventBus": eventBus };
