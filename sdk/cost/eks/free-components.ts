import { awsRegion } from "../aws/region";
import { priced, Props } from "../helpers";
import type { PriceFn, PricerModule } from "../registry";
import type { PriceContext } from "../types";

/** A pulumi-eks component AWS does not bill: priced 0 with the reason stated. */
function free(reason: string): PriceFn {
  return (props: Props, ctx: PriceContext) => {
    const { region, assumption } = awsRegion(props, ctx);
    return priced("aws", region, [], [assumption, reason]);
  };
}

export const pricers: PricerModule["pricers"] = {
  "eks:index:NodeGroupSecurityGroup": free("security groups are not billed"),
  "eks:index:VpcCniAddon": free("the VPC CNI add-on is not billed (it runs on the nodes)"),
  "eks:index:ClusterCreationRoleProvider": free("IAM roles are not billed"),
};
