import { dig, num, priced, Props, resolveReference, str } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, PriceLine, ResourcePrice, UsageCharge } from "../types";
import { goldenPrice, hourlyOf, priceNotes, tieredUsage, usageAt } from "./list-prices";

const we = (usd: number, unit: string, golden: string) =>
  goldenPrice(usd, unit, "westeurope", golden, "2024-07-01");
const PROFILE = "traffic_manager_profile_test (azurerm_traffic_manager_profile)";
const QUERIES = [
  { label: "first 1B", from: 0, upTo: 1e9, price: we(0.54, "1M queries", PROFILE) },
  { label: "over 1B", from: 1e9, upTo: Infinity, price: we(0.375, "1M queries", PROFILE) },
];
const TRAFFIC_VIEW = we(2, "1M data points", PROFILE);
/** Health checks per endpoint-month: basic, and the fast-interval (10 s) add-on; Azure and nested endpoints vs external ones. */
const AZURE_EP = "traffic_manager_azure_endpoint_test (azurerm_traffic_manager_azure_endpoint)";
const EXTERNAL_EP = "traffic_manager_external_endpoint_test (azurerm_traffic_manager_external_endpoint)";
const CHECKS: Record<"azure" | "external", { basic: ListPrice; fast: ListPrice }> = {
  azure: { basic: we(0.36, "endpoint-month", AZURE_EP), fast: we(1, "endpoint-month", AZURE_EP) },
  external: { basic: we(0.54, "endpoint-month", EXTERNAL_EP), fast: we(2, "endpoint-month", EXTERNAL_EP) },
};

const kindOf = (type: string | undefined): "azure" | "external" =>
  /external/i.test(type ?? "") ? "external" : "azure";

/** Health-check lines of endpoints, fast checks when the profile probes every 10 seconds. */
function endpointLines(
  types: (string | undefined)[],
  fast: boolean,
): { lines: PriceLine[]; used: ListPrice[] } {
  const lines: PriceLine[] = [];
  const used: ListPrice[] = [];
  for (const kind of ["azure", "external"] as const) {
    const n = types.filter((t) => kindOf(t) === kind).length;
    if (!n) continue;
    const c = CHECKS[kind];
    lines.push({ item: `${n} ${kind} endpoint health check(s)`, hourlyUsd: hourlyOf(c.basic, n) });
    used.push(c.basic);
    if (fast) {
      lines.push({ item: `${n} fast-interval add-on(s)`, hourlyUsd: hourlyOf(c.fast, n) });
      used.push(c.fast);
    }
  }
  return { lines, used };
}

const isFast = (profile: Props | undefined) => num(dig(profile, "monitorConfig.intervalInSeconds")) === 10;

/** A Traffic Manager profile: DNS queries and Traffic View (usage), and the health checks of its inline endpoints. */
function profile(props: Props, ctx: PriceContext): ResourcePrice {
  const endpoints = Array.isArray(props.endpoints) ? props.endpoints : [];
  const { lines, used } = endpointLines(
    endpoints.map((e) => str(dig(e, "type"))),
    isFast(props),
  );
  const usage: UsageCharge[] = tieredUsage(ctx, "monthlyQueries", "DNS queries", QUERIES, 1e6);
  if (/^enabled$/i.test(str(props.trafficViewEnrollmentStatus) ?? ""))
    usage.push(
      usageAt(ctx, TRAFFIC_VIEW, "trafficViewDataPoints", "Traffic View data points per month", 1e6),
    );
  return priced(
    "azure",
    "global",
    lines,
    [
      `${endpoints.length} inline endpoint(s)${isFast(props) ? ", fast (10 s) health checks" : ""}`,
      ...priceNotes(undefined, QUERIES[0].price, ...used),
    ],
    { usage },
  );
}

/** A Traffic Manager endpoint: its health checks, fast ones when its profile probes every 10 seconds. */
function endpoint(props: Props, ctx: PriceContext): ResourcePrice {
  const owner = resolveReference(props, "profileName", ctx)?.props;
  const type = str(props.type) ?? str(props.endpointType);
  const { lines, used } = endpointLines([type], isFast(owner));
  return priced("azure", "global", lines, [
    owner ? "" : "profile not known: basic health checks assumed",
    ...priceNotes(undefined, ...used),
  ]);
}

export const pricers: PricerModule["pricers"] = {
  "azure-native:trafficmanager:Profile": profile,
  "azure-native:trafficmanager:Endpoint": endpoint,
};
