import { azureLocation } from "../../catalog/region-names";
import { HOURS_PER_MONTH } from "../formulas";
import { dig, num, priced, Props, resolveReference, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, PriceLine, ResourcePrice, UsageCharge } from "../types";
import { goldenPrice, hourlyOf, priceNotes, usageAt } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const GOLDEN = "cosmosdb_sql_database_test (azurerm_cosmosdb_sql_database)";
const p = (usd: number, unit: string) => goldenPrice(usd, unit, "eastus", GOLDEN, "2024-08-30");
/** Provisioned throughput: $5.84 per 100 RU/s a month in each region the account writes or reads in. */
const THROUGHPUT = p(5.84, "100 RU/s-month");
/** A zone-redundant region bills its throughput 1.25 times (the golden's Central US: 6.25 units for 500 RU/s). */
const ZONE_FACTOR = 1.25;
/** Autoscale bills the highest RU/s of each hour at 1.5 times the rate, between 10% and 100% of the maximum. */
const AUTOSCALE_FACTOR = 1.5;
const STORAGE = p(0.25, "GB-month");
const SERVERLESS = p(0.279, "1M RU");
const CONTINUOUS_BACKUP = p(0.2, "GB-month");

interface AccountRegion {
  name: string;
  zoneRedundant: boolean;
}

/** The account's regions, from its locations (or its own location when none are listed). */
function accountRegions(account: Props | undefined): AccountRegion[] {
  const locations = Array.isArray(account?.locations) ? account.locations : [];
  const out = locations
    .map((l) => ({ name: str(dig(l, "locationName")), zoneRedundant: dig(l, "isZoneRedundant") === true }))
    .filter((l): l is AccountRegion => l.name !== undefined)
    .map((l) => ({ ...l, name: azureLocation(l.name) }));
  return out;
}

const isServerless = (account: Props | undefined) =>
  Array.isArray(account?.capabilities) &&
  account.capabilities.some((c) => str(dig(c, "name")) === "EnableServerless");

/**
 * A Cosmos DB account has no charge of its own: storage in each region, serverless request units
 * and continuous backup are usage; provisioned throughput is priced on its databases and containers.
 */
function databaseAccount(props: Props, ctx: PriceContext): ResourcePrice {
  const regions = accountRegions(props);
  const region = regions[0]?.name ?? azureRegion(props, ctx).region;
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const names = regions.length ? regions.map((r) => r.name) : [region];
  const usage: UsageCharge[] = names.map((r) =>
    usageAt(ctx, STORAGE, "storageGb", `GB stored (replicated to ${r})`),
  );
  if (isServerless(props))
    usage.push(usageAt(ctx, SERVERLESS, "serverlessRequestUnits", "request units consumed per month", 1e6));
  if (str(dig(props, "backupPolicy.type")) === "Continuous")
    for (const r of names)
      usage.push(usageAt(ctx, CONTINUOUS_BACKUP, "continuousBackupGb", `GB of continuous backup (${r})`));
  return priced(
    "azure",
    region,
    [],
    [
      `${names.length} region(s): ${names.join(", ")}`,
      isServerless(props)
        ? "serverless: billed per request unit"
        : "provisioned throughput is priced on the databases and containers",
      ...priceNotes(region, STORAGE, ...(isServerless(props) ? [SERVERLESS] : [])),
    ],
    { usage },
  );
}

/**
 * A database, container, collection, keyspace, table or graph with its own throughput
 * (options.throughput or options.autoscaleSettings.maxThroughput), in each of its account's regions.
 */
function throughput(props: Props, ctx: PriceContext): ResourcePrice {
  const account = resolveReference(props, "accountName", ctx)?.props;
  const regions = accountRegions(account);
  const region = regions[0]?.name ?? azureRegion(props, ctx).region;
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const fixed = num(dig(props, "options.throughput"));
  const max = num(dig(props, "options.autoscaleSettings.maxThroughput"));
  if (fixed === undefined && max === undefined)
    return priced(
      "azure",
      region,
      [],
      [
        isServerless(account)
          ? "serverless account: billed per request unit on the account"
          : "no throughput of its own: shares its database's (or is serverless)",
      ],
    );
  if (account?.enableMultipleWriteLocations === true && regions.length > 1)
    return unpriced(
      "multi-region writes: the engine's sources have no multi-write throughput price",
      "azure",
      region,
    );
  const where: AccountRegion[] = regions.length ? regions : [{ name: region, zoneRedundant: false }];
  const units = where.reduce((s, r) => s + (r.zoneRedundant ? ZONE_FACTOR : 1), 0);
  const assumptions = [
    account ? `${where.length} region(s) of its account` : "account not known: one region assumed",
    ...priceNotes(region, THROUGHPUT),
  ];
  if (fixed !== undefined) {
    const lines: PriceLine[] = [
      {
        item: `${fixed} RU/s × ${units} region unit(s)`,
        hourlyUsd: hourlyOf(THROUGHPUT, (fixed / 100) * units),
      },
    ];
    return priced("azure", region, lines, assumptions);
  }
  const hourlyAt = (ru: number) => hourlyOf(THROUGHPUT, (ru / 100) * units * AUTOSCALE_FACTOR);
  const floor = max! / 10;
  return priced(
    "azure",
    region,
    [{ item: `autoscale floor ${floor} RU/s × ${units} region unit(s)`, hourlyUsd: hourlyAt(floor) }],
    [
      ...assumptions,
      `autoscale to ${max} RU/s: billed at 1.5× the rate for the highest RU/s of each hour, at least 10% of the maximum; priced at that floor`,
    ],
    {
      range: {
        minMonthlyUsd: Math.round(hourlyAt(floor) * HOURS_PER_MONTH * 100) / 100,
        maxMonthlyUsd: Math.round(hourlyAt(max!) * HOURS_PER_MONTH * 100) / 100,
      },
    },
  );
}

export const pricers: PricerModule["pricers"] = {
  "azure-native:cosmosdb:DatabaseAccount": databaseAccount,
  "azure-native:cosmosdb:SqlResourceSqlDatabase": throughput,
  "azure-native:cosmosdb:SqlResourceSqlContainer": throughput,
  "azure-native:cosmosdb:MongoDBResourceMongoDBDatabase": throughput,
  "azure-native:cosmosdb:MongoDBResourceMongoDBCollection": throughput,
  "azure-native:cosmosdb:CassandraResourceCassandraKeyspace": throughput,
  "azure-native:cosmosdb:CassandraResourceCassandraTable": throughput,
  "azure-native:cosmosdb:GremlinResourceGremlinDatabase": throughput,
  "azure-native:cosmosdb:GremlinResourceGremlinGraph": throughput,
  "azure-native:cosmosdb:TableResourceTable": throughput,
};
