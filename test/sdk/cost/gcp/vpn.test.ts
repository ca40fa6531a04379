import { describe, expect, it } from "vitest";
import { expectPriced, expectUnpriced, price } from "./kit";

const egress = {
  monthlyEgressSameRegionGb: 250,
  monthlyEgressUsCanadaGb: 100,
  monthlyEgressEuropeGb: 70,
  monthlyEgressAsiaGb: 50,
  monthlyEgressSouthAmericaGb: 100,
  monthlyEgressOceaniaGb: 50,
  monthlyEgressIntercontinentalGb: 200,
};

describe("Cloud VPN (goldens compute_vpn_tunnel/ha_vpn_gateway/vpn_gateway/external_vpn_gateway, 2024-07-01)", () => {
  it("a tunnel is billed per hour", () => {
    // tunnel1: 730 h = $36.50
    expect(
      expectPriced(price("gcp:compute/vPNTunnel:VPNTunnel", { region: "us-central1" })).monthlyUsd,
    ).toBeCloseTo(36.5, 2);
    expect(expectUnpriced(price("gcp:compute/vPNTunnel:VPNTunnel", {})).reason).toContain("region");
  });

  it.each(["gcp:compute/haVpnGateway:HaVpnGateway", "gcp:compute/vPNGateway:VPNGateway"])(
    "%s: egress by destination as usage",
    (type) => {
      // my_compute_(ha_)vpn_gateway: $5.00 + $2.00 + $1.40 + $4.00 + $14.00 + $5.00 + $16.00
      expect(expectPriced(price(type, { region: "us-central1" }, { usage: egress })).monthlyUsd).toBeCloseTo(
        47.4,
        2,
      );
      const bare = expectPriced(price(type, { region: "us-central1" }));
      expect(bare.monthlyUsd).toBe(0);
      expect(bare.usage).toHaveLength(7);
    },
  );

  it("an external gateway: tiered internet egress", () => {
    // 12,500 GB worldwide: $122.88 + $1,013.76 + $180.80; 8,500 GB China: $235.52 + $1,644.72; 250 GB Australia $47.50
    const r = expectPriced(
      price(
        "gcp:compute/externalVpnGateway:ExternalVpnGateway",
        {},
        {
          usage: {
            monthlyEgressWorldwideGb: 12500,
            monthlyEgressChinaGb: 8500,
            monthlyEgressAustraliaGb: 250,
          },
        },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(3245.18, 2);
  });
});
