import { priced, Props, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { interRegionEgress, internetEgress } from "./network-egress";
import { golden, priceNotes } from "./price-kit";
import { gcpRegion, noGcpRegion } from "./region";

/** A VPN tunnel per hour: 730 h = $36.50 (compute_vpn_tunnel golden). */
const TUNNEL = golden("compute_vpn_tunnel", 0.05, "hour", "us-central1", "2024-07-01");

const EGRESS_NOTE = "traffic out through the VPN is usage by destination (monthlyEgress…Gb keys)";

/** A Cloud VPN tunnel: billed per tunnel-hour. */
function tunnel(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = gcpRegion(props, ctx);
  if (!region) return unpriced(noGcpRegion("region"), "gcp");
  return priced(
    "gcp",
    region,
    [{ item: "VPN tunnel", hourlyUsd: TUNNEL.usd }],
    [assumption, ...priceNotes(TUNNEL, region)],
  );
}

/**
 * A VPN gateway (HA or classic): no charge of its own (its tunnels are billed); the traffic it
 * sends to other Google Cloud regions is usage.
 */
const gateway =
  (test: string) =>
  (props: Props, ctx: PriceContext): ResourcePrice => {
    const { region, assumption } = gcpRegion(props, ctx);
    return priced(
      "gcp",
      region,
      [],
      [assumption, "gateways are not billed; their tunnels are", EGRESS_NOTE],
      {
        usage: interRegionEgress(ctx, test),
      },
    );
  };

/** An external (peer) VPN gateway: not billed itself; traffic to it over the internet is usage. */
function externalGateway(props: Props, ctx: PriceContext): ResourcePrice {
  const { region } = gcpRegion(props, ctx);
  return priced(
    "gcp",
    region,
    [],
    [
      "external gateways are not billed; traffic to them is internet egress",
      "China and Australia beyond the first tiers printed in the golden are priced at the last tier printed",
    ],
    { usage: internetEgress(ctx, "compute_external_vpn_gateway") },
  );
}

export const pricers: PricerModule["pricers"] = {
  "gcp:compute/vPNTunnel:VPNTunnel": tunnel,
  "gcp:compute/haVpnGateway:HaVpnGateway": gateway("compute_ha_vpn_gateway"),
  "gcp:compute/vPNGateway:VPNGateway": gateway("compute_vpn_gateway"),
  "gcp:compute/externalVpnGateway:ExternalVpnGateway": externalGateway,
};
