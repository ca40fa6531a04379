import { Props, priced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, isUnpriced, placeAws, priceNotes, usageAt } from "./golden";

const CONNECTION_HOUR = goldenPrice("ec2_client_vpn_endpoint_test", 0.05, "connection-hour");
const ASSOCIATION_HOUR = goldenPrice("ec2_client_vpn_network_association_test", 0.1, "association-hour");

/** A Client VPN endpoint: client connection-hours (usage); its subnet associations bill by the hour. */
function endpoint(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  return priced("aws", region, [], [place.assumption, ...priceNotes(region, [CONNECTION_HOUR])], {
    usage: [usageAt(ctx, CONNECTION_HOUR, "monthlyConnectionHours", "client connection-hours per month")],
  });
}

/** A Client VPN network association: per hour it is associated with a subnet. */
function networkAssociation(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  return priced(
    "aws",
    region,
    [{ item: "Client VPN subnet association", hourlyUsd: ASSOCIATION_HOUR.usd }],
    [place.assumption, ...priceNotes(region, [ASSOCIATION_HOUR])],
  );
}

export const pricers: PricerModule["pricers"] = {
  "aws:ec2clientvpn/endpoint:Endpoint": endpoint,
  "aws:ec2clientvpn/networkAssociation:NetworkAssociation": networkAssociation,
};
