import { priced, Props } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { golden, priceNotes, usageAt } from "./price-kit";

/** Machine image storage per GB-month: '$0.05 per GB' (compute_machine_image golden). */
const STORAGE = golden("compute_machine_image", 0.05, "GB-month", "*", "2024-07-01");

/** A machine image: the GB it stores (all the source instance's disks), as usage (`storageGb`). */
function machineImage(_props: Props, ctx: PriceContext): ResourcePrice {
  return priced("gcp", undefined, [], [...priceNotes(STORAGE, undefined)], {
    usage: [usageAt(ctx, STORAGE, "storageGb", "GB stored")],
  });
}

export const pricers: PricerModule["pricers"] = { "gcp:compute/machineImage:MachineImage": machineImage };
