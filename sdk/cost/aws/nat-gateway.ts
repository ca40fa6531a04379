import { Props, priced, str } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, isUnpriced, placeAws, priceNotes, usageAt } from "./golden";

export const NAT_GATEWAY_HOUR = goldenPrice("nat_gateway_test", 0.045, "hour");
export const NAT_DATA_PROCESSED_GB = goldenPrice("nat_gateway_test", 0.045, "GB");

/** A NAT gateway: per hour, plus the GB it processes (usage). Private NAT gateways bill the same. */
function natGateway(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const assumptions = [place.assumption];
  if (str(props.availabilityMode) === "regional")
    assumptions.push("regional NAT gateway priced as one zonal gateway (it bills per zone it serves)");
  return priced(
    "aws",
    region,
    [
      {
        item: `NAT gateway${str(props.connectivityType) === "private" ? " (private)" : ""}`,
        hourlyUsd: NAT_GATEWAY_HOUR.usd,
      },
    ],
    [...assumptions, ...priceNotes(region, [NAT_GATEWAY_HOUR, NAT_DATA_PROCESSED_GB])],
    { usage: [usageAt(ctx, NAT_DATA_PROCESSED_GB, "monthlyDataProcessedGb", "GB processed per month")] },
  );
}

export const pricers: PricerModule["pricers"] = { "aws:ec2/natGateway:NatGateway": natGateway };
