import type { PublicCloud } from "../catalog/types";
import { oneOf } from "../units/checks";
import { perGbMonth, priced, unpriced } from "./helpers";
import type { PriceContext, PriceLine, ResourcePrice } from "./types";

export interface DiskSpec {
  gb: number;
  class: "standard" | "ssd";
  label: string;
}

export interface ComputeSpec {
  cloud: PublicCloud;
  region: string;
  instanceType: string;
  /** Instances counted in the headline figure. */
  count: number;
  /** Capacity range for groups. */
  min?: number;
  max?: number;
  disks: DiskSpec[];
  /** GCP accelerators attached to the machine. */
  accelerators?: { type: string; count: number }[];
  assumptions: string[];
}

/** Prices `count` instances of a catalog type with their disks; the one path every compute resource takes. */
export function priceCompute(spec: ComputeSpec, ctx: PriceContext): ResourcePrice {
  const { catalog } = ctx;
  const { cloud, region, instanceType } = spec;
  if (!catalog.region(cloud, region)) {
    return unpriced(
      `region "${region}" is not in the ${cloud} catalog; ${oneOf(
        catalog.regions(cloud).map((r) => r.name),
        region,
      )}`,
      cloud,
      region,
    );
  }
  const offer = catalog.offer(cloud, region, instanceType);
  if (!offer) {
    const known = catalog.instanceType(cloud, instanceType);
    return unpriced(
      known
        ? `${instanceType} has no price in ${region} in the catalog (not offered there, or not collected); add one with a user catalog`
        : `instance type "${instanceType}" is not in the ${cloud} catalog; nearest: ${catalog
            .nearestInstanceTypes(cloud, instanceType)
            .join(", ")}; add it with a user catalog if it is new`,
      cloud,
      region,
    );
  }
  const lines: PriceLine[] = [];
  const perInstance: PriceLine[] = [{ item: instanceType, hourlyUsd: offer.hourlyUsd }];
  for (const a of spec.accelerators ?? []) {
    const price = catalog.accelerator(cloud, region, a.type);
    if (!price)
      return unpriced(`accelerator ${a.type} has no price in ${region} in the catalog`, cloud, region);
    perInstance.push({ item: `${a.count}× ${a.type}`, hourlyUsd: a.count * price.hourlyUsd });
  }
  for (const d of spec.disks) {
    const price = catalog.service(cloud, region, d.class === "ssd" ? "disk.ssd" : "disk.standard");
    if (!price)
      return unpriced(`no ${d.class} disk price for ${cloud} ${region} in the catalog`, cloud, region);
    perInstance.push({ item: `${d.label} ${d.gb} GB`, hourlyUsd: perGbMonth(price.usd, d.gb) });
  }
  const each = perInstance.reduce((s, l) => s + l.hourlyUsd, 0);
  for (const l of perInstance)
    lines.push({
      item: spec.count === 1 ? l.item : `${l.item} × ${spec.count}`,
      hourlyUsd: l.hourlyUsd * spec.count,
    });
  const range =
    spec.min !== undefined && spec.max !== undefined
      ? {
          minMonthlyUsd: Math.round(each * spec.min * 730 * 100) / 100,
          maxMonthlyUsd: Math.round(each * spec.max * 730 * 100) / 100,
        }
      : undefined;
  return priced(
    cloud,
    region,
    lines,
    [`instance price: ${catalog.describeSource(offer.source)}`, ...spec.assumptions],
    {
      instanceType,
      count: spec.count,
      perInstanceHourlyUsd: Math.round(each * 1e6) / 1e6,
      ...(range ? { range } : {}),
    },
  );
}
