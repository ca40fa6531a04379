import { dig, priced, Props, resolveReference, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice, UsageCharge } from "../types";
import { goldenPrice, tieredUsage, UsageTier } from "./list-prices";

const GOLDEN = "cdn_endpoint_test (azurerm_cdn_endpoint)";
const p = (usd: number) => goldenPrice(usd, "GB", "eastus", GOLDEN, "2024-07-01");
const TB = 1000;
/** Bands of outbound transfer (GB a month) with their prices; the last band takes everything beyond. */
const bands = (label: string, prices: number[], limits: number[]): UsageTier[] =>
  prices.map((usd, i) => ({
    label: `${label} ${i === 0 ? `first ${limits[0] / TB}TB` : i === prices.length - 1 ? `over ${limits[i - 1] / TB}TB` : `${limits[i - 1] / TB}-${limits[i] / TB}TB`}`,
    from: i === 0 ? 0 : limits[i - 1],
    upTo: i === prices.length - 1 ? Infinity : limits[i],
    price: p(usd),
  }));
const LIMITS = [10, 50, 150, 500, 1000, 5000].map((t) => t * TB);

/** Outbound data transfer by profile SKU (zone 1 prices). */
const OUTBOUND: Record<string, { tiers: UsageTier[]; note?: string }> = {
  STANDARD_VERIZON: {
    tiers: bands("Standard Verizon", [0.081, 0.075, 0.056, 0.037, 0.028, 0.023, 0.023], LIMITS),
  },
  PREMIUM_VERIZON: {
    tiers: bands("Premium Verizon", [0.158, 0.14, 0.121, 0.102, 0.093], LIMITS),
    note: "the 500TB-1PB rate is used beyond 1PB (no further band in the sources)",
  },
  STANDARD_AKAMAI: {
    tiers: bands("Akamai", [0.081, 0.075, 0.056, 0.037, 0.028], LIMITS),
    note: "the 500TB-1PB rate is used beyond 1PB (no further band in the sources)",
  },
  STANDARD_MICROSOFT: {
    tiers: bands("Microsoft", [0.081], LIMITS),
    note: "the first-10TB rate is used for all volumes (no further band in the sources)",
  },
};
const ACCELERATION = bands(
  "acceleration",
  [0.177, 0.158, 0.14, 0.121, 0.102],
  [50, 150, 500, 1000].map((t) => t * TB),
);

/** A classic CDN profile has no charge of its own; Front Door Standard/Premium profiles are not priced. */
function profile(props: Props): ResourcePrice {
  const sku = str(dig(props, "sku.name")) ?? "";
  if (/frontdoor/i.test(sku))
    return unpriced(
      `sku.name ${sku}: Azure Front Door Standard/Premium has no list price in the engine's sources`,
      "azure",
      "global",
    );
  return priced("azure", "global", [], ["classic CDN profiles are billed through their endpoints' traffic"]);
}

/** A classic CDN endpoint: outbound transfer by its profile's SKU, and dynamic site acceleration, as usage. */
function endpoint(props: Props, ctx: PriceContext): ResourcePrice {
  const owner = resolveReference(props, "profileName", ctx)?.props;
  const sku = str(dig(owner, "sku.name"));
  if (!sku)
    return unpriced(
      "the endpoint's profile (profileName) is not known: its SKU sets the prices",
      "azure",
      "global",
    );
  const outbound = OUTBOUND[sku.toUpperCase()];
  if (!outbound)
    return unpriced(
      `profile SKU ${sku} has no endpoint transfer price in the engine's sources`,
      "azure",
      "global",
    );
  const usage: UsageCharge[] = tieredUsage(ctx, "outboundDataTransferGb", "GB delivered", outbound.tiers);
  const dsa = /dynamicsiteacceleration/i.test(str(props.optimizationType) ?? "");
  if (dsa) usage.push(...tieredUsage(ctx, "accelerationDataTransferGb", "GB accelerated", ACCELERATION));
  return priced(
    "azure",
    "global",
    [],
    [`${sku} profile: billed per GB delivered (North America/Europe prices)`, outbound.note ?? ""],
    { usage },
  );
}

export const pricers: PricerModule["pricers"] = {
  "azure-native:cdn:Profile": profile,
  "azure-native:cdn:Endpoint": endpoint,
};
