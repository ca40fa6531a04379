import { ELB_V2_PRICES } from "../aws/load-balancer";
import { awsRegion, NO_AWS_REGION } from "../aws/region";
import { HOURS_PER_MONTH } from "../formulas";
import { priced, Props, unpriced, usageCharge } from "../helpers";
import { describePrice, regionNote } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";

/**
 * An awsx load balancer: the hourly charge of the ELBv2 load balancer it creates, plus its capacity
 * units from the usage file (`capacityUnits`: the month's average LCUs). Its default target group,
 * listener and security group are not billed.
 */
function loadBalancer(kind: "application" | "network") {
  const { hour, lcuHour } = ELB_V2_PRICES[kind];
  return (props: Props, ctx: PriceContext): ResourcePrice => {
    const { region, assumption } = awsRegion(props, ctx);
    if (!region) return unpriced(NO_AWS_REGION, "aws");
    return priced(
      "aws",
      region,
      [{ item: `${kind} load balancer`, hourlyUsd: hour.usd }],
      [
        assumption,
        `${kind} load balancer: ${describePrice(hour)}`,
        "the default target group, listener and security group awsx creates are not billed",
        regionNote(hour, region),
      ],
      {
        usage: [
          usageCharge(ctx, {
            key: "capacityUnits",
            quantityUnit: "LCUs (average over the month)",
            unit: "LCU-month",
            unitSize: 1,
            usdPerUnit: lcuHour.usd * HOURS_PER_MONTH,
            source: describePrice(lcuHour),
          }),
        ],
      },
    );
  };
}

export const pricers: PricerModule["pricers"] = {
  "awsx:lb:ApplicationLoadBalancer": loadBalancer("application"),
  "awsx:lb:NetworkLoadBalancer": loadBalancer("network"),
};
