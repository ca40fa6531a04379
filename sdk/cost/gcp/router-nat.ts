import { HOURS_PER_MONTH } from "../formulas";
import { priced, Props, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { derivedUsage, golden, priceNotes, usageAt } from "./price-kit";
import { gcpRegion, noGcpRegion } from "./region";

/** Per VM using the gateway per hour, up to 32 VMs (golden: 32 VMs × 730 h = $32.70 → 0.0014). */
const PER_VM = golden("compute_router_nat", 0.0014, "VM-hour", "us-central1", "2024-07-01");
/** Data processed by the gateway, printed as '$0.045 per GB'. */
const DATA = golden("compute_router_nat", 0.045, "GB", "us-central1", "2024-07-01");
/** Above 32 VMs the gateway charge stops growing. */
const MAX_BILLED_VMS = 32;

/**
 * A Cloud NAT gateway: billed by the VMs that use it (per VM-hour, capped at 32 VMs) and by the
 * data it processes; both come from usage (`assignedVms`, `monthlyDataProcessedGb`). NAT IP
 * addresses are billed as addresses.
 */
function routerNat(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = gcpRegion(props, ctx);
  if (!region) return unpriced(noGcpRegion("region"), "gcp");
  const vms = ctx.usage?.assignedVms;
  const usage = [
    // The value is a VM count; the gateway bills per VM-hour, so per VM-month here.
    derivedUsage(
      { ...PER_VM, usd: Math.round(PER_VM.usd * HOURS_PER_MONTH * 1e6) / 1e6, unit: "VM-month" },
      "assignedVms",
      "VMs using the gateway (billed up to 32)",
      vms === undefined ? undefined : Math.min(vms, MAX_BILLED_VMS),
    ),
    usageAt(ctx, DATA, "monthlyDataProcessedGb", "GB processed"),
  ];
  return priced(
    "gcp",
    region,
    [],
    [
      assumption,
      ...priceNotes(PER_VM, region),
      ...priceNotes(DATA, region),
      "the gateway itself has no fixed charge; its NAT IP addresses are priced as addresses",
    ],
    { usage },
  );
}

export const pricers: PricerModule["pricers"] = { "gcp:compute/routerNat:RouterNat": routerNat };
