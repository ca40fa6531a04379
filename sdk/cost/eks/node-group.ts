import { awsRegion, NO_AWS_REGION } from "../aws/region";
import { Props, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { burstableNote, nodeGroupSettings, priceNodes } from "./nodes";

/**
 * A pulumi-eks `NodeGroup` (CloudFormation Auto Scaling group) or `NodeGroupV2` (launch template
 * Auto Scaling group): `desiredCapacity` (default 2) nodes of `instanceType` (default t3.medium),
 * each with its root volume (default 20 GB gp2); the range spans `minSize`..`maxSize` (1..2).
 */
function nodeGroup(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = awsRegion(props, ctx);
  if (!region) return unpriced(NO_AWS_REGION, "aws");
  const settings = nodeGroupSettings(props, region, "");
  if (typeof settings === "string") return unpriced(settings, "aws", region);
  settings.assumptions.push(assumption, burstableNote(settings.instanceType));
  return priceNodes(settings, ctx);
}

export const pricers: PricerModule["pricers"] = {
  "eks:index:NodeGroup": nodeGroup,
  "eks:index:NodeGroupV2": nodeGroup,
};
