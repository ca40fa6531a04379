import type { Catalog } from "../catalog/catalog";
import type { Geography, PublicCloud } from "../catalog/types";
import { PUBLIC_CLOUDS } from "../catalog/types";
import { LeptonError } from "../errors";
import { NetworkUnit, validateNetworkUnit } from "../units/network";
import { StorageUnit, validateStorageUnit } from "../units/storage";
import { HOURS_PER_MONTH, monthly } from "./formulas";

export interface StoragePrice {
  cloud: PublicCloud;
  region: string;
  class: string;
  usdPerGbMonth: number;
  monthlyUsd: number;
  hourlyUsd: number;
  source: string;
  note?: string;
}

/** Monthly price of a storage unit in one cloud and region; an error when the catalog lacks the class. */
export function priceStorageUnit(
  unit: StorageUnit,
  cloud: PublicCloud,
  region: string,
  catalog: Catalog,
): StoragePrice {
  const u = validateStorageUnit(unit);
  catalog.requireRegion(cloud, region);
  const price = catalog.service(cloud, region, `object.${u.class}`);
  if (!price) {
    throw new LeptonError(
      `storage.class: "${u.class}" has no ${cloud} price in the catalog (no citable source); choose another class or cloud, or add an object.${u.class} price with a user catalog`,
    );
  }
  const m = price.usd * u.expectedGb;
  return {
    cloud,
    region,
    class: u.class,
    usdPerGbMonth: price.usd,
    monthlyUsd: Math.round(m * 100) / 100,
    hourlyUsd: m / HOURS_PER_MONTH,
    source: catalog.describeSource(price.source),
    ...(price.note ? { note: price.note } : {}),
  };
}

/** The cheapest cloud and region for a storage unit, among the clouds and geography allowed. */
export function cheapestStorage(
  unit: StorageUnit,
  catalog: Catalog,
  opts: { clouds?: readonly PublicCloud[]; geography?: Geography; cloud?: PublicCloud } = {},
): StoragePrice {
  const u = validateStorageUnit(unit);
  const clouds = opts.cloud ? [opts.cloud] : (opts.clouds ?? PUBLIC_CLOUDS);
  const candidates: StoragePrice[] = [];
  for (const cloud of clouds) {
    for (const r of catalog.regions(cloud)) {
      if (opts.geography && r.geography !== opts.geography) continue;
      if (!catalog.service(cloud, r.name, `object.${u.class}`)) continue;
      candidates.push(priceStorageUnit(u, cloud, r.name, catalog));
    }
  }
  candidates.sort(
    (a, b) =>
      a.usdPerGbMonth - b.usdPerGbMonth || a.cloud.localeCompare(b.cloud) || a.region.localeCompare(b.region),
  );
  if (!candidates[0]) {
    throw new LeptonError(
      `no ${u.class} object storage price for ${clouds.join(", ")}${opts.geography ? ` in ${opts.geography}` : ""} in the catalog; widen the clouds or geography`,
    );
  }
  return candidates[0];
}

/** Monthly internet egress of a network unit from one cloud and region. */
export function priceNetworkUnit(unit: NetworkUnit, cloud: PublicCloud, region: string, catalog: Catalog) {
  const u = validateNetworkUnit(unit);
  catalog.requireRegion(cloud, region);
  const price = catalog.service(cloud, region, "egress.gb");
  if (!price) {
    throw new LeptonError(
      `${cloud} internet egress has no price in the catalog (no citable source); add an egress.gb price with a user catalog`,
    );
  }
  return {
    cloud,
    region,
    usdPerGb: price.usd,
    monthlyUsd: monthly((price.usd * u.egressGbPerMonth) / HOURS_PER_MONTH),
    source: catalog.describeSource(price.source),
    ...(price.note ? { note: price.note } : {}),
  };
}
