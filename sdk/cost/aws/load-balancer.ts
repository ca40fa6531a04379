import { Props, priced, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, isUnpriced, placeAws, priceNotes, ROUNDED, usageAt } from "./golden";

/** Hourly and capacity-unit prices per ELBv2 type (us-east-1). LCUs are billed per LCU-hour. */
export const ELB_V2_PRICES: Readonly<Record<string, { hour: ListPrice; lcuHour: ListPrice; lcu: string }>> = {
  application: {
    hour: goldenPrice("lb_test", 0.0225, "hour"),
    lcuHour: goldenPrice("lb_test", 0.008, "LCU-hour", `$5.84 per LCU-month ${ROUNDED}, ÷ 730`),
    lcu: "LCU",
  },
  network: {
    hour: goldenPrice("lb_test", 0.0225, "hour"),
    lcuHour: goldenPrice("lb_test", 0.006, "NLCU-hour", `$4.38 per NLCU-month ${ROUNDED}, ÷ 730`),
    lcu: "NLCU",
  },
};
export const CLASSIC_LB_HOUR = goldenPrice("elb_test", 0.025, "hour");
const CLASSIC_DATA_GB = goldenPrice("elb_test", 0.008, "GB");

/** An Elastic Load Balancing v2 load balancer: its type's hourly charge, capacity units as usage. */
function loadBalancer(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const kind = str(props.loadBalancerType) ?? "application";
  const p = ELB_V2_PRICES[kind];
  if (!p)
    return unpriced(
      `loadBalancerType ${kind} has no price in the data; priced: ${Object.keys(ELB_V2_PRICES).join(", ")}`,
      "aws",
      region,
    );
  return priced(
    "aws",
    region,
    [{ item: `${kind} load balancer`, hourlyUsd: p.hour.usd }],
    [place.assumption, ...priceNotes(region, [p.hour, p.lcuHour])],
    {
      usage: [
        usageAt(ctx, p.lcuHour, "monthlyLcuHours", `${p.lcu}-hours per month (average ${p.lcu}s × 730)`),
      ],
    },
  );
}

/** A Classic Load Balancer: per hour, plus the GB it processes (usage). */
function classicLoadBalancer(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  return priced(
    "aws",
    region,
    [{ item: "classic load balancer", hourlyUsd: CLASSIC_LB_HOUR.usd }],
    [place.assumption, ...priceNotes(region, [CLASSIC_LB_HOUR, CLASSIC_DATA_GB])],
    { usage: [usageAt(ctx, CLASSIC_DATA_GB, "monthlyDataProcessedGb", "GB processed per month")] },
  );
}

export const pricers: PricerModule["pricers"] = {
  "aws:lb/loadBalancer:LoadBalancer": loadBalancer,
  "aws:alb/loadBalancer:LoadBalancer": loadBalancer,
  "aws:elb/loadBalancer:LoadBalancer": classicLoadBalancer,
};
