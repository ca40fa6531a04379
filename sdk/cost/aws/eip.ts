import { Props, priced, str } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, isUnpriced, placeAws, priceNotes } from "./golden";

/** The public IPv4 hourly charge (the golden prints it as "IP address (if unused)"). */
export const PUBLIC_IPV4_HOUR = goldenPrice("eip_test", 0.005, "hour");

/** An Elastic IP: the public IPv4 charge, attached or not; addresses from your own IPAM pool are not billed. */
function eip(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  if (str(props.ipamPoolId))
    return priced(
      "aws",
      region,
      [],
      [place.assumption, "bring-your-own IP from an IPAM pool: not billed per hour"],
    );
  return priced(
    "aws",
    region,
    [{ item: "public IPv4 address", hourlyUsd: PUBLIC_IPV4_HOUR.usd }],
    [
      place.assumption,
      "AWS bills every public IPv4 address per hour since 2024-02-01, in use or not",
      ...priceNotes(region, [PUBLIC_IPV4_HOUR]),
    ],
  );
}

export const pricers: PricerModule["pricers"] = { "aws:ec2/eip:Eip": eip };
