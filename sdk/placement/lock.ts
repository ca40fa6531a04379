import type { Catalog } from "../catalog/catalog";
import { PUBLIC_CLOUDS, PublicCloud } from "../catalog/types";
import type { StoragePrice } from "../cost/unit-prices";
import { LeptonError, show, throwIfIssues } from "../errors";
import { Checker, oneOf } from "../units/checks";
import type { ComputeUnit } from "../units/compute";
import { place, Placement, PlacementConstraints, PlacementError } from "./place";

/** The stack config key that holds the placement lock. */
export const LOCK_CONFIG_KEY = "lepton-multicloud:placements";

/** A locked machine placement: a `MultiCloudVm`, or one member of a `BalancedPool`. */
export interface ComputeLockEntry {
  cloud: PublicCloud;
  region: string;
  instanceType: string;
  arch?: string;
  /** For review: the hourly price of the type when it was locked. */
  hourlyUsd?: number;
  /** For review: the date of the catalog the entry was chosen from (YYYY-MM-DD). */
  catalogDate?: string;
}

/** A locked bucket placement: a `MultiCloudBucket`. */
export interface StorageLockEntry {
  cloud: PublicCloud;
  region: string;
  storageClass: string;
  /** For review: the GB-month price when it was locked. */
  usdPerGbMonth?: number;
  catalogDate?: string;
}

export type LockEntry = ComputeLockEntry | StorageLockEntry;

const article = (cloud: string) => `${/^[aeiou]/.test(cloud) ? "an" : "a"} ${cloud}`;

export const isStorageEntry = (e: LockEntry): e is StorageLockEntry => "storageClass" in e;

const COMPUTE_FIELDS = ["cloud", "region", "instanceType", "arch", "hourlyUsd", "catalogDate"] as const;
const STORAGE_FIELDS = ["cloud", "region", "storageClass", "usdPerGbMonth", "catalogDate"] as const;

/**
 * Reads the lock from its config value (an object of entries, or the JSON string the engine hands
 * the program). Checks each entry's shape and names: every problem at once, each naming the
 * entry key and field, the value and the fix.
 */
export function readLock(raw: unknown, catalog: Catalog): Record<string, LockEntry> {
  if (raw === undefined || raw === null || raw === "") return {};
  let value = raw;
  if (typeof raw === "string") {
    try {
      value = JSON.parse(raw);
    } catch {
      throw new LeptonError(
        `${LOCK_CONFIG_KEY}: ${show(raw)} is not valid; use a map of placement keys to entries such as { cloud: aws, region: us-east-1, instanceType: m7i.large }`,
      );
    }
  }
  const c = new Checker(LOCK_CONFIG_KEY);
  const entries = c.object("", value);
  throwIfIssues(c.issues, "placement lock");
  const out: Record<string, LockEntry> = {};
  for (const [key, entry] of Object.entries(entries!)) {
    const e = c.object(key, entry);
    if (!e) continue;
    const storage = "storageClass" in e;
    c.unknownKeys(e, storage ? STORAGE_FIELDS : COMPUTE_FIELDS);
    const f = (field: string) => `${key}.${field}`;
    if (!(PUBLIC_CLOUDS as readonly unknown[]).includes(e.cloud)) {
      c.add(f("cloud"), e.cloud, oneOf(PUBLIC_CLOUDS, e.cloud));
      continue;
    }
    const cloud = e.cloud as PublicCloud;
    if (typeof e.region !== "string" || !catalog.region(cloud, e.region)) {
      c.add(
        f("region"),
        e.region,
        `not ${article(cloud)} region in the catalog; ${oneOf(
          catalog.regions(cloud).map((r) => r.name),
          e.region,
        )}`,
      );
      continue;
    }
    if (storage) {
      if (typeof e.storageClass !== "string" || e.storageClass === "")
        c.add(f("storageClass"), e.storageClass, "use the storage class of the bucket, e.g. hot");
    } else if (typeof e.instanceType !== "string" || !catalog.instanceType(cloud, e.instanceType)) {
      c.add(
        f("instanceType"),
        e.instanceType,
        `not ${article(cloud)} instance type in the catalog; ${oneOf(
          catalog.instanceTypes(cloud).map((t) => t.name),
          e.instanceType,
        )}`,
      );
      continue;
    } else if (!catalog.offer(cloud, e.region, e.instanceType)) {
      c.issues.push({
        path: c.at(f("instanceType")),
        value: e.instanceType,
        problem: `is not offered in ${cloud} ${e.region} in the catalog`,
        expected: `lock a type offered there (lepton-mc catalog --cloud ${cloud} --region ${e.region}), or remove the entry and run lepton-mc lock again`,
      });
      continue;
    }
    for (const n of ["hourlyUsd", "usdPerGbMonth"] as const)
      if (e[n] !== undefined && !(typeof e[n] === "number" && Number.isFinite(e[n]) && e[n] >= 0))
        c.add(f(n), e[n], "use a price of 0 or more, as lepton-mc lock writes it");
    if (e.catalogDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(e.catalogDate)))
      c.add(f("catalogDate"), e.catalogDate, "use a date YYYY-MM-DD");
    out[key] = e as unknown as LockEntry;
  }
  throwIfIssues(c.issues, "placement lock");
  return out;
}

