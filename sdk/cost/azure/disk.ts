import { dig, missing, num, perGbMonth, priced, Props, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { azureRegion, diskClass } from "./region";

/** A managed disk: GB-month of its SKU's class. */
function disk(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced("location is not known", "azure");
  const gb = num(props.diskSizeGB);
  if (gb === undefined) return unpriced(missing("diskSizeGB", props.diskSizeGB), "azure", region);
  const cls = diskClass(dig(props, "sku.name"));
  const price = ctx.catalog.service("azure", region, cls === "ssd" ? "disk.ssd" : "disk.standard");
  if (!price) return unpriced(`no managed disk price for ${region}`, "azure", region);
  return priced(
    "azure",
    region,
    [{ item: `managed disk ${gb} GB`, hourlyUsd: perGbMonth(price.usd, gb) }],
    [assumption, price.note ?? ""],
  );
}

export const pricers: PricerModule["pricers"] = { "azure-native:compute:Disk": disk };
