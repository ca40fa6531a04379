import { azureLocation } from "../../catalog/region-names";
import { dig, missing, priced, Props, resolveReference, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes, usageAt } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const GOLDEN = "app_configuration_test (azurerm_app_configuration)";
/** A Standard store or replica: $1.20 a day, 30 days a month in the golden. */
const STANDARD = goldenPrice(36, "month", "westeurope", GOLDEN, "2024-07-01");
const REQUESTS = goldenPrice(0.06, "10K requests", "westeurope", GOLDEN, "2024-07-01");

/** An App Configuration store: Standard by the month (requests over 200K a day are usage); Free is not billed. */
function configurationStore(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const sku = str(dig(props, "sku.name"));
  if (!sku) return unpriced(missing("sku.name", dig(props, "sku.name")), "azure", region);
  if (/^(free|developer)$/i.test(sku))
    return priced("azure", region, [], [assumption, `the ${sku} tier is not billed`]);
  if (!/^standard$/i.test(sku))
    return unpriced(
      `sku.name "${sku}" has no list price in the engine's sources; priced: Free, Standard`,
      "azure",
      region,
    );
  return priced(
    "azure",
    region,
    [{ item: "Standard store", hourlyUsd: hourlyOf(STANDARD) }],
    [assumption, "replicas are priced on their Replica resources", ...priceNotes(region, STANDARD, REQUESTS)],
    {
      usage: [
        usageAt(
          ctx,
          REQUESTS,
          "requestsOver200kPerDay",
          "requests beyond 200K a day per replica, per month",
          1e4,
        ),
      ],
    },
  );
}

/** A replica of a Standard store, billed like another store, in its own location. */
function replica(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const store = resolveReference(props, "configStoreName", ctx)?.props;
  const sku = str(dig(store, "sku.name"));
  if (sku && !/^standard$/i.test(sku))
    return unpriced(
      `its store is ${sku}: only Standard replicas have a list price in the engine's sources`,
      "azure",
      region,
    );
  const where = str(props.location) ? azureLocation(str(props.location)!) : region;
  return priced(
    "azure",
    where,
    [{ item: "Standard replica", hourlyUsd: hourlyOf(STANDARD) }],
    [assumption, ...priceNotes(where, STANDARD)],
  );
}

export const pricers: PricerModule["pricers"] = {
  "azure-native:appconfiguration:ConfigurationStore": configurationStore,
  "azure-native:appconfiguration:Replica": replica,
};
