import { dig, num, priced, Props, unpriced } from "../helpers";
import type { PriceFn, PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes, usageAt } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const SNAPSHOT = goldenPrice(
  0.05,
  "GB-month",
  "westeurope",
  "snapshot_test (azurerm_snapshot)",
  "2024-07-01",
);
const IMAGE = goldenPrice(0.05, "GB-month", "westeurope", "image_test (azurerm_image)", "2024-07-01");

/** GB stored by a snapshot or image: its own size inputs, or usage when they are not set. */
function stored(price: typeof SNAPSHOT, sizes: (props: Props) => number | undefined, what: string): PriceFn {
  return (props: Props, ctx: PriceContext): ResourcePrice => {
    const { region, assumption } = azureRegion(props, ctx);
    if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
    const gb = props.incremental === true ? undefined : sizes(props);
    if (gb === undefined)
      return priced(
        "azure",
        region,
        [],
        [
          assumption,
          props.incremental === true ? "incremental: billed on the changed GB" : "size not set",
          ...priceNotes(region, price),
        ],
        {
          usage: [usageAt(ctx, price, "storageGb", `GB stored by the ${what}`)],
        },
      );
    return priced(
      "azure",
      region,
      [{ item: `${what} ${gb} GB`, hourlyUsd: hourlyOf(price, gb) }],
      [assumption, ...priceNotes(region, price)],
    );
  };
}

/** An image's disk sizes: the OS disk and every data disk that states diskSizeGB. */
function imageGb(props: Props): number | undefined {
  const sizes = [
    dig(props, "storageProfile.osDisk.diskSizeGB"),
    ...((dig(props, "storageProfile.dataDisks") as unknown[]) ?? []).map((d) => dig(d, "diskSizeGB")),
  ].map(num);
  return sizes.some((s) => s === undefined) ? undefined : sizes.reduce<number>((s, x) => s + x!, 0);
}

export const pricers: PricerModule["pricers"] = {
  "azure-native:compute:Snapshot": stored(SNAPSHOT, (p) => num(p.diskSizeGB), "snapshot"),
  "azure-native:compute:Image": stored(IMAGE, imageGb, "image"),
};
