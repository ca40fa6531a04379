import { describe, expect, it } from "vitest";
import { noRegion, ok, price } from "./kit";

describe("Virtual WAN", () => {
  it("prices a Standard hub (golden virtual_hub_test: $182.50) and not a Basic one", () => {
    const hub = ok(price("azure-native:network:VirtualHub", { location: "westeurope", sku: "Standard" }));
    expect(hub.monthlyUsd).toBeCloseTo(182.5, 2);
    expect(
      ok(
        price(
          "azure-native:network:VirtualHub",
          { location: "westeurope", sku: "Standard" },
          { dataProcessedGb: 100 },
        ),
      ).monthlyUsd,
    ).toBeCloseTo(184.5, 2);
    expect(
      ok(price("azure-native:network:VirtualHub", { location: "westeurope", sku: "Basic" })).monthlyUsd,
    ).toBe(0);
  });

  it("prices gateways by scale unit (goldens: S2S $263.53, P2S 5 units $1,317.65, ExpressRoute $306.60)", () => {
    expect(
      ok(price("azure-native:network:VpnGateway", { location: "westeurope", vpnGatewayScaleUnit: 1 }))
        .monthlyUsd,
    ).toBeCloseTo(263.53, 2);
    const p2s = ok(
      price("azure-native:network:P2sVpnGateway", { location: "westeurope", vpnGatewayScaleUnit: 5 }),
    );
    expect(p2s.monthlyUsd).toBeCloseTo(1317.65, 2);
    expect(p2s.usage![0].key).toBe("p2sConnectionHours");
    const er = ok(
      price("azure-native:network:ExpressRouteGateway", { location: "westeurope", virtualHub: { id: "h" } }),
    );
    expect(er.monthlyUsd).toBeCloseTo(306.6, 2);
    expect(er.assumptions.join(" ")).toContain("1 scale unit assumed");
  });

  it("is unpriced without a location", () => {
    expect(price("azure-native:network:VpnGateway", {}, undefined, noRegion)).toMatchObject({
      priced: false,
      reason: expect.stringContaining("location"),
    });
  });
});

describe("Virtual WAN connections", () => {
  it("prices S2S and ExpressRoute connections by the hour (goldens: $36.50 each)", () => {
    expect(
      ok(price("azure-native:network:VpnConnection", { location: "westeurope", gatewayName: "g" }))
        .monthlyUsd,
    ).toBeCloseTo(36.5, 2);
    expect(
      ok(price("azure-native:network:ExpressRouteConnection", { location: "westeurope" })).monthlyUsd,
    ).toBeCloseTo(36.5, 2);
  });
});
