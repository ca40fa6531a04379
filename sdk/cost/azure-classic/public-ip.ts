import { Props } from "../helpers";
import * as nativePublicIp from "../azure/public-ip";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { viaNative } from "./native";

/** A classic public IP: the hourly IPv4 charge of azure-native's PublicIPAddress. */
function publicIp(props: Props, ctx: PriceContext): ResourcePrice {
  return viaNative(nativePublicIp, "azure-native:network:PublicIPAddress", { location: props.location }, ctx);
}

export const pricers: PricerModule["pricers"] = { "azure:network/publicIp:PublicIp": publicIp };
