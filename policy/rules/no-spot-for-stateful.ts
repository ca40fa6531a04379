import type { Catalog } from "../../sdk/catalog/catalog";
import type { PublicCloud } from "../../sdk/catalog/types";
import { awsMarketIsSpot } from "../../sdk/cost/aws/ec2-instance";
import { azurePriorityIsSpot } from "../../sdk/cost/azure/virtual-machine";
import { HOURS_PER_MONTH } from "../../sdk/cost/formulas";
import { gcpSpotReason } from "../../sdk/cost/gcp/instance";
import { readTag, TAGS } from "../../sdk/tags";
import { UNKNOWN } from "../../sdk/cost/types";
import { priceSubject } from "../lib/compute";
import { RULES } from "../lib/names";
import { usd } from "../lib/report";
import { CATALOG_FILE_SCHEMA, resourceRule, RuleContext } from "../lib/rule";
import { at, isUnknown, list, Props, Subject } from "../lib/subject";

export interface NoSpotForStatefulConfig {
  allowAcknowledgedDataLoss: boolean;
  catalogFile: string;
}

const VM = "lepton-multicloud:index:MultiCloudVm";

/** Per raw instance type: whether it asks for spot, and the data volumes it attaches. */
const RAW: Record<string, { spot: (p: Props) => unknown; dataDisks: string }> = {
  "aws:ec2/instance:Instance": { spot: (p) => p.instanceMarketOptions, dataDisks: "ebsBlockDevices" },
  "azure-native:compute:VirtualMachine": { spot: (p) => p.priority, dataDisks: "storageProfile.dataDisks" },
  "gcp:compute/instance:Instance": { spot: (p) => p.scheduling, dataDisks: "attachedDisks" },
};

function isSpot(type: string, props: Props): boolean {
  if (type === "aws:ec2/instance:Instance") return awsMarketIsSpot(props);
  if (type === "azure-native:compute:VirtualMachine") return azurePriorityIsSpot(props.priority);
  return gcpSpotReason(props) !== undefined;
}

/** What staying on-demand costs more per month than spot, for the message. */
function onDemandPremium(cloud: PublicCloud, region: string, type: string, catalog: Catalog): string {
  const od = catalog.offer(cloud, region, type);
  const spot = catalog.spotPrice(cloud, region, type);
  return od && spot
    ? ` (on-demand costs ${usd((od.hourlyUsd - spot.hourlyUsd) * HOURS_PER_MONTH)}/month more than spot for ${type} in ${region}, the price of keeping it running)`
    : "";
}

const FIX =
  "run it on-demand, or keep its state off the machine (a managed database, a bucket) and run stateless copies in a BalancedPool with a spot share; if losing it is acceptable, exempt it with lepton-policy-exempt and a reason";

function component(s: Subject, ctx: RuleContext<NoSpotForStatefulConfig>): void {
  const capacity = s.props.capacity;
  if (isUnknown(capacity)) {
    ctx.note(`${s.name}: could not check for spot capacity: capacity is unknown during preview.`);
    return;
  }
  if (capacity !== "spot") return;
  const acknowledged = at(s.props, "spot.acknowledgeDataLoss") === true;
  if (acknowledged && ctx.config.allowAcknowledgedDataLoss) return;
  const placed = (s.props.placed ?? {}) as Props;
  const premium =
    typeof placed.cloud === "string" && placed.cloud !== "kubernetes"
      ? onDemandPremium(
          placed.cloud as PublicCloud,
          String(placed.region),
          String(placed.instanceType),
          ctx.catalog(),
        )
      : "";
  const onInterruption =
    at(s.props, "spot.onInterruption") === "delete" ? "deleted with its disk" : "stopped";
  ctx.violation(
    `${s.name}: a MultiCloudVm keeps its state on its disk, but runs on spot: the cloud may take it back at any time, and it is ${onInterruption} until capacity returns. Set capacity: "onDemand"${premium}; or ${FIX.replace(/^run it on-demand, or /, "")}.`,
  );
}

function raw(s: Subject, ctx: RuleContext<NoSpotForStatefulConfig>): void {
  // A MultiCloudVm's instance is judged as the component.
  const owner = readTag(s.props, TAGS.component);
  if (typeof owner === "string" && /^multicloudvm[/_]/i.test(owner)) return;
  const def = RAW[s.type];
  const marker = def.spot(s.props);
  const disks = list(s.props, def.dataDisks);
  if (isUnknown(marker) || JSON.stringify(marker ?? null).includes(UNKNOWN) || isUnknown(disks)) {
    ctx.note(
      `${s.name}: could not check for spot with data volumes: its spot settings or volumes are unknown during preview.`,
    );
    return;
  }
  if (!isSpot(s.type, s.props) || disks.length === 0) return;
  const price = priceSubject(s, ctx.catalog());
  const premium =
    price.priced && price.instanceType && price.region
      ? onDemandPremium(price.cloud as PublicCloud, price.region, price.instanceType, ctx.catalog())
      : "";
  ctx.violation(
    `${s.name}: runs on spot with ${disks.length} data volume${disks.length === 1 ? "" : "s"} attached (${def.dataDisks}): a spot interruption stops or deletes the machine, and what it was writing goes with it. ${FIX[0].toUpperCase()}${FIX.slice(1)}${premium}.`,
  );
}

/**
 * Spot capacity under a machine that keeps state: a MultiCloudVm on spot, or a raw spot instance
 * with data volumes attached. Interruptions come at any time; stateful machines belong on-demand.
 */
export const noSpotForStateful = resourceRule<NoSpotForStatefulConfig>({
  name: RULES.noSpotForStateful,
  description:
    "Machines that keep state (a MultiCloudVm, an instance with data volumes) should not run on spot.",
  enforcementLevel: "mandatory",
  configSchema: {
    properties: {
      allowAcknowledgedDataLoss: {
        type: "boolean",
        default: false,
        description:
          "Let a MultiCloudVm on spot pass when its spot.acknowledgeDataLoss is true (its owner accepted losing the disk).",
      },
      catalogFile: CATALOG_FILE_SCHEMA,
    },
  },
  appliesTo: (type) => type === VM || type in RAW,
  check: (s, ctx) => (s.type === VM ? component(s, ctx) : raw(s, ctx)),
});
