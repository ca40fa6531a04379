import { regionOfZone } from "../catalog/region-names";
import { readNumericTag, readTag, TAGS } from "../tags";
import type { StorageClass } from "../units/storage";
import { priceCompute, DiskSpec } from "./compute";
import { dig, missing, num, perGbMonth, priced, Props, resolveReference, str, unpriced } from "./helpers";
import { priceObjectStorage } from "./storage";
import type { PriceContext, ResourcePrice } from "./types";

const lastSegment = (s: string) => s.split("/").pop() ?? s;

export function gcpRegion(
  props: Props,
  ctx: Pick<PriceContext, "region">,
): { region?: string; assumption: string } {
  const region = str(props.region);
  if (region) return { region: lastSegment(region), assumption: "region from the resource's region" };
  const zone = str(props.zone);
  if (zone) return { region: regionOfZone(zone), assumption: `region from zone ${zone}` };
  if (ctx.region) return { region: ctx.region, assumption: "region from the provider (gcp:region)" };
  return { assumption: "" };
}

const pdClass = (type: unknown): "standard" | "ssd" =>
  typeof type === "string" && lastSegment(type) === "pd-ssd" ? "ssd" : "standard";

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

function diskResource(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = gcpRegion(props, ctx);
  if (!region) return unpriced("zone is not known", "gcp");
  const gb = num(props.size);
  if (gb === undefined) return unpriced(missing("size", props.size), "gcp", region);
  const cls = pdClass(props.type);
  const price = ctx.catalog.service("gcp", region, cls === "ssd" ? "disk.ssd" : "disk.standard");
  if (!price) return unpriced(`no persistent disk price for ${region}`, "gcp", region);
  return priced(
    "gcp",
    region,
    [{ item: `${str(props.type) ?? "pd-standard"} ${gb} GB`, hourlyUsd: perGbMonth(price.usd, gb) }],
    [assumption, price.note ?? ""],
  );
}

/** Machine type of a managed instance group: its template (resolved) or the lepton label. */
function groupMachineType(props: Props, ctx: PriceContext): string | undefined {
  const template = resolveReference(props, "versions.0.instanceTemplate", ctx);
  const fromTemplate = template ? str(template.props.machineType) : undefined;
  return fromTemplate ?? readTag(props, TAGS.instanceType);
}

function instanceGroup(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = gcpRegion(props, ctx);
  if (!region) return unpriced("region is not known", "gcp");
  const machine = groupMachineType(props, ctx);
  if (!machine)
    return unpriced(
      "the machine type comes from an instance template that could not be resolved; label allInstancesConfig with lepton-instance-type",
      "gcp",
      region,
    );
  const target = num(props.targetSize);
  const min = readNumericTag(props, TAGS.capacityMin);
  const max = readNumericTag(props, TAGS.capacityMax);
  return priceCompute(
    {
      cloud: "gcp",
      region,
      instanceType: lastSegment(machine),
      count: target ?? min ?? 1,
      ...(min !== undefined && max !== undefined ? { min, max } : {}),
      disks: [],
      assumptions: [
        assumption,
        target === undefined
          ? `targetSize not set (an autoscaler sizes the group): priced at ${min ?? 1}`
          : `priced at targetSize ${target}`,
        "boot disks not included",
      ],
    },
    ctx,
  );
}

const GCS_CLASSES: Record<string, StorageClass> = { STANDARD: "hot", NEARLINE: "cool", ARCHIVE: "archive" };

function bucket(props: Props, ctx: PriceContext): ResourcePrice {
  const location = str(props.location)?.toLowerCase();
  if (!location) return unpriced(missing("location", props.location), "gcp");
  const native = str(props.storageClass)?.toUpperCase() ?? "STANDARD";
  const cls = GCS_CLASSES[native];
  if (!cls)
    return unpriced(
      `storage class ${native} is not in the catalog (STANDARD, NEARLINE and ARCHIVE are)`,
      "gcp",
      location,
    );
  const known = ctx.catalog.region("gcp", location);
  return priceObjectStorage(
    "gcp",
    location,
    props,
    ctx,
    [
      known
        ? "region from the bucket's location"
        : `location ${location} is a multi-region: the all-regions figure is used`,
    ],
    cls,
  );
}

function forwardingRule(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = gcpRegion(props, ctx);
  const price = ctx.catalog.service("gcp", region ?? "*", "lb.hour");
  if (!price) return unpriced("no forwarding rule price in the catalog", "gcp", region);
  return priced(
    "gcp",
    region,
    [{ item: "forwarding rule", hourlyUsd: price.usd }],
    [assumption || "global", price.note ?? ""],
  );
}

export const gcpPricers: Record<string, (props: Props, ctx: PriceContext) => ResourcePrice> = {
  "gcp:compute/instance:Instance": instance,
  "gcp:compute/disk:Disk": diskResource,
  "gcp:compute/regionInstanceGroupManager:RegionInstanceGroupManager": instanceGroup,
  "gcp:compute/instanceGroupManager:InstanceGroupManager": instanceGroup,
  "gcp:storage/bucket:Bucket": bucket,
  "gcp:compute/forwardingRule:ForwardingRule": forwardingRule,
  "gcp:compute/globalForwardingRule:GlobalForwardingRule": forwardingRule,
};
