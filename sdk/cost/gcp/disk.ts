import { isUnknown, missing, num, priced, Props, resolveReference, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, PriceLine, ResourcePrice } from "../types";
import { IOPS_PRICES, pdPrice, unknownDiskType } from "./persistent-disk-prices";
import { priceNotes } from "./price-kit";
import { gcpRegion, lastSegment, noGcpRegion } from "./region";

/**
 * A persistent disk: GB-month of its type (pd-standard by default), plus provisioned IOPS for the
 * extreme types. The size is `size`, else the resolved source image's `diskSizeGb`.
 */
function disk(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = gcpRegion(props, ctx);
  if (!region) return unpriced(noGcpRegion("zone"), "gcp");
  if (isUnknown(props.type)) return unpriced(missing("type", props.type), "gcp", region);
  const type = lastSegment(str(props.type) ?? "pd-standard");
  const image = resolveReference(props, "image", ctx);
  const imageGb = image?.type === "gcp:compute/image:Image" ? num(image.props.diskSizeGb) : undefined;
  const gb = num(props.size) ?? imageGb;
  if (gb === undefined) return unpriced(missing("size", props.size), "gcp", region);
  const price = pdPrice(type);
  if (!price) return unpriced(unknownDiskType("type", type), "gcp", region);
  const lines: PriceLine[] = [{ item: `${type} ${gb} GB`, hourlyUsd: (price.usd * gb) / 730 }];
  const assumptions = [
    assumption,
    str(props.type) ? "" : "type not set: pd-standard (the default)",
    num(props.size) === undefined ? `size from the source image: ${gb} GB` : "",
    ...priceNotes(price, region),
  ];
  const iopsPrice = IOPS_PRICES[type];
  if (iopsPrice) {
    const iops = num(props.provisionedIops);
    if (iops === undefined) return unpriced(missing("provisionedIops", props.provisionedIops), "gcp", region);
    lines.push({ item: `${iops} provisioned IOPS`, hourlyUsd: (iopsPrice.usd * iops) / 730 });
    assumptions.push(...priceNotes(iopsPrice, region));
  }
  return priced("gcp", region, lines, assumptions);
}

export const pricers: PricerModule["pricers"] = { "gcp:compute/disk:Disk": disk };
