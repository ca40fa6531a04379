import { dig, num, priced, Props, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes, usageAt } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const GOLDEN = "iothub_test (azurerm_iothub)";
/** An S1 unit a month (the golden's hubs are S1). */
const S1 = goldenPrice(25, "unit-month", "westeurope", GOLDEN, "2024-07-01");
const DPS_OPERATIONS = goldenPrice(
  0.1,
  "1K operations",
  "westeurope",
  "iothub_test (azurerm_iothub_dps)",
  "2024-07-01",
);

/** An IoT hub: sku.capacity S1 units; the Free tier is not billed. */
function iotHub(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const sku = str(dig(props, "sku.name")) ?? "";
  if (/^F1$/i.test(sku)) return priced("azure", region, [], [assumption, "the Free tier is not billed"]);
  if (!/^S1$/i.test(sku))
    return unpriced(
      `sku.name "${sku || "not set"}" has no list price in the engine's sources; priced: F1, S1`,
      "azure",
      region,
    );
  const units = num(dig(props, "sku.capacity")) ?? 1;
  return priced(
    "azure",
    region,
    [{ item: `S1 × ${units} unit(s)`, hourlyUsd: hourlyOf(S1, units) }],
    [assumption, ...priceNotes(region, S1)],
    { count: units },
  );
}

/** A Device Provisioning Service: per provisioning operation (usage). */
function dps(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  return priced("azure", region, [], [assumption, ...priceNotes(region, DPS_OPERATIONS)], {
    usage: [usageAt(ctx, DPS_OPERATIONS, "monthlyOperations", "provisioning operations per month", 1e3)],
  });
}

export const pricers: PricerModule["pricers"] = {
  "azure-native:iothub:IotHubResource": iotHub,
  "azure-native:deviceprovisioningservices:IotDpsResource": dps,
};
