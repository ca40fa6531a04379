import { ALL_SPOT } from "../../placement/split";
import { priceCompute, DiskSpec } from "../compute";
import { dig, missing, num, Props, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { gcpRegion, lastSegment, pdClass } from "./region";

/**
 * Why an instance (or a template's instances) runs on spot: `scheduling.provisioningModel` SPOT,
 * or `scheduling.preemptible` (preemptible VMs are billed at spot prices); undefined when it does not.
 */
export function gcpSpotReason(props: Props): string | undefined {
  if (str(dig(props, "scheduling.provisioningModel"))?.toUpperCase() === "SPOT")
    return "scheduling.provisioningModel SPOT";
  const preemptible = dig(props, "scheduling.preemptible");
  if (preemptible === true || preemptible === "true") return "scheduling.preemptible (billed as spot)";
  return undefined;
}

/** A Compute Engine instance: machine type (on-demand or spot), attached GPUs and the boot disk. */
function instance(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = gcpRegion(props, ctx);
  if (!region) return unpriced("zone is not known: set zone or gcp:zone/gcp:region", "gcp");
  const machine = str(props.machineType);
  if (!machine) return unpriced(missing("machineType", props.machineType), "gcp", region);
  const assumptions = [assumption];
  const size = num(dig(props, "bootDisk.initializeParams.size"));
  if (size === undefined) assumptions.push("boot disk size not set: 10 GB assumed (the image default)");
  const disks: DiskSpec[] = [
    { gb: size ?? 10, class: pdClass(dig(props, "bootDisk.initializeParams.type")), label: "boot disk" },
  ];
  const accelerators = ((props.guestAccelerators as Props[] | undefined) ?? [])
    .map((a) => ({ type: lastSegment(str(a.type) ?? ""), count: num(a.count) ?? 1 }))
    .filter((a) => a.type);
  const spotReason = gcpSpotReason(props);
  return priceCompute(
    {
      cloud: "gcp",
      region,
      instanceType: lastSegment(machine),
      count: 1,
      disks,
      accelerators,
      assumptions,
      ...(spotReason ? { spot: ALL_SPOT, spotReason } : {}),
    },
    ctx,
  );
}

export const pricers: PricerModule["pricers"] = { "gcp:compute/instance:Instance": instance };
