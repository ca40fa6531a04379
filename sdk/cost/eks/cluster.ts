import { EKS_CONTROL_PLANE_HOUR, EKS_EXTENDED_SUPPORT_HOUR } from "../aws/eks";
import { awsRegion, NO_AWS_REGION } from "../aws/region";
import { dig, priced, Props, str, unpriced } from "../helpers";
import { describePrice, regionNote } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { burstableNote, FixedLine, nodeGroupSettings, priceNodes } from "./nodes";

/**
 * A pulumi-eks `Cluster`: the EKS control plane, plus its default node group unless
 * `skipDefaultNodeGroup`, `fargate` or `autoMode.enabled` leaves it out. The node group's settings
 * are `nodeGroupOptions` when given (pulumi-eks rejects mixing them with the top-level ones), else
 * the top-level `desiredCapacity` (default 2), `instanceType` (default t3.medium),
 * `nodeRootVolumeSize` (default 20 GB) and so on.
 */
function cluster(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = awsRegion(props, ctx);
  if (!region) return unpriced(NO_AWS_REGION, "aws");
  const controlPlane: FixedLine = {
    item: "EKS control plane",
    hourlyUsd: EKS_CONTROL_PLANE_HOUR.usd,
    note: `EKS control plane: ${describePrice(EKS_CONTROL_PLANE_HOUR)}; a Kubernetes version in extended support costs ${describePrice(EKS_EXTENDED_SUPPORT_HOUR)} (upgradePolicy ${str(dig(props, "upgradePolicy.supportType")) ?? "EXTENDED, the default"})`,
  };
  const notes = [assumption, regionNote(EKS_CONTROL_PLANE_HOUR, region)];
  const skipReason =
    props.skipDefaultNodeGroup === true
      ? "skipDefaultNodeGroup: no default node group"
      : props.fargate !== undefined && props.fargate !== false
        ? "fargate: no default node group; pods on the Fargate profile are billed per pod (vCPU and memory), not known offline"
        : dig(props, "autoMode.enabled") === true
          ? "autoMode: no default node group; EKS Auto Mode bills the instances it launches plus a management fee, not known offline"
          : undefined;
  if (skipReason)
    return priced(
      "aws",
      region,
      [{ item: controlPlane.item, hourlyUsd: controlPlane.hourlyUsd }],
      [controlPlane.note, ...notes, skipReason],
    );
  const options = props.nodeGroupOptions;
  const fromOptions = options !== null && typeof options === "object";
  const settings = nodeGroupSettings(
    fromOptions ? (options as Props) : props,
    region,
    fromOptions ? "nodeGroupOptions." : "",
  );
  if (typeof settings === "string") return unpriced(`default node group: ${settings}`, "aws", region);
  settings.assumptions.unshift("default node group");
  settings.assumptions.push(...notes, burstableNote(settings.instanceType));
  return priceNodes(settings, ctx, [controlPlane]);
}

export const pricers: PricerModule["pricers"] = { "eks:index:Cluster": cluster };
