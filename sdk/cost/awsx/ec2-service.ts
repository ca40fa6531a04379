import { awsRegion } from "../aws/region";
import { priced, Props } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";

/**
 * An awsx `ecs.EC2Service`: its tasks run on the cluster's own EC2 instances, which are billed (and
 * priced) where they are declared — an Auto Scaling group, a capacity provider's instances. The
 * service itself adds no charge, so it is priced 0 with that stated.
 */
function ec2Service(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = awsRegion(props, ctx);
  return priced(
    "aws",
    region,
    [],
    [
      assumption,
      "EC2 launch type: the tasks run on the cluster's EC2 instances, priced where those are declared; the service adds no charge",
    ],
  );
}

export const pricers: PricerModule["pricers"] = { "awsx:ecs:EC2Service": ec2Service };
