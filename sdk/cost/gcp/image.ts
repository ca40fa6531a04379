import { num, priced, Props, resolveReference } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { derivedUsage, golden, priceNotes } from "./price-kit";
import { gcpRegion } from "./region";

/** Custom image storage per GB-month: 1,000 GB = $50.00 (compute_image golden). */
const STORAGE = golden("compute_image", 0.05, "GB-month", "us-central1", "2024-07-01");

/**
 * A custom image: the GB it stores, from usage (`storageGb`), else its `diskSizeGb`, else the size
 * of its source disk when that resolves.
 */
function image(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = gcpRegion(props, ctx);
  const disk = resolveReference(props, "sourceDisk", ctx);
  const diskGb = disk?.type === "gcp:compute/disk:Disk" ? num(disk.props.size) : undefined;
  const given = ctx.usage?.storageGb;
  const size = num(props.diskSizeGb) ?? diskGb;
  const gb = given ?? size;
  return priced(
    "gcp",
    region,
    [],
    [
      assumption,
      given === undefined && size !== undefined ? `storage taken as the image's ${size} GB size` : "",
      ...priceNotes(STORAGE, region),
    ],
    { usage: [derivedUsage(STORAGE, "storageGb", "GB stored", gb)] },
  );
}

export const pricers: PricerModule["pricers"] = { "gcp:compute/image:Image": image };
