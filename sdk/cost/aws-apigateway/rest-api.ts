import { REST_REQUEST_TIERS } from "../aws/api-gateway";
import { isUnpriced, placeAws, priceNotes, tieredUsage } from "../aws/golden";
import { dig, isUnknown, Props, priced, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";

/** The kinds of route the component takes, by the field that makes each one. */
function routeKinds(routes: unknown[]): { events: number; statics: number; targets: number } {
  const count = (field: string) => routes.filter((r) => dig(r, field) !== undefined).length;
  return { events: count("eventHandler"), statics: count("localPath"), targets: count("target") };
}

/**
 * An `aws-apigateway:index:RestAPI` component (npm @pulumi/aws-apigateway), priced from its args:
 * its children (REST API, deployment, stage, Lambda permissions, a bucket for static routes) are
 * built by the aws-apigateway plugin, which does not run offline. The REST API bills requests
 * (usage, tiered); the Lambda functions its routes invoke are the program's own resources, passed in
 * as `eventHandler`, and are priced on their own.
 */
function restApi(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const routes = props.routes;
  const swagger = props.swaggerString;
  if (isUnknown(routes)) return unpriced("routes is unknown during preview", "aws", region);
  if (!Array.isArray(routes) && !str(swagger) && !isUnknown(swagger))
    return unpriced(
      "neither routes nor swaggerString is set: aws-apigateway needs one of them to build the REST API",
      "aws",
      region,
    );
  const requests = tieredUsage(ctx, "monthlyRequests", "requests per month", 1e6, REST_REQUEST_TIERS);
  const notes = [
    place.assumption,
    "priced from the component's args: its REST API, deployment and stage are built by the aws-apigateway plugin, which does not run offline",
    requests.note,
  ];
  if (Array.isArray(routes)) {
    const { events, statics, targets } = routeKinds(routes);
    notes.push(
      `${routes.length} route(s): ${events} Lambda, ${statics} static, ${targets} integration target`,
    );
    if (events)
      notes.push(
        "the Lambda functions the routes invoke (eventHandler) are the program's own resources, priced on their own; give their requests and duration there",
      );
    if (statics && props.staticRoutesBucket === undefined)
      notes.push(
        "static routes (localPath) upload their files to an S3 bucket the component creates; its storage and requests are not in this figure",
      );
  } else {
    notes.push("built from swaggerString: its integrations are billed on the resources they call");
  }
  notes.push("no stage cache: RestAPIArgs has no cache setting");
  return priced(
    "aws",
    region,
    [],
    [
      ...notes,
      ...priceNotes(
        region,
        REST_REQUEST_TIERS.map((t) => t.price),
      ),
    ],
    { usage: requests.charges },
  );
}

export const pricers: PricerModule["pricers"] = { "aws-apigateway:index:RestAPI": restApi };
