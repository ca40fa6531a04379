import { isUnknown, missing, priced, Props, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { golden, priceNotes } from "./price-kit";
import { gcpRegion, noGcpRegion } from "./region";

const ADDRESS = (usd: number, region: string) => golden("compute_address", usd, "hour", region, "2026-04-02");
/** A reserved external IPv4 address not in use, per hour: 730 h = $7.30 (us-central1), $8.76 (europe-central2). */
const UNUSED: Record<string, ListPrice> = {
  "us-central1": ADDRESS(0.01, "us-central1"),
  "europe-central2": ADDRESS(0.012, "europe-central2"),
};
/** In use by a standard VM: 730 h = $3.65; by a preemptible/spot VM: $1.83 (rate in [0.0025, 0.0025137]). */
const ON_STANDARD_VM = ADDRESS(0.005, "us-central1");
const ON_SPOT_VM = ADDRESS(0.0025, "us-central1");

const usedNote = (region: string | undefined) =>
  `priced as reserved but unused (an address cannot see what uses it); in use it costs ${ON_STANDARD_VM.usd}/h on a standard VM and ${ON_SPOT_VM.usd}/h on a spot VM (${priceNotes(ON_STANDARD_VM, region).filter(Boolean).join("; ")})`;

/** Internal addresses and ranges (VPC peering, Private Service Connect) are not billed. */
function internal(props: Props): boolean {
  return str(props.addressType)?.toUpperCase() === "INTERNAL";
}

/**
 * A static IP address: internal ones are free; an external one is priced at the reserved-but-unused
 * rate, the most it can cost, with the in-use rates stated.
 */
function address(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = gcpRegion(props, ctx);
  if (isUnknown(props.addressType)) return unpriced(missing("addressType", props.addressType), "gcp", region);
  if (internal(props)) return priced("gcp", region, [], [assumption, "internal addresses are not billed"]);
  if (!region) return unpriced(noGcpRegion("region"), "gcp");
  const p = UNUSED[region] ?? UNUSED["us-central1"];
  return priced(
    "gcp",
    region,
    [{ item: "static external IPv4 (unused)", hourlyUsd: p.usd }],
    [assumption, ...priceNotes(p, region), usedNote(region)],
  );
}

/** A global address: internal ranges (VPC peering for Cloud SQL and others) are free; external ones as above. */
function globalAddress(props: Props): ResourcePrice {
  if (isUnknown(props.addressType)) return unpriced(missing("addressType", props.addressType), "gcp");
  if (internal(props))
    return priced(
      "gcp",
      undefined,
      [],
      [`internal global ranges (purpose ${str(props.purpose) ?? "unset"}) are not billed`],
    );
  const p = UNUSED["us-central1"];
  return priced(
    "gcp",
    undefined,
    [{ item: "global static external IP (unused)", hourlyUsd: p.usd }],
    ["global resource", ...priceNotes(p, undefined), usedNote(undefined)],
  );
}

export const pricers: PricerModule["pricers"] = {
  "gcp:compute/address:Address": address,
  "gcp:compute/globalAddress:GlobalAddress": globalAddress,
};
