import { dig, num, priced, Props, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, PriceLine, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes, usageAt } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const MI = "mssql_managed_instance_test (azurerm_mssql_managed_instance)";
const POOL = "mssql_elasticpool_test (azurerm_mssql_elasticpool)";
const mi = (usd: number, unit: string) => goldenPrice(usd, unit, "westeurope", MI, "2024-12-04");
/** vCore compute per vCore-hour: GP_Gen5 from 4 and 16 vCores, BC_Gen5 from 40. */
const VCORE: Record<string, ListPrice> = {
  GP_GEN5: mi(0.66975342 / 4, "vCore-hour"),
  BC_GEN5: mi(13.395164 / 40, "vCore-hour"),
};
/** SQL license (LicenseIncluded) per vCore-hour; the Business Critical figure is the elastic pool golden's. */
const LICENSE: Record<string, ListPrice> = {
  GP: mi(0.099966, "vCore-hour"),
  BC: goldenPrice(0.375, "vCore-hour", "westeurope", POOL, "2025-07-07"),
};
/** Storage beyond the 32 GB included, per GB-month. */
const STORAGE = mi(0.136875, "GB-month");
const INCLUDED_GB = 32;
const PITR = mi(0.119, "GB-month");

/** A SQL managed instance: vCores of its edition, the SQL license, and storage beyond 32 GB. */
function managedInstance(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const name = (str(dig(props, "sku.name")) ?? "GP_Gen5").toUpperCase();
  const m = /^(GP|BC)_(GEN5)$/.exec(name);
  if (!m)
    return unpriced(
      `sku.name "${name}" has no list price in the engine's sources; priced: GP_Gen5, BC_Gen5`,
      "azure",
      region,
    );
  const vcores = num(props.vCores) ?? num(dig(props, "sku.capacity"));
  if (vcores === undefined) return unpriced("vCores is not set", "azure", region);
  const lines: PriceLine[] = [{ item: `${name} ${vcores} vCores`, hourlyUsd: hourlyOf(VCORE[name], vcores) }];
  const used = [VCORE[name]];
  if (str(props.licenseType) !== "BasePrice") {
    lines.push({ item: `SQL license ${vcores} vCores`, hourlyUsd: hourlyOf(LICENSE[m[1]], vcores) });
    used.push(LICENSE[m[1]]);
  }
  const gb = num(props.storageSizeInGB) ?? INCLUDED_GB;
  if (gb > INCLUDED_GB) {
    lines.push({
      item: `storage beyond ${INCLUDED_GB} GB: ${gb - INCLUDED_GB} GB`,
      hourlyUsd: hourlyOf(STORAGE, gb - INCLUDED_GB),
    });
    used.push(STORAGE);
  }
  return priced("azure", region, lines, [assumption, ...priceNotes(region, ...used)], {
    usage: [usageAt(ctx, PITR, "pitrBackupStorageGb", "GB of point-in-time backups beyond the free amount")],
  });
}

export const pricers: PricerModule["pricers"] = { "azure-native:sql:ManagedInstance": managedInstance };
