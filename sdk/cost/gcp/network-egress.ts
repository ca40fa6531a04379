import type { PriceContext, UsageCharge } from "../types";
import type { ListPrice } from "../list-price";
import { derivedUsage, golden, usageAt } from "./price-kit";

/**
 * Traffic between Google Cloud regions (VPN tunnels, peered services), by destination: the same
 * seven categories and prices in the compute_vpn_gateway, compute_ha_vpn_gateway and
 * service_networking_connection goldens (us-central1, 2024-07-01).
 */
export function interRegionEgress(ctx: PriceContext, test: string): UsageCharge[] {
  const p = (usd: number) => golden(test, usd, "GB", "us-central1", "2024-07-01");
  const rows: [string, number, string][] = [
    ["monthlyEgressSameRegionGb", 0.02, "GB within the same region"],
    ["monthlyEgressUsCanadaGb", 0.02, "GB within the US or Canada"],
    ["monthlyEgressEuropeGb", 0.02, "GB within Europe"],
    ["monthlyEgressAsiaGb", 0.08, "GB within Asia"],
    ["monthlyEgressSouthAmericaGb", 0.14, "GB within South America"],
    ["monthlyEgressOceaniaGb", 0.1, "GB to/from Indonesia and Oceania"],
    ["monthlyEgressIntercontinentalGb", 0.08, "GB between continents (not Oceania)"],
  ];
  return rows.map(([key, usd, what]) => usageAt(ctx, p(usd), key, what));
}

/** Tiered charges for one usage key: the quantity split over tiers of `upTo` GB each. */
function tiered(ctx: PriceContext, key: string, what: string, tiers: { upTo: number; price: ListPrice }[]) {
  const total = ctx.usage?.[key];
  let from = 0;
  return tiers.map(({ upTo, price }) => {
    const q = total === undefined ? undefined : Math.max(0, Math.min(total, upTo) - from);
    const span =
      upTo === Infinity
        ? from === 0
          ? "all"
          : `over ${from} GB`
        : from === 0
          ? `first ${upTo} GB`
          : `next ${upTo - from} GB`;
    const label = `${what} (${span})`;
    from = upTo;
    return derivedUsage(price, key, label, q);
  });
}

/**
 * Internet egress by destination with its volume tiers (first 1 TB, next 9 TB, over 10 TB), as
 * the compute_external_vpn_gateway golden prints them (us-central1, 2024-07-01).
 */
export function internetEgress(ctx: PriceContext, test: string): UsageCharge[] {
  const p = (usd: number) => golden(test, usd, "GB", "us-central1", "2024-07-01");
  return [
    ...tiered(ctx, "monthlyEgressWorldwideGb", "GB to the internet (not China or Australia)", [
      { upTo: 1024, price: p(0.12) },
      { upTo: 10240, price: p(0.11) },
      { upTo: Infinity, price: p(0.08) },
    ]),
    ...tiered(ctx, "monthlyEgressChinaGb", "GB to China (not Hong Kong)", [
      { upTo: 1024, price: p(0.23) },
      { upTo: Infinity, price: p(0.22) },
    ]),
    ...tiered(ctx, "monthlyEgressAustraliaGb", "GB to Australia", [{ upTo: Infinity, price: p(0.19) }]),
  ];
}
