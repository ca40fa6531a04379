import { priced, Props, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { azureRegion } from "./region";

/** A load balancer: the catalog's hourly figure, when the catalog has one. */
function loadBalancer(props: Props, ctx: PriceContext): ResourcePrice {
  const { region } = azureRegion(props, ctx);
  const price = region ? ctx.catalog.service("azure", region, "lb.hour") : undefined;
  if (!price) {
    return unpriced(
      "the Azure Standard Load Balancer rule-hour price is not in the catalog (no citable source was found); add an `lb.hour` service price with a user catalog",
      "azure",
      region,
    );
  }
  return priced("azure", region, [{ item: "load balancer", hourlyUsd: price.usd }], [price.note ?? ""]);
}

export const pricers: PricerModule["pricers"] = { "azure-native:network:LoadBalancer": loadBalancer };
