import { Props, priced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, isUnpriced, placeAws, priceNotes, usageAt } from "./golden";

const G = "vpn_connection_test";
const CONNECTION_HOUR = goldenPrice(G, 0.05, "connection-hour");
const TGW_ATTACHMENT_HOUR = goldenPrice(G, 0.05, "attachment-hour");
const TGW_DATA_GB = goldenPrice(G, 0.02, "GB");

/**
 * A Site-to-Site VPN connection: per hour; one that ends on a transit gateway also bills the
 * transit gateway attachment it creates and the GB it processes (usage).
 */
function vpnConnection(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  // An ID unknown during preview still means a transit gateway.
  const onTransitGateway = props.transitGatewayId !== undefined && props.transitGatewayId !== "";
  if (!onTransitGateway)
    return priced(
      "aws",
      region,
      [{ item: "VPN connection", hourlyUsd: CONNECTION_HOUR.usd }],
      [place.assumption, ...priceNotes(region, [CONNECTION_HOUR])],
    );
  return priced(
    "aws",
    region,
    [
      { item: "VPN connection", hourlyUsd: CONNECTION_HOUR.usd },
      { item: "transit gateway attachment", hourlyUsd: TGW_ATTACHMENT_HOUR.usd },
    ],
    [place.assumption, ...priceNotes(region, [CONNECTION_HOUR, TGW_ATTACHMENT_HOUR, TGW_DATA_GB])],
    {
      usage: [
        usageAt(ctx, TGW_DATA_GB, "monthlyDataProcessedGb", "GB through the transit gateway per month"),
      ],
    },
  );
}

export const pricers: PricerModule["pricers"] = { "aws:ec2/vpnConnection:VpnConnection": vpnConnection };
