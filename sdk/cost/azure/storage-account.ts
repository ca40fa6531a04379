import { Props, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import { priceObjectStorage } from "../storage";
import type { PriceContext, ResourcePrice } from "../types";
import { azureRegion } from "./region";

/** A storage account: GB-month of blob storage in its access tier (volume from lepton:expected-gb). */
function storageAccount(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced("location is not known", "azure");
  const tier = props.accessTier === "Cool" ? "cool" : "hot";
  return priceObjectStorage("azure", region, props, ctx, [assumption, `access tier ${tier}`], tier);
}

export const pricers: PricerModule["pricers"] = { "azure-native:storage:StorageAccount": storageAccount };
