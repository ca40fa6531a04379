import { azureLocation } from "../../catalog/region-names";
import { dig, missing, priced, Props, resolveReference, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes, usageAt } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const GOLDEN = "container_registry_test (azurerm_container_registry)";
const p = (usd: number, unit: string) => goldenPrice(usd, unit, "westeurope", GOLDEN, "2024-07-01");

/** Registry units per month (the golden prints $0.1666667 and $1.6666667 a day over 30 days). */
const REGISTRY: Record<string, ListPrice> = { BASIC: p(5, "month"), PREMIUM: p(50, "month") };
/** Each geo-replication location of a Premium registry is billed as another Premium registry unit. */
const REPLICATION = p(50, "month");
const STORAGE = p(0.1, "GB-month");
const BUILD = p(0.0001, "vCPU-second");

/** A container registry: its tier's monthly unit; storage beyond the included and build time are usage. */
function registry(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const sku = str(dig(props, "sku.name"));
  if (!sku) return unpriced(missing("sku.name", dig(props, "sku.name")), "azure", region);
  const price = REGISTRY[sku.toUpperCase()];
  if (!price)
    return unpriced(
      `sku.name "${sku}" has no list price in the engine's sources (the golden prices Basic and Premium)`,
      "azure",
      region,
    );
  return priced(
    "azure",
    region,
    [{ item: `${sku} registry`, hourlyUsd: hourlyOf(price) }],
    [
      assumption,
      "a month is 30 days of the daily registry unit",
      ...priceNotes(region, price, STORAGE, BUILD),
    ],
    {
      usage: [
        usageAt(ctx, STORAGE, "storageGb", "GB stored beyond the tier's included storage"),
        usageAt(ctx, BUILD, "buildVcpuSeconds", "vCPU-seconds of ACR Tasks builds"),
      ],
    },
  );
}

/** A geo-replication of a Premium registry, in its own location. */
function replication(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const parent = resolveReference(props, "registryName", ctx);
  const parentSku = str(dig(parent?.props, "sku.name"));
  if (parentSku && !/^premium$/i.test(parentSku))
    return unpriced(
      `geo-replication needs a Premium registry; its registry is ${parentSku}`,
      "azure",
      region,
    );
  const where = str(props.location) ? azureLocation(str(props.location)!) : region;
  return priced(
    "azure",
    where,
    [{ item: "geo-replication (Premium unit)", hourlyUsd: hourlyOf(REPLICATION) }],
    [assumption, ...priceNotes(where, REPLICATION)],
  );
}

export const pricers: PricerModule["pricers"] = {
  "azure-native:containerregistry:Registry": registry,
  "azure-native:containerregistry:Replication": replication,
};
