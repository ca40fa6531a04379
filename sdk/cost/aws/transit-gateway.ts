import { Props, priced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, isUnpriced, placeAws, priceNotes, usageAt } from "./golden";

const ATTACHMENT_HOUR = goldenPrice("ec2_transit_gateway_vpc_attachment_test", 0.05, "attachment-hour");
const DATA_PROCESSED_GB = goldenPrice("ec2_transit_gateway_vpc_attachment_test", 0.02, "GB");
const PEERING_HOUR = goldenPrice("ec2_transit_gateway_peering_attachment_test", 0.05, "attachment-hour");

/** A transit gateway VPC attachment: per hour, plus the GB sent through it (usage). */
function vpcAttachment(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  return priced(
    "aws",
    region,
    [{ item: "transit gateway VPC attachment", hourlyUsd: ATTACHMENT_HOUR.usd }],
    [place.assumption, ...priceNotes(region, [ATTACHMENT_HOUR, DATA_PROCESSED_GB])],
    { usage: [usageAt(ctx, DATA_PROCESSED_GB, "monthlyDataProcessedGb", "GB processed per month")] },
  );
}

/** A transit gateway peering attachment: per hour (its traffic bills as inter-region transfer). */
function peeringAttachment(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  return priced(
    "aws",
    region,
    [{ item: "transit gateway peering attachment", hourlyUsd: PEERING_HOUR.usd }],
    [place.assumption, "inter-region data transfer is not priced", ...priceNotes(region, [PEERING_HOUR])],
  );
}

export const pricers: PricerModule["pricers"] = {
  "aws:ec2transitgateway/vpcAttachment:VpcAttachment": vpcAttachment,
  "aws:ec2transitgateway/peeringAttachment:PeeringAttachment": peeringAttachment,
};
