import type { Catalog } from "../../sdk/catalog/catalog";
import { GEOGRAPHIES, PUBLIC_CLOUDS } from "../../sdk/catalog/types";
import type { Geography, PublicCloud } from "../../sdk/catalog/types";
import { cheapestStorage, priceStorageUnit, StoragePrice } from "../../sdk/cost/unit-prices";
import { Issue, LeptonError } from "../../sdk/errors";
import { Checker, oneOf } from "../../sdk/units/checks";
import type { ResolvedStorageUnit } from "../../sdk/units/storage";
import { leptonConfig, providerRegions } from "./config";

/** Where object storage may go. Every field is optional; a pinned cloud or region is never changed. */
export interface StoragePlacementArgs {
  /** Pin a cloud. @default the cheapest of `clouds` */
  cloud?: PublicCloud;
  /** Clouds allowed. @default the stack's `lepton-multicloud:clouds` (aws, azure, gcp) */
  clouds?: PublicCloud[];
  /** Pin a region (of `cloud`, or of the one cloud that has a region of that name). */
  region?: string;
  /** Choose the cheapest region in this geography. @default the default provider's region, else anywhere */
  geography?: Geography;
}

/**
 * Checks storage placement args against the catalog; returns every problem found. Kubernetes gets
 * its own message: a cluster has no object store to place a bucket in.
 */
export function checkStoragePlacement(input: unknown, catalog: Catalog, field = "placement"): Issue[] {
  if (input === undefined) return [];
  const c = new Checker(field);
  const p = c.object("", input);
  if (!p) return c.issues;
  c.unknownKeys(p, ["cloud", "clouds", "region", "geography"]);
  if (p.cloud === "kubernetes") {
    c.issues.push({
      path: c.at("cloud"),
      value: p.cloud,
      problem: '"kubernetes" has no object store to place a bucket in',
      expected:
        'choose a cloud ("aws", "azure" or "gcp"; pods reach its bucket over HTTPS), or run an S3-compatible store in the cluster yourself',
    });
  } else if (p.cloud !== undefined) c.choice("cloud", p.cloud, PUBLIC_CLOUDS);
  if (p.clouds !== undefined) {
    if (!Array.isArray(p.clouds) || p.clouds.length === 0)
      c.add("clouds", p.clouds, `use a non-empty array of ${PUBLIC_CLOUDS.join(", ")}`);
    else p.clouds.forEach((x, i) => c.choice(`clouds[${i}]`, x, PUBLIC_CLOUDS));
  }
  if (p.geography !== undefined) c.choice("geography", p.geography, GEOGRAPHIES);
  if (p.region !== undefined) {
    const pinned = (PUBLIC_CLOUDS as readonly unknown[]).includes(p.cloud)
      ? (p.cloud as PublicCloud)
      : undefined;
    const scope = pinned ? [pinned] : PUBLIC_CLOUDS;
    const valid = scope.flatMap((cl) => catalog.regions(cl).map((r) => r.name));
    if (typeof p.region !== "string" || !valid.includes(p.region)) {
      c.add(
        "region",
        p.region,
        `${pinned ? `not a ${pinned} region in the catalog; ` : "not a region in the catalog; "}${oneOf(valid, p.region)}`,
      );
    } else if (typeof p.geography === "string") {
      const cloud = pinned ?? scope.find((cl) => catalog.region(cl, p.region as string));
      const geo = cloud ? catalog.region(cloud, p.region)?.geography : undefined;
      if (geo && geo !== p.geography)
        c.add(
          "geography",
          p.geography,
          `region ${p.region} is in "${geo}"; drop one of region and geography`,
        );
    }
  }
  return c.issues;
}

/** The cheaper of two storage prices, ordered as the sdk's `cheapestStorage` orders candidates. */
function cheaper(a: StoragePrice | undefined, b: StoragePrice): StoragePrice {
  if (!a) return b;
  const order =
    a.usdPerGbMonth - b.usdPerGbMonth || a.cloud.localeCompare(b.cloud) || a.region.localeCompare(b.region);
  return order <= 0 ? a : b;
}

/**
 * Places a storage unit for a component, with the stack's defaults: clouds from
 * `lepton-multicloud:clouds`; on a cloud whose default provider has a region configured (and in
 * the geography asked for, if any), that region; elsewhere the cheapest region the sdk finds.
 * Call `checkStoragePlacement` first: this assumes the args are valid.
 */
export function placeStorageForComponent(
  unit: ResolvedStorageUnit,
  args: StoragePlacementArgs = {},
): { price: StoragePrice; catalog: Catalog } {
  const { clouds, catalog } = leptonConfig();
  if (args.region) {
    const owner = args.cloud ?? PUBLIC_CLOUDS.find((cl) => catalog.region(cl, args.region!));
    return { price: priceStorageUnit(unit, owner!, args.region, catalog), catalog };
  }
  const scope = args.cloud ? [args.cloud] : (args.clouds ?? clouds);
  const configured = providerRegions();
  let best: StoragePrice | undefined;
  for (const cloud of scope) {
    const region = configured[cloud];
    const known = region ? catalog.region(cloud, region) : undefined;
    const inGeography = known && (!args.geography || known.geography === args.geography);
    if (inGeography && catalog.service(cloud, region!, `object.${unit.class}`)) {
      best = cheaper(best, priceStorageUnit(unit, cloud, region!, catalog));
      continue;
    }
    const anyPrice = catalog
      .regions(cloud)
      .some(
        (r) =>
          (!args.geography || r.geography === args.geography) &&
          catalog.service(cloud, r.name, `object.${unit.class}`),
      );
    if (anyPrice) best = cheaper(best, cheapestStorage(unit, catalog, { cloud, geography: args.geography }));
  }
  if (!best) {
    throw new LeptonError(
      `storage.class: "${unit.class}" has no object storage price for ${scope.join(", ")}${args.geography ? ` in ${args.geography}` : ""} in the catalog; choose another class, widen placement.clouds or placement.geography, or add an object.${unit.class} price with a user catalog`,
    );
  }
  return { price: best, catalog };
}
