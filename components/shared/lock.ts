import * as pulumi from "@pulumi/pulumi";
import type { Catalog } from "../../sdk/catalog/catalog";
import type { PublicCloud } from "../../sdk/catalog/types";
import type { StoragePrice } from "../../sdk/cost/unit-prices";
import { LeptonError } from "../../sdk/errors";
import { recordPlacement } from "../../sdk/placement/ledger";
import {
  computeEntry,
  isStorageEntry,
  LOCK_CONFIG_KEY,
  LockEntry,
  placeStorageUnderLock,
  placeUnderLock,
  readLock,
  storageEntry,
} from "../../sdk/placement/lock";
import type { Placement } from "../../sdk/placement/place";
import type { ComputeUnit } from "../../sdk/units/compute";
import { leptonConfig } from "./config";
import type { PlacementArgs } from "./placement";
import type { StoragePlacementArgs } from "./storage-placement";

interface Named {
  __name?: string;
  __pulumiType?: string;
  __parentResource?: Named;
}

/**
 * The lock key of a component: its name, after the names of the components it is nested in
 * (`platform/api`); the stack itself is left out. Pulumi keeps a resource's name and parent on the
 * object (`__name`, `__parentResource`), available before its URN resolves.
 */
export function lockKey(name: string, parent: pulumi.Resource | undefined): string {
  const path = [name];
  for (let p = parent as Named | undefined; p; p = p.__parentResource) {
    if (p.__pulumiType === "pulumi:pulumi:Stack") break;
    if (p.__name) path.unshift(p.__name);
  }
  return path.join("/");
}

let cached: { raw: string | undefined; catalog: Catalog; entries: Record<string, LockEntry> } | undefined;

/** The stack's lock entries (`lepton-multicloud:placements`), read once per distinct value. */
export function lockEntries(catalog: Catalog): Record<string, LockEntry> {
  const raw = new pulumi.Config("lepton-multicloud").get("placements");
  if (!cached || cached.raw !== raw || cached.catalog !== catalog)
    cached = { raw, catalog, entries: readLock(raw, catalog) };
  return cached.entries;
}

function entryOf<T extends "compute" | "storage">(key: string, kind: T, catalog: Catalog) {
  const entry = lockEntries(catalog)[key];
  if (entry && isStorageEntry(entry) !== (kind === "storage"))
    throw new LeptonError(
      `${LOCK_CONFIG_KEY}.${key}: is a ${isStorageEntry(entry) ? "bucket" : "machine"} entry, but "${key}" is a ${kind === "storage" ? "bucket" : "machine"}; remove the entry and run lepton-mc lock again`,
    );
  return entry;
}

/**
 * Places a machine under the lock: the entry for `key` if there is one (resized in place, or stale
 * when the program's pins contradict it, with a warning), else `unplaced` — today's best, which is
 * also recorded beside the lock for the plan's migration view.
 */
export function placeMachineUnderLock(
  key: string,
  kind: string,
  unit: ComputeUnit,
  args: PlacementArgs,
  unplaced: () => Placement,
): Placement {
  const { catalog } = leptonConfig();
  const entry = entryOf(key, "compute", catalog);
  let best: Placement | undefined;
  const today = () => (best ??= unplaced());
  const locked = placeUnderLock(key, unit, args, entry as never, catalog, today);
  if (locked.message) void pulumi.log.warn(locked.message);
  let bestNow: Placement;
  try {
    bestNow = today();
  } catch {
    // Nothing fits the program's constraints in today's catalog: the lock is all there is.
    bestNow = locked.placement;
  }
  const pinned = args.region !== undefined && args.instanceType !== undefined;
  recordPlacement({
    key,
    kind,
    status: locked.status === "unlocked" && pinned ? "pinned" : locked.status,
    current: computeEntry(locked.placement, catalog),
    currentMonthlyUsd: locked.placement.monthlyUsd,
    best: computeEntry(bestNow, catalog),
    bestMonthlyUsd: bestNow.monthlyUsd,
    stateful: false,
    ...(locked.message ? { message: locked.message } : {}),
  });
  return locked.placement;
}

/** Places a bucket under the lock, as `placeMachineUnderLock` does machines. */
export function placeBucketUnderLock(
  key: string,
  storageClass: string,
  args: StoragePlacementArgs,
  unplaced: () => StoragePrice,
  at: (cloud: PublicCloud, region: string) => StoragePrice,
): StoragePrice {
  const { catalog } = leptonConfig();
  const entry = entryOf(key, "storage", catalog);
  let best: StoragePrice | undefined;
  const today = () => (best ??= unplaced());
  const locked = placeStorageUnderLock(key, args, storageClass, entry as never, catalog, today, at);
  if (locked.message) void pulumi.log.warn(locked.message);
  let bestNow: StoragePrice;
  try {
    bestNow = today();
  } catch {
    bestNow = locked.price;
  }
  recordPlacement({
    key,
    kind: "MultiCloudBucket",
    status: locked.status === "unlocked" && args.region !== undefined ? "pinned" : locked.status,
    current: storageEntry(locked.price, catalog),
    currentMonthlyUsd: locked.price.monthlyUsd,
    best: storageEntry(bestNow, catalog),
    bestMonthlyUsd: bestNow.monthlyUsd,
    stateful: true,
    ...(locked.message ? { message: locked.message } : {}),
  });
  return locked.price;
}
