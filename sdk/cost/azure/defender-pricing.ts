import { priced, Props, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, priceNotes, usageAt } from "./list-prices";

const GOLDEN = "security_center_subscription_pricing_test (azurerm_security_center_subscription_pricing)";
const p = (usd: number, unit: string) => goldenPrice(usd, unit, "*", GOLDEN, "2024-12-05");

/** What each Defender plan bills per month: usage key, what it counts, the price. */
const PLANS: Record<string, { key: string; counts: string; price: ListPrice; unitSize?: number }> = {
  VirtualMachines: { key: "protectedServers", counts: "servers protected", price: p(14.6, "server-month") },
  AppServices: {
    key: "protectedAppServiceNodes",
    counts: "App Service instances protected",
    price: p(14.6, "node-month"),
  },
  SqlServers: {
    key: "protectedSqlInstances",
    counts: "Azure SQL instances protected",
    price: p(15, "instance-month"),
  },
  SqlServerVirtualMachines: {
    key: "protectedSqlVcores",
    counts: "SQL Server vCores outside Azure SQL",
    price: p(10.95, "vCore-month"),
  },
  OpenSourceRelationalDatabases: {
    key: "protectedDatabaseInstances",
    counts: "PostgreSQL/MySQL/MariaDB instances protected",
    price: p(15, "instance-month"),
  },
  StorageAccounts: {
    key: "protectedStorageAccounts",
    counts: "storage accounts protected",
    price: p(9.78, "storage-account-month"),
  },
  KeyVaults: { key: "protectedKeyVaults", counts: "key vaults protected", price: p(0.25, "vault-month") },
  Arm: {
    key: "protectedSubscriptions",
    counts: "subscriptions protected",
    price: p(5.04, "subscription-month"),
  },
  Dns: { key: "dnsQueries", counts: "DNS queries", price: p(0.7, "1M queries"), unitSize: 1e6 },
  Containers: {
    key: "protectedVcores",
    counts: "container host vCores protected",
    price: p(6.87, "vCore-month"),
  },
  ContainerRegistry: { key: "scannedImages", counts: "container images scanned", price: p(0.29, "image") },
  CosmosDbs: { key: "protectedRuPer100", counts: "100 RU/s provisioned", price: p(0.88, "100 RU/s-month") },
};
/** Servers plan 1 bills less per server than the default plan 2. */
const SERVERS_P1 = p(4.91, "server-month");

/** A Microsoft Defender for Cloud plan: Free costs nothing; Standard bills each protected resource (usage). */
function pricing(props: Props, ctx: PriceContext): ResourcePrice {
  const tier = str(props.pricingTier) ?? "Free";
  const name = str(props.pricingName) ?? "";
  if (/^free$/i.test(tier))
    return priced("azure", "global", [], [`Defender plan ${name || "?"} on the Free tier: not billed`]);
  const plan = PLANS[name];
  if (!plan)
    return unpriced(
      `Defender plan "${name || "not set"}" has no list price in the engine's sources`,
      "azure",
      "global",
    );
  const price =
    name === "VirtualMachines" && /^P1$/i.test(str(props.subPlan) ?? "") ? SERVERS_P1 : plan.price;
  return priced(
    "azure",
    "global",
    [],
    [`Defender for ${name}: billed per protected resource`, ...priceNotes(undefined, price)],
    {
      usage: [usageAt(ctx, price, plan.key, plan.counts, plan.unitSize ?? 1)],
    },
  );
}

export const pricers: PricerModule["pricers"] = { "azure-native:security:Pricing": pricing };
