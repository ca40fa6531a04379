import type { ListPrice } from "../list-price";
import { golden } from "./price-kit";
import { lastSegment } from "./region";

/**
 * Persistent Disk list prices per GB-month (us-central1) by disk type, from the Infracost goldens.
 * The catalog's `disk.standard` is the pd-balanced figure; pd-standard is billed at less than half
 * of it, so node pools and disks that name a type are priced by that type here.
 */
export const PD_PRICES: Readonly<Record<string, ListPrice>> = {
  // compute_disk golden: 500 GB pd-standard = $20.00.
  "pd-standard": golden("compute_disk", 0.04, "GB-month", "us-central1", "2024-07-01"),
  // compute_region_instance_group_manager golden: 1200 GB pd-balanced = $120.00.
  "pd-balanced": golden(
    "compute_region_instance_group_manager",
    0.1,
    "GB-month",
    "us-central1",
    "2024-11-13",
  ),
  // compute_disk golden: 100 GB pd-ssd = $17.00.
  "pd-ssd": golden("compute_disk", 0.17, "GB-month", "us-central1", "2024-07-01"),
  // compute_disk golden: 1,000 GB pd-extreme = $125.00 and 1,000 GB hyperdisk-extreme = $125.00.
  "pd-extreme": golden("compute_disk", 0.125, "GB-month", "us-central1", "2024-07-01"),
  "hyperdisk-extreme": golden("compute_disk", 0.125, "GB-month", "us-central1", "2024-07-01"),
};

/** Provisioned IOPS per IOPS-month (compute_disk golden: 100,000 = $6,500.00; 350,000 = $11,200.00). */
export const IOPS_PRICES: Readonly<Record<string, ListPrice>> = {
  "pd-extreme": golden("compute_disk", 0.065, "IOPS-month", "us-central1", "2024-07-01"),
  "hyperdisk-extreme": golden("compute_disk", 0.032, "IOPS-month", "us-central1", "2024-07-01"),
};

/** Local SSD per GB-month; each local SSD is 375 GB (container_cluster golden: 1,125 GB = $90.00). */
export const LOCAL_SSD_PRICE = golden("container_cluster", 0.08, "GB-month", "us-central1", "2026-07-01");

/** Size of one local SSD partition in GB. */
export const LOCAL_SSD_GB = 375;

/** The list price of a persistent disk type (self links accepted), if known. */
export function pdPrice(type: string): ListPrice | undefined {
  return PD_PRICES[lastSegment(type)];
}

/** The reason a disk type without a price is unpriced. */
export const unknownDiskType = (field: string, type: string) =>
  `${field} "${type}" has no price in the sources; priced types: ${Object.keys(PD_PRICES).join(", ")}`;
