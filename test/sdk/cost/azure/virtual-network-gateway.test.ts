import { describe, expect, it } from "vitest";
import { ok, price } from "./kit";

const gw = (props: Record<string, unknown>, usage?: Record<string, number>) =>
  price("azure-native:network:VirtualNetworkGateway", props, usage);

describe("azure-native:network:VirtualNetworkGateway", () => {
  it("prices a VPN gateway by SKU (golden VpnGw2: $357.70) with tunnels and transfer as usage", () => {
    const r = ok(gw({ location: "eastus", gatewayType: "Vpn", sku: { name: "VpnGw2", tier: "VpnGw2" } }));
    expect(r.monthlyUsd).toBeCloseTo(357.7, 2);
    expect(r.usage!.map((u) => u.key)).toEqual(["p2sTunnelsOver128", "dataTransferGb"]);
    const used = ok(
      gw({ location: "eastus", sku: { name: "Basic" } }, { p2sTunnelsOver128: 0, dataTransferGb: 100 }),
    );
    expect(used.monthlyUsd).toBeCloseTo(26.28 + 3.5, 2); // golden Basic: $26.28
  });

  it("is unpriced for ExpressRoute gateways, unknown SKUs and a missing SKU", () => {
    expect(gw({ location: "eastus", gatewayType: "ExpressRoute", sku: { name: "Standard" } })).toMatchObject({
      priced: false,
    });
    expect(gw({ location: "eastus", sku: { name: "VpnGw9" } })).toMatchObject({
      priced: false,
      reason: expect.stringContaining("VpnGw9"),
    });
    expect(gw({ location: "eastus" })).toMatchObject({ priced: false, reason: "sku.name is not set" });
  });
});

describe("azure-native:network:VirtualNetworkGatewayConnection", () => {
  it("prices an IPsec connection by the hour (golden VpnGw1 connection: $10.95)", () => {
    const r = ok(
      price("azure-native:network:VirtualNetworkGatewayConnection", {
        location: "eastus",
        connectionType: "IPsec",
      }),
    );
    expect(r.monthlyUsd).toBeCloseTo(10.95, 2);
    expect(
      price("azure-native:network:VirtualNetworkGatewayConnection", {
        location: "eastus",
        connectionType: "Vnet2Vnet",
      }),
    ).toMatchObject({ priced: false });
    expect(
      price("azure-native:network:VirtualNetworkGatewayConnection", { location: "eastus" }),
    ).toMatchObject({
      priced: false,
      reason: "connectionType is not set",
    });
  });
});
