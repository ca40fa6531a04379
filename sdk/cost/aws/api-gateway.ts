import { isUnknown, missing, num, Props, priced, shownValue, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, isUnpriced, placeAws, priceNotes, ROUNDED, tieredUsage, usageAt } from "./golden";

const REST = "api_gateway_rest_api_test";
const V2 = "apigatewayv2_api_test";
/** REST API requests a month, tiered (us-east-1); the aws-apigateway component reuses them. */
export const REST_REQUEST_TIERS = [
  { upTo: 333e6, label: "first 333M", price: goldenPrice(REST, 3.5, "1M requests", ROUNDED) },
  { upTo: 1e9, label: "next 667M", price: goldenPrice(REST, 2.8, "1M requests", ROUNDED) },
  { upTo: 20e9, label: "next 19B", price: goldenPrice(REST, 2.38, "1M requests", ROUNDED) },
  { label: "over 20B", price: goldenPrice(REST, 1.51, "1M requests", ROUNDED) },
];
const HTTP_REQUEST_TIERS = [
  { upTo: 300e6, label: "first 300M", price: goldenPrice(V2, 1, "1M requests", ROUNDED) },
  { label: "over 300M", price: goldenPrice(V2, 0.9, "1M requests", ROUNDED) },
];
const WEBSOCKET_MESSAGE_TIERS = [
  { upTo: 1e9, label: "first 1B", price: goldenPrice(V2, 1, "1M messages", ROUNDED) },
  { label: "over 1B", price: goldenPrice(V2, 0.8, "1M messages", ROUNDED) },
];
const WEBSOCKET_MINUTES = goldenPrice(V2, 0.25, "1M connection minutes", ROUNDED);
/** Stage cache memory per hour by cache size (GB); only the sizes the golden prints. */
const CACHE_HOUR: Readonly<Record<string, ListPrice>> = {
  "0.5": goldenPrice("api_gateway_stage_test", 0.02, "hour"),
  "237": goldenPrice("api_gateway_stage_test", 3.8, "hour"),
};

/** A REST API: requests per month, tiered (usage). Caches are billed on the stages that enable them. */
function restApi(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const requests = tieredUsage(ctx, "monthlyRequests", "requests per month", 1e6, REST_REQUEST_TIERS);
  return priced(
    "aws",
    region,
    [],
    [
      place.assumption,
      requests.note,
      ...priceNotes(
        region,
        REST_REQUEST_TIERS.map((t) => t.price),
      ),
    ],
    { usage: requests.charges },
  );
}

/** An API Gateway v2 API: HTTP API requests, or WebSocket messages and connection minutes (usage). */
function apiV2(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const protocol = str(props.protocolType);
  if (protocol === "WEBSOCKET") {
    const messages = tieredUsage(ctx, "monthlyMessages", "messages per month", 1e6, WEBSOCKET_MESSAGE_TIERS);
    return priced(
      "aws",
      region,
      [],
      [
        place.assumption,
        messages.note,
        ...priceNotes(region, [...WEBSOCKET_MESSAGE_TIERS.map((t) => t.price), WEBSOCKET_MINUTES]),
      ],
      {
        usage: [
          ...messages.charges,
          usageAt(ctx, WEBSOCKET_MINUTES, "monthlyConnectionMinutes", "connection minutes per month", 1e6),
        ],
      },
    );
  }
  if (protocol !== "HTTP")
    return unpriced(
      isUnknown(props.protocolType)
        ? missing("protocolType", props.protocolType)
        : `protocolType ${shownValue(props.protocolType)} is not HTTP or WEBSOCKET`,
      "aws",
      region,
    );
  const requests = tieredUsage(
    ctx,
    "monthlyRequests",
    "requests per month (512 KB chunks)",
    1e6,
    HTTP_REQUEST_TIERS,
  );
  return priced(
    "aws",
    region,
    [],
    [
      place.assumption,
      requests.note,
      ...priceNotes(
        region,
        HTTP_REQUEST_TIERS.map((t) => t.price),
      ),
    ],
    { usage: requests.charges },
  );
}

/** A REST API stage: free by itself; a stage with a cache cluster bills its cache memory per hour. */
function stage(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  if (props.cacheClusterEnabled !== true)
    return priced(
      "aws",
      region,
      [],
      [place.assumption, "stages without a cache are not billed (requests are, on the API)"],
    );
  const size = String(num(props.cacheClusterSize) ?? 0.5);
  const price = CACHE_HOUR[size];
  if (!price)
    return unpriced(
      `no price for a ${size} GB stage cache in the data; priced sizes: ${Object.keys(CACHE_HOUR).join(", ")} GB`,
      "aws",
      region,
    );
  return priced(
    "aws",
    region,
    [{ item: `stage cache ${size} GB`, hourlyUsd: price.usd }],
    [
      place.assumption,
      num(props.cacheClusterSize) === undefined ? "cacheClusterSize not set: 0.5 GB" : "",
      ...priceNotes(region, [price]),
    ],
  );
}

export const pricers: PricerModule["pricers"] = {
  "aws:apigateway/restApi:RestApi": restApi,
  "aws:apigateway/stage:Stage": stage,
  "aws:apigatewayv2/api:Api": apiV2,
};
