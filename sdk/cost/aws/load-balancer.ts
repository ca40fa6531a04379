import { priced, Props, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { awsRegion, NO_AWS_REGION } from "./region";

/** An Elastic Load Balancing v2 load balancer: the hourly charge (LCUs are usage). */
function loadBalancer(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = awsRegion(props, ctx);
  if (!region) return unpriced(NO_AWS_REGION, "aws");
  const price = ctx.catalog.service("aws", region, "lb.hour");
  if (!price) return unpriced(`no load balancer price for ${region}`, "aws", region);
  const kind = str(props.loadBalancerType) ?? "application";
  return priced(
    "aws",
    region,
    [{ item: `${kind} load balancer`, hourlyUsd: price.usd }],
    [
      assumption,
      `${price.note ?? ""}${kind !== "application" ? " The ALB hourly figure is used for this type." : ""}`.trim(),
    ],
  );
}

export const pricers: PricerModule["pricers"] = {
  "aws:lb/loadBalancer:LoadBalancer": loadBalancer,
  "aws:alb/loadBalancer:LoadBalancer": loadBalancer,
};
