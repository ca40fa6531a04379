import { priced, Props, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { azureRegion } from "./region";

/** A public IP address: the hourly IPv4 charge. */
function publicIp(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced("location is not known", "azure");
  const price = ctx.catalog.service("azure", region, "publicIp.hour");
  if (!price) return unpriced(`no public IP price for ${region}`, "azure", region);
  return priced("azure", region, [{ item: "public IPv4", hourlyUsd: price.usd }], [assumption]);
}

export const pricers: PricerModule["pricers"] = { "azure-native:network:PublicIPAddress": publicIp };
