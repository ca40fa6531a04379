import { Props, priced, str } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, isUnpriced, placeAws, priceNotes, tieredUsage, usageAt } from "./golden";

const G = "vpc_endpoint_test";
export const VPC_ENDPOINT_HOUR = goldenPrice(G, 0.01, "endpoint-hour per zone");
/** Tier bounds as the golden splits them (a PB counted as 1,000,000 GB). */
const INTERFACE_DATA_TIERS = [
  { upTo: 1e6, label: "first 1PB", price: goldenPrice(G, 0.01, "GB") },
  { upTo: 5e6, label: "next 4PB", price: goldenPrice(G, 0.006, "GB") },
  { label: "over 5PB", price: goldenPrice(G, 0.004, "GB") },
];
const GWLB_DATA = goldenPrice(G, 0.0035, "GB");

/**
 * A VPC endpoint. Gateway endpoints (S3, DynamoDB; the default type) are free; Interface endpoints
 * bill per hour in each subnet (zone) plus tiered GB processed; Gateway Load Balancer endpoints per
 * hour plus GB processed.
 */
function vpcEndpoint(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const type = str(props.vpcEndpointType) ?? "Gateway";
  if (type === "Gateway")
    return priced("aws", region, [], [place.assumption, "Gateway endpoints (S3, DynamoDB) are not billed"]);
  const subnets = Array.isArray(props.subnetIds) ? props.subnetIds.length : 0;
  const zones = type === "Interface" ? Math.max(subnets, 1) : 1;
  const assumptions = [place.assumption];
  if (type === "Interface" && subnets === 0) assumptions.push("subnetIds not set: one zone assumed");
  if (type === "GatewayLoadBalancer") {
    return priced(
      "aws",
      region,
      [{ item: "Gateway Load Balancer endpoint", hourlyUsd: VPC_ENDPOINT_HOUR.usd }],
      [...assumptions, ...priceNotes(region, [VPC_ENDPOINT_HOUR, GWLB_DATA])],
      { usage: [usageAt(ctx, GWLB_DATA, "monthlyDataProcessedGb", "GB processed per month")] },
    );
  }
  const data = tieredUsage(ctx, "monthlyDataProcessedGb", "GB processed per month", 1, INTERFACE_DATA_TIERS);
  return priced(
    "aws",
    region,
    [{ item: `${type} endpoint × ${zones} zone(s)`, hourlyUsd: VPC_ENDPOINT_HOUR.usd * zones }],
    [
      ...assumptions,
      data.note,
      ...priceNotes(region, [VPC_ENDPOINT_HOUR, ...INTERFACE_DATA_TIERS.map((t) => t.price)]),
    ],
    { usage: data.charges },
  );
}

export const pricers: PricerModule["pricers"] = { "aws:ec2/vpcEndpoint:VpcEndpoint": vpcEndpoint };
