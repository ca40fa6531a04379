import { SPOT_SNAPSHOT_NOTE } from "../catalog/catalog";
import type { PublicCloud } from "../catalog/types";
import { splitSpot, SpotDistribution } from "../placement/split";
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
  /**
   * Spot capacity: how many of the instances run on spot (`ALL_SPOT` for a spot VM, a group's
   * distribution for a mixed group). Spot instances are priced at the catalog's spot figure.
   * @default every instance on-demand
   */
  spot?: SpotDistribution;
  /** What the resource said that made it spot, for the assumptions (e.g. `instanceMarketOptions.marketType spot`). */
  spotReason?: string;
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
  const spotShare = spec.spot && spec.spot.spotPercent > 0 ? spec.spot : undefined;
  const spotOffer = spotShare ? catalog.spotPrice(cloud, region, instanceType) : undefined;
  // Without a spot figure the spot part is priced on-demand: an upper bound, said so, never $0.
  const spotHourly = spotOffer?.hourlyUsd ?? offer.hourlyUsd;
  const extras: PriceLine[] = [];
  for (const a of spec.accelerators ?? []) {
    const price = catalog.accelerator(cloud, region, a.type);
    if (!price)
      return unpriced(`accelerator ${a.type} has no price in ${region} in the catalog`, cloud, region);
    extras.push({ item: `${a.count}× ${a.type}`, hourlyUsd: a.count * price.hourlyUsd });
  }
  for (const d of spec.disks) {
    const price = catalog.service(cloud, region, d.class === "ssd" ? "disk.ssd" : "disk.standard");
    if (!price)
      return unpriced(`no ${d.class} disk price for ${cloud} ${region} in the catalog`, cloud, region);
    extras.push({ item: `${d.label} ${d.gb} GB`, hourlyUsd: perGbMonth(price.usd, d.gb) });
  }
  const extrasEach = extras.reduce((s, l) => s + l.hourlyUsd, 0);
  const split = (n: number) => (spotShare ? splitSpot(n, spotShare) : { onDemand: n, spot: 0 });
  const hourlyAt = (n: number) => {
    const { onDemand, spot } = split(n);
    return onDemand * offer.hourlyUsd + spot * spotHourly + n * extrasEach;
  };
  const times = (item: string, n: number) => (n === 1 ? item : `${item} × ${n}`);
  const { onDemand, spot } = split(spec.count);
  // One instance's price: on-demand while the distribution keeps any instance on-demand, else spot.
  const allSpot = spotShare !== undefined && spotShare.onDemandBase === 0 && spotShare.spotPercent === 100;
  const lines: PriceLine[] = [];
  // A spot-only resource shows one spot line (at 0 instances too); a mixed group its on-demand and spot parts apart.
  if (!allSpot) lines.push({ item: times(instanceType, onDemand), hourlyUsd: offer.hourlyUsd * onDemand });
  if (allSpot || spot > 0)
    lines.push({ item: `${times(instanceType, spot)} (spot)`, hourlyUsd: spotHourly * spot, spot: true });
  for (const l of extras)
    lines.push({ item: times(l.item, spec.count), hourlyUsd: l.hourlyUsd * spec.count });
  const each = (allSpot ? spotHourly : offer.hourlyUsd) + extrasEach;
  const range =
    spec.min !== undefined && spec.max !== undefined
      ? {
          minMonthlyUsd: Math.round(hourlyAt(spec.min) * 730 * 100) / 100,
          maxMonthlyUsd: Math.round(hourlyAt(spec.max) * 730 * 100) / 100,
        }
      : undefined;
  const spotNotes: string[] = [];
  if (spotShare) {
    spotNotes.push(
      allSpot
        ? `every instance on spot${spec.spotReason ? ` (${spec.spotReason})` : ""}`
        : `${spot} of ${spec.count} instances on spot: on-demand base ${spotShare.onDemandBase}, ${spotShare.spotPercent} % of the rest on spot, rounded in favour of on-demand${spec.spotReason ? ` (${spec.spotReason})` : ""}`,
      spotOffer
        ? `spot price: ${catalog.describeSource(spotOffer.source)}; ${SPOT_SNAPSHOT_NOTE}`
        : `${instanceType} has no spot price in ${region} in the catalog: its spot instances are priced on-demand (an upper bound); add one with a user catalog's spotOffers`,
    );
    if ((spec.accelerators ?? []).length > 0)
      spotNotes.push("accelerators priced on-demand (the catalog has no spot GPU prices): an upper bound");
  }
  const result = priced(
    cloud,
    region,
    lines,
    [`instance price: ${catalog.describeSource(offer.source)}`, ...spotNotes, ...spec.assumptions],
    {
      instanceType,
      count: spec.count,
      perInstanceHourlyUsd: Math.round(each * 1e6) / 1e6,
      ...(range ? { range } : {}),
      ...(spotShare ? { spotShare: allSpot || spec.count === 0 ? 1 : spot / spec.count } : {}),
    },
  );
  if (spotShare)
    result.assumptions[0] = "730 hours a month, on-demand list prices and spot prices (snapshot)";
  return result;
}
