import { dig, missing, num, priced, Props, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PriceFn } from "../registry";
import type { PriceContext, PriceLine, ResourcePrice } from "../types";
import { hourlyOf, priceNotes, usageAt, withUsage } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

/**
 * Prices of an Azure Database flexible server engine (PostgreSQL, MySQL): compute by VM size,
 * storage and backup per GB-month, and (MySQL) IOPS beyond the free ones.
 */
export interface FlexiblePrices {
  engine: string;
  /** Exact per-hour prices of sizes, keyed by size (`Standard_B1ms`), lower case. */
  sizes: Record<string, ListPrice>;
  /** Per vCore-hour rates of size families (`standard_d*s_v3`), for the sizes not listed above. */
  families: { match: RegExp; label: string; price: ListPrice }[];
  storage: ListPrice;
  backup: ListPrice;
  /** IOPS-month beyond the free 300 + 3 per GB (MySQL only). */
  iops?: ListPrice;
}

/** `GP_Standard_D4s_v3`, `Standard_D4s_v3` → `standard_d4s_v3`; and its vCores (4). */
function flexibleSize(raw: string): { size: string; vcores?: number } {
  const size = raw.replace(/^(GP|B|MO)_/i, "").toLowerCase();
  const m = /^standard_[a-z]+?(\d+)/.exec(size);
  return { size, ...(m ? { vcores: Number(m[1]) } : {}) };
}

/** A flexible server: its size's compute (twice with a high-availability standby), storage, backup usage. */
export function flexibleServer(prices: FlexiblePrices): PriceFn {
  return (props: Props, ctx: PriceContext): ResourcePrice => {
    const { region, assumption } = azureRegion(props, ctx);
    if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
    const raw = str(dig(props, "sku.name"));
    if (!raw) return unpriced(missing("sku.name", dig(props, "sku.name")), "azure", region);
    const { size, vcores } = flexibleSize(raw);
    const exact = prices.sizes[size];
    const family = exact ? undefined : prices.families.find((f) => f.match.test(size));
    if (!exact && (!family || vcores === undefined))
      return unpriced(
        `sku.name "${raw}" has no ${prices.engine} flexible server price in the engine's sources; priced: ${[
          ...Object.keys(prices.sizes),
          ...prices.families.map((f) => f.label),
        ].join(", ")}`,
        "azure",
        region,
      );
    const ha = str(dig(props, "highAvailability.mode")) ?? "Disabled";
    const nodes = /^(ZoneRedundant|SameZone|Enabled)$/i.test(ha) ? 2 : 1;
    const gb = num(dig(props, "storage.storageSizeGB"));
    const compute = exact ?? family!.price;
    const each = exact ? hourlyOf(exact) : hourlyOf(compute, vcores!);
    const lines: PriceLine[] = [
      { item: `${raw}${nodes > 1 ? " × 2 (HA standby)" : ""}`, hourlyUsd: each * nodes },
    ];
    const assumptions = [assumption];
    if (!exact) assumptions.push(`${family!.label}: ${vcores} vCores at the family's per-vCore rate`);
    if (nodes > 1) assumptions.push(`high availability ${ha}: the standby is billed like the primary`);
    const usage = [
      usageAt(ctx, prices.backup, "backupStorageGb", "GB of backups beyond the server's storage size"),
    ];
    const used = [compute, prices.storage, prices.backup];
    if (gb === undefined)
      usage.push(usageAt(ctx, prices.storage, "storageGb", "GB of storage (storageSizeGB not set)"));
    else
      lines.push({
        item: `storage ${gb} GB${nodes > 1 ? " × 2" : ""}`,
        hourlyUsd: hourlyOf(prices.storage, gb * nodes),
      });
    const iops = num(dig(props, "storage.iops"));
    if (prices.iops && iops !== undefined && gb !== undefined) {
      const extra = Math.max(0, iops - (300 + 3 * gb));
      if (extra > 0) {
        lines.push({
          item: `${extra} IOPS beyond the free ${300 + 3 * gb}`,
          hourlyUsd: hourlyOf(prices.iops, extra),
        });
        used.push(prices.iops);
      }
    }
    return priced("azure", region, lines, [...assumptions, ...priceNotes(region, ...used)], withUsage(usage));
  };
}

/** Prices of a single-server engine (retired Azure Database for PostgreSQL/MySQL/MariaDB Single Server). */
export interface SinglePrices {
  engine: string;
  /** Per vCore-hour, by tier prefix of the SKU name: B (Basic), GP, MO. */
  vcore: Record<"B" | "GP" | "MO", ListPrice>;
  storage: Record<"B" | "GP" | "MO", ListPrice>;
  backup: { local: ListPrice; geo: ListPrice };
}

const TIER_PREFIX: Record<string, "B" | "GP" | "MO"> = {
  BASIC: "B",
  GENERALPURPOSE: "GP",
  MEMORYOPTIMIZED: "MO",
};

/** A single server: vCores of its SKU (`GP_Gen5_4`), storageProfile.storageMB, backup usage. */
export function singleServer(prices: SinglePrices): PriceFn {
  return (props: Props, ctx: PriceContext): ResourcePrice => {
    const { region, assumption } = azureRegion(props, ctx);
    if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
    const raw = str(dig(props, "sku.name"));
    const m = raw ? /^(B|GP|MO)_Gen5_(\d+)$/i.exec(raw) : null;
    const tier = m
      ? (m[1].toUpperCase() as "B" | "GP" | "MO")
      : TIER_PREFIX[(str(dig(props, "sku.tier")) ?? "").toUpperCase()];
    const vcores = m ? Number(m[2]) : num(dig(props, "sku.capacity"));
    if (!raw && !tier) return unpriced(missing("sku.name", dig(props, "sku.name")), "azure", region);
    if (!tier || vcores === undefined)
      return unpriced(
        `sku.name "${raw ?? ""}" is not a ${prices.engine} single-server Gen5 SKU (B_Gen5_2, GP_Gen5_4, MO_Gen5_16 …)`,
        "azure",
        region,
      );
    const mb = num(dig(props, "properties.storageProfile.storageMB"));
    const geo = /enabled/i.test(str(dig(props, "properties.storageProfile.geoRedundantBackup")) ?? "");
    const lines: PriceLine[] = [
      { item: `${tier}_Gen5 ${vcores} vCores`, hourlyUsd: hourlyOf(prices.vcore[tier], vcores) },
    ];
    const backup = geo ? prices.backup.geo : prices.backup.local;
    const usage = [usageAt(ctx, backup, "backupStorageGb", "GB of backups beyond the server's storage size")];
    if (mb === undefined)
      usage.push(usageAt(ctx, prices.storage[tier], "storageGb", "GB of storage (storageMB not set)"));
    else
      lines.push({ item: `storage ${mb / 1024} GB`, hourlyUsd: hourlyOf(prices.storage[tier], mb / 1024) });
    return priced(
      "azure",
      region,
      lines,
      [assumption, ...priceNotes(region, prices.vcore[tier], prices.storage[tier], backup)],
      withUsage(usage),
    );
  };
}
