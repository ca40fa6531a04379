import { priced, Props } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { golden, priceNotes, usageAt } from "./price-kit";
import { gcpRegion } from "./region";

const PROXY = (usd: number, unit: string) =>
  golden("compute_target_grpc_proxy", usd, unit, "us-central1", "2024-07-01");
/** Proxy instance-hours: 7,446 h = $186.15 → $0.025; data processed: 100 GB = $0.80. */
const INSTANCE = PROXY(0.025, "proxy instance-hour");
const DATA = PROXY(0.008, "GB");

/**
 * A target proxy of an Envoy-based load balancer: proxy instances (scaled by traffic) and data
 * processed, both usage. The classic global external load balancer bills per forwarding rule
 * instead: leave `proxyInstanceHours` out for it.
 */
function targetProxy(props: Props, ctx: PriceContext): ResourcePrice {
  const { region } = gcpRegion(props, ctx);
  return priced(
    "gcp",
    region,
    [],
    [
      "no fixed charge: Envoy-based load balancers bill proxy instances as traffic needs them",
      ...priceNotes(INSTANCE, region),
    ],
    {
      usage: [
        usageAt(ctx, INSTANCE, "proxyInstanceHours", "proxy instance-hours"),
        usageAt(ctx, DATA, "monthlyDataProcessedGb", "GB processed"),
      ],
    },
  );
}

export const pricers: PricerModule["pricers"] = Object.fromEntries(
  [
    "gcp:compute/targetHttpProxy:TargetHttpProxy",
    "gcp:compute/targetHttpsProxy:TargetHttpsProxy",
    "gcp:compute/targetSSLProxy:TargetSSLProxy",
    "gcp:compute/targetTCPProxy:TargetTCPProxy",
    "gcp:compute/targetGrpcProxy:TargetGrpcProxy",
    "gcp:compute/regionTargetHttpProxy:RegionTargetHttpProxy",
    "gcp:compute/regionTargetHttpsProxy:RegionTargetHttpsProxy",
    "gcp:compute/regionTargetTcpProxy:RegionTargetTcpProxy",
  ].map((type) => [type, targetProxy]),
);
