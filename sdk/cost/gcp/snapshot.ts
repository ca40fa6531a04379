import { num, priced, Props, resolveReference } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { derivedUsage, golden, priceNotes } from "./price-kit";
import { gcpRegion } from "./region";

/** Snapshot storage per GB-month: 1,000 GB = $26.00 (compute_snapshot golden). */
const STORAGE = golden("compute_snapshot", 0.026, "GB-month", "us-central1", "2024-07-01");

/**
 * A persistent disk snapshot: the GB it stores, from usage (`storageGb`), else the size of its
 * source disk when that resolves (the most a first snapshot can take; later ones are incremental).
 */
function snapshot(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = gcpRegion(props, ctx);
  const disk = resolveReference(props, "sourceDisk", ctx);
  const diskGb = disk?.type === "gcp:compute/disk:Disk" ? num(disk.props.size) : undefined;
  const given = ctx.usage?.storageGb;
  const gb = given ?? diskGb;
  return priced(
    "gcp",
    region,
    [],
    [
      assumption,
      given === undefined && diskGb !== undefined
        ? `storage taken as the source disk's ${diskGb} GB (an upper bound: snapshots are compressed and incremental)`
        : "",
      ...priceNotes(STORAGE, region),
    ],
    { usage: [derivedUsage(STORAGE, "storageGb", "GB stored", gb)] },
  );
}

export const pricers: PricerModule["pricers"] = { "gcp:compute/snapshot:Snapshot": snapshot };