/** How a placed thing relates to the lock. */
export const LOCK_STATUSES = ["locked", "unlocked", "resized", "stale", "pinned"] as const;
export type LockStatus = (typeof LOCK_STATUSES)[number];

export interface LockedPlacement {
  placement: Placement;
  status: LockStatus;
  /** Why the placement is not the entry as written (resized, stale), for the warning and the plan. */
  message?: string;
}

/** The program pins that the entry contradicts, in the args' own terms; empty when none. */
function contradictions(entry: ComputeLockEntry, args: PlacementConstraints, catalog: Catalog): string[] {
  const out: string[] = [];
  if (args.cloud !== undefined && args.cloud !== entry.cloud) out.push(`placement.cloud is ${args.cloud}`);
  if (args.clouds && !args.clouds.includes(entry.cloud))
    out.push(`placement.clouds ${args.clouds.join(",")} leave out ${entry.cloud}`);
  if (args.region !== undefined && args.region !== entry.region)
    out.push(`placement.region is ${args.region}`);
  if (args.regions && !args.regions.includes(entry.region))
    out.push(`placement.regions leave out ${entry.region}`);
  const geo = catalog.region(entry.cloud, entry.region)?.geography;
  if (args.geography && geo !== args.geography)
    out.push(`placement.geography is ${args.geography}, ${entry.region} is in ${geo}`);
  if (args.instanceType !== undefined && args.instanceType !== entry.instanceType)
    out.push(`placement.instanceType is ${args.instanceType}`);
  if (args.families && !args.families.includes(catalog.instanceType(entry.cloud, entry.instanceType)!.family))
    out.push(`placement.families leave out ${entry.instanceType}`);
  return out;
}

/**
 * The placement of a unit under a lock entry. Without an entry: `unplaced()` (placement as today).
 * With one: the locked type as-is; if the unit no longer fits it, the cheapest type that fits in
 * the same cloud and region (`resized`); if a pin of the program contradicts it, the program wins
 * (`stale`). The entry is never left for another cloud or region on its own.
 */
