import { azureLocation } from "../../catalog/region-names";
import { dig, Props, resolveReference, str } from "../helpers";
import type { PriceContext } from "../types";
import { azureRegion } from "./region";

/** A storage service resource's account (accountName): its region, redundancy and kind, with what was assumed. */
export function storageAccountOf(props: Props, ctx: PriceContext) {
  const account = resolveReference(props, "accountName", ctx)?.props;
  const own = str(account?.location);
  const region = own ? azureLocation(own) : azureRegion(props, ctx).region;
  const sku = str(dig(account, "sku.name"));
  const redundancy = (/_(LRS|ZRS|GRS|RAGRS|GZRS|RAGZRS)$/i.exec(sku ?? "")?.[1] ?? "LRS").toUpperCase();
  const kind = str(account?.kind) ?? "StorageV2";
  return {
    region,
    redundancy,
    kind,
    assumptions: [
      own ? "region from its storage account" : "region from the provider (azure-native:location)",
      sku
        ? `redundancy ${redundancy} (storage account ${sku})`
        : "storage account not known: StorageV2 LRS assumed",
    ],
  };
}
