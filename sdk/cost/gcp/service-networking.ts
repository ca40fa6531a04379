import { priced, Props } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { interRegionEgress } from "./network-egress";

/**
 * A private services connection (VPC peering with Google services such as Cloud SQL): not billed
 * itself; traffic over it to other regions is usage by destination.
 */
function connection(_props: Props, ctx: PriceContext): ResourcePrice {
  return priced(
    "gcp",
    undefined,
    [],
    ["the peering itself is not billed; traffic over it is usage by destination (monthlyEgress…Gb keys)"],
    { usage: interRegionEgress(ctx, "service_networking_connection") },
  );
}

export const pricers: PricerModule["pricers"] = { "gcp:servicenetworking/connection:Connection": connection };