export function placeUnderLock(
  key: string,
  unit: ComputeUnit,
  args: PlacementConstraints,
  entry: ComputeLockEntry | undefined,
  catalog: Catalog,
  unplaced: () => Placement,
): LockedPlacement {
  if (!entry) return { placement: unplaced(), status: "unlocked" };
  const stale = contradictions(entry, args, catalog);
  if (stale.length > 0)
    return {
      placement: unplaced(),
      status: "stale",
      message: `placement lock entry "${key}" (${entry.cloud} ${entry.region} ${entry.instanceType}) is stale: the program now says ${stale.join("; ")}; the program wins. Run lepton-mc lock --prune and lepton-mc lock to record the new placement`,
    };
  const where = { cloud: entry.cloud, region: entry.region, allowBurstable: true } as const;
  try {
    return {
      placement: place(unit, { ...where, instanceType: entry.instanceType }, catalog),
      status: "locked",
    };
  } catch (e) {
    if (!(e instanceof PlacementError)) throw e;
  }
  try {
    const resized = place(unit, where, catalog);
    return {
      placement: resized,
      status: "resized",
      message: `placement lock entry "${key}": ${entry.instanceType} no longer fits the unit; resized to ${resized.instanceType} in the same place (${entry.cloud} ${entry.region}). Run lepton-mc lock --migrate ${key} to record it`,
    };
  } catch (e) {
    if (!(e instanceof PlacementError)) throw e;
    throw new LeptonError(
      `${LOCK_CONFIG_KEY}.${key}.instanceType: ${show(entry.instanceType)} cannot fit the unit, and no ${entry.cloud} type in ${entry.region} can (${e.message}); change the unit, or move the entry with lepton-mc lock --migrate ${key}`,
    );
  }
}

/** A bucket under a lock entry: the locked cloud and region unless the program pins elsewhere. */
export function placeStorageUnderLock(
  key: string,
  args: { cloud?: PublicCloud; clouds?: PublicCloud[]; region?: string; geography?: string },
  storageClass: string,
  entry: StorageLockEntry | undefined,
  catalog: Catalog,
  unplaced: () => StoragePrice,
  at: (cloud: PublicCloud, region: string) => StoragePrice,
): { price: StoragePrice; status: LockStatus; message?: string } {
  if (!entry) return { price: unplaced(), status: "unlocked" };
  const stale: string[] = [];
  if (args.cloud !== undefined && args.cloud !== entry.cloud) stale.push(`placement.cloud is ${args.cloud}`);
  if (args.clouds && !args.clouds.includes(entry.cloud))
    stale.push(`placement.clouds leave out ${entry.cloud}`);
  if (args.region !== undefined && args.region !== entry.region)
    stale.push(`placement.region is ${args.region}`);
  const geo = catalog.region(entry.cloud, entry.region)?.geography;
  if (args.geography && geo !== args.geography) stale.push(`placement.geography is ${args.geography}`);
  if (stale.length > 0)
    return {
      price: unplaced(),
      status: "stale",
      message: `placement lock entry "${key}" (${entry.cloud} ${entry.region}) is stale: the program now says ${stale.join("; ")}; the program wins (a new bucket: contents are not copied). Run lepton-mc lock --prune and lepton-mc lock to record it`,
    };
  const price = at(entry.cloud, entry.region);
  return entry.storageClass === storageClass
    ? { price, status: "locked" }
    : {
        price,
        status: "stale",
        message: `placement lock entry "${key}": storage class is now ${storageClass} (locked as ${entry.storageClass}); the bucket stays in ${entry.cloud} ${entry.region}`,
      };
}

/** A lock entry that records a placement, with its price and the catalog date for review. */
export function computeEntry(p: Placement, catalog: Catalog): ComputeLockEntry {
  return {
    cloud: p.cloud as PublicCloud,
    region: p.region,
    instanceType: p.instanceType,
    arch: p.arch,
    hourlyUsd: p.instanceHourlyUsd,
    catalogDate: catalog.data.readOn,
  };
}

export function storageEntry(p: StoragePrice, catalog: Catalog): StorageLockEntry {
  return {
    cloud: p.cloud,
    region: p.region,
    storageClass: p.class,
    usdPerGbMonth: p.usdPerGbMonth,
    catalogDate: catalog.data.readOn,
  };
}
