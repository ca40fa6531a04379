import { describe, expect, it } from "vitest";
import { expectPriced, price } from "./kit";

describe("target proxies (golden compute_target_grpc_proxy_test, 2024-07-01)", () => {
  it.each([
    "gcp:compute/targetHttpProxy:TargetHttpProxy",
    "gcp:compute/targetHttpsProxy:TargetHttpsProxy",
    "gcp:compute/targetSSLProxy:TargetSSLProxy",
    "gcp:compute/targetTCPProxy:TargetTCPProxy",
    "gcp:compute/targetGrpcProxy:TargetGrpcProxy",
    "gcp:compute/regionTargetHttpProxy:RegionTargetHttpProxy",
    "gcp:compute/regionTargetHttpsProxy:RegionTargetHttpsProxy",
    "gcp:compute/regionTargetTcpProxy:RegionTargetTcpProxy",
  ])("%s: proxy instances and data as usage", (type) => {
    // withoutUsage: '$0.025 per hours' and '$0.008 per GB'
    const bare = expectPriced(price(type, { urlMap: "m" }));
    expect(bare.monthlyUsd).toBe(0);
    expect(bare.usage!.map((u) => u.usdPerUnit)).toEqual([0.025, 0.008]);
    // default: 7,446 h $186.15 + 100 GB $0.80
    expect(
      expectPriced(
        price(type, { urlMap: "m" }, { usage: { proxyInstanceHours: 7446, monthlyDataProcessedGb: 100 } }),
      ).monthlyUsd,
    ).toBeCloseTo(186.95, 2);
  });
});
