import { dig, missing, num, priced, Props, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes, usageAt } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const GOLDEN = "event_hubs_namespace_test (azurerm_eventhub_namespace)";
const p = (usd: number, unit: string) => goldenPrice(usd, unit, "eastus", GOLDEN, "2024-07-01");

/** Capacity per unit-month by tier: throughput units (Basic, Standard) or processing units (Premium). */
const CAPACITY: Record<string, { price: ListPrice; unit: string }> = {
  BASIC: { price: p(10.95, "throughput-unit-month"), unit: "throughput unit" },
  STANDARD: { price: p(21.9, "throughput-unit-month"), unit: "throughput unit" },
  PREMIUM: { price: p(749.71, "processing-unit-month"), unit: "processing unit" },
};
const INGRESS = p(0.028, "1M events");
const DEDICATED = p(4999.77, "capacity-unit-month");

/** An Event Hubs namespace: sku.capacity units of its tier; ingress events (Basic, Standard) are usage. */
function eventHubsNamespace(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  if (str(props.clusterArmId))
    return priced("azure", region, [], [assumption, "in a dedicated cluster: billed through the cluster"]);
  const sku = str(dig(props, "sku.name"));
  if (!sku) return unpriced(missing("sku.name", dig(props, "sku.name")), "azure", region);
  const tier = CAPACITY[sku.toUpperCase()];
  if (!tier) return unpriced(`sku.name "${sku}": use Basic, Standard or Premium`, "azure", region);
  const set = num(dig(props, "sku.capacity"));
  const units = set ?? 1;
  const premium = /^premium$/i.test(sku);
  return priced(
    "azure",
    region,
    [{ item: `${units} ${tier.unit}(s)`, hourlyUsd: hourlyOf(tier.price, units) }],
    [
      assumption,
      set === undefined ? `sku.capacity not set: 1 ${tier.unit} assumed` : "",
      premium ? "" : "Capture and auto-inflate beyond sku.capacity are not included",
      ...priceNotes(region, tier.price, ...(premium ? [] : [INGRESS])),
    ],
    premium
      ? { count: units }
      : {
          count: units,
          usage: [usageAt(ctx, INGRESS, "monthlyIngressEvents", "ingress events per month", 1e6)],
        },
  );
}

/** A dedicated Event Hubs cluster: its capacity units. */
function eventHubsCluster(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const set = num(dig(props, "sku.capacity"));
  const units = set ?? 1;
  return priced(
    "azure",
    region,
    [{ item: `${units} capacity unit(s)`, hourlyUsd: hourlyOf(DEDICATED, units) }],
    [
      assumption,
      set === undefined ? "sku.capacity not set: 1 capacity unit assumed" : "",
      ...priceNotes(region, DEDICATED),
    ],
    { count: units },
  );
}

export const pricers: PricerModule["pricers"] = {
  "azure-native:eventhub:Namespace": eventHubsNamespace,
  "azure-native:eventhub:Cluster": eventHubsCluster,
};
