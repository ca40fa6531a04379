import { awsRegion, NO_AWS_REGION } from "../aws/region";
import { priced, Props, unpriced, usageCharge } from "../helpers";
import { describePrice, INFRACOST_GOLDEN, ListPrice, regionNote } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";

/** Application load balancer hours (us-east-1): the golden's $16.43 / 730 h, to 8 significant digits. */
export const ALB_HOUR: ListPrice = {
  usd: 0.022506849,
  unit: "hour",
  region: "us-east-1",
  source: `${INFRACOST_GOLDEN} aws/lb_test (aws_lb.lb1, application: $16.43 / 730 hours)`,
  asOf: "2024-07-01",
};

/** Network load balancer hours (us-east-1): the same golden figure. */
export const NLB_HOUR: ListPrice = {
  ...ALB_HOUR,
  source: `${INFRACOST_GOLDEN} aws/lb_test (aws_lb.nlb1, network: $16.43 / 730 hours)`,
};

/** One LCU for a month (us-east-1), rounded to cents by the golden. */
export const ALB_LCU_MONTH: ListPrice = {
  usd: 5.84,
  unit: "LCU-month",
  region: "us-east-1",
  source: `${INFRACOST_GOLDEN} aws/lb_test (application: Load balancer capacity units)`,
  asOf: "2024-07-01",
};

/** One NLCU for a month (us-east-1), rounded to cents by the golden. */
export const NLB_LCU_MONTH: ListPrice = {
  usd: 4.38,
  unit: "LCU-month",
  region: "us-east-1",
  source: `${INFRACOST_GOLDEN} aws/lb_test (network: Load balancer capacity units)`,
  asOf: "2024-07-01",
};

/**
 * An awsx load balancer: the hourly charge of the ELBv2 load balancer it creates, plus its capacity
 * units from the usage file (`capacityUnits`: the month's average LCUs). Its default target group,
 * listener and security group are not billed.
 */
function loadBalancer(kind: "application" | "network", hour: ListPrice, lcu: ListPrice) {
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
            unit: lcu.unit,
            unitSize: 1,
            usdPerUnit: lcu.usd,
            source: describePrice(lcu),
          }),
        ],
      },
    );
  };
}

export const pricers: PricerModule["pricers"] = {
  "awsx:lb:ApplicationLoadBalancer": loadBalancer("application", ALB_HOUR, ALB_LCU_MONTH),
  "awsx:lb:NetworkLoadBalancer": loadBalancer("network", NLB_HOUR, NLB_LCU_MONTH),
};
