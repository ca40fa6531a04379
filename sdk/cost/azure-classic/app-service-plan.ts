import { dig, Props, str } from "../helpers";
import * as nativePlan from "../azure/app-service-plan";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { defined, viaNative } from "./native";

const PLAN = "azure-native:web:AppServicePlan";

/** A classic service plan (azurerm_service_plan): `skuName`, `osType`, `workerCount`. */
function servicePlan(props: Props, ctx: PriceContext): ResourcePrice {
  const linux = str(props.osType) === "Linux";
  return viaNative(
    nativePlan,
    PLAN,
    defined({
      location: props.location,
      sku: defined({ name: props.skuName, capacity: props.workerCount }),
      kind: linux ? "linux" : undefined,
      reserved: linux || undefined,
    }),
    ctx,
  );
}

/** A legacy classic plan (azurerm_app_service_plan): `sku` {tier, size, capacity}, `kind`, `reserved`. */
function plan(props: Props, ctx: PriceContext): ResourcePrice {
  return viaNative(
    nativePlan,
    PLAN,
    defined({
      location: props.location,
      sku: defined({
        name: dig(props, "sku.size"),
        tier: dig(props, "sku.tier"),
        capacity: dig(props, "sku.capacity"),
      }),
      kind: props.kind,
      reserved: props.reserved,
    }),
    ctx,
  );
}

export const pricers: PricerModule["pricers"] = {
  "azure:appservice/servicePlan:ServicePlan": servicePlan,
  "azure:appservice/plan:Plan": plan,
};
