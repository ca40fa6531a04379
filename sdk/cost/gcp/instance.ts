import { priceCompute, DiskSpec } from "../compute";
import { dig, missing, num, Props, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { gcpRegion, lastSegment, pdClass } from "./region";

/** A Compute Engine instance: machine type, attached GPUs and the boot disk. */
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
  return priceCompute(
    { cloud: "gcp", region, instanceType: lastSegment(machine), count: 1, disks, accelerators, assumptions },
    ctx,
  );
}

export const pricers: PricerModule["pricers"] = { "gcp:compute/instance:Instance": instance };
