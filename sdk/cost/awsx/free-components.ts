import { awsRegion } from "../aws/region";
import { priced, Props } from "../helpers";
import type { PriceFn, PricerModule } from "../registry";
import type { PriceContext } from "../types";

/** An awsx component whose children AWS does not bill: priced 0 with the reason stated. */
function free(reason: string): PriceFn {
  return (props: Props, ctx: PriceContext) => {
    const { region, assumption } = awsRegion(props, ctx);
    return priced("aws", region, [], [assumption, reason]);
  };
}

export const pricers: PricerModule["pricers"] = {
  "awsx:ecr:Image": free(
    "an image build and push is not billed; its storage is billed on the repository (storageGb)",
  ),
  "awsx:ecr:RegistryImage": free(
    "an image push is not billed; its storage is billed on the repository (storageGb)",
  ),
  "awsx:ecs:FargateTaskDefinition": free(
    "task definitions are not billed; the tasks a service runs from them are",
  ),
  "awsx:ecs:EC2TaskDefinition": free(
    "task definitions are not billed; the tasks a service runs from them are",
  ),
  "awsx:lb:TargetGroupAttachment": free("target group attachments are not billed"),
  "awsx:ec2:DefaultVpc": free("reads the account's default VPC: nothing is created"),
};
