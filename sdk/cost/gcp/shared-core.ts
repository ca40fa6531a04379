import type { ListPrice } from "../list-price";
import { golden } from "./price-kit";

/**
 * Shared-core machine types the catalog leaves out (its instance source misprices fractional-vCPU
 * machines). GKE nodes default to e2-medium, so its list price is kept here from the Infracost
 * goldens; E2 machines get no sustained-use discount, so the golden figure is the list price.
 */
export const SHARED_CORE_PRICES: Readonly<Record<string, ListPrice>> = {
  // container_node_pool golden: 8,760 h = $293.51 and 6,570 h = $220.13 → rate in [0.0335051, 0.0335061].
  "e2-medium": golden("container_node_pool", 0.0335057, "hour", "us-central1", "2026-07-01"),
};
