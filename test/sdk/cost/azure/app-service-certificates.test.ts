import { describe, expect, it } from "vitest";
import { ok, price } from "./kit";

describe("App Service hostname bindings and certificate orders", () => {
  it("prices IP-based SSL bindings (golden: $39.00 a month) and not SNI ones", () => {
    expect(
      ok(
        price("azure-native:web:WebAppHostNameBinding", {
          name: "app",
          resourceGroupName: "rg",
          sslState: "IpBasedEnabled",
        }),
      ).monthlyUsd,
    ).toBeCloseTo(39, 2);
    expect(
      ok(
        price("azure-native:web:WebAppHostNameBinding", {
          name: "app",
          resourceGroupName: "rg",
          sslState: "SniEnabled",
        }),
      ).monthlyUsd,
    ).toBe(0);
  });

  it("spreads a certificate's yearly price over the months (golden wildcard: $300.12 a year)", () => {
    expect(
      ok(
        price("azure-native:certificateregistration:AppServiceCertificateOrder", {
          productType: "WildCardDomainValidatedSsl",
        }),
      ).monthlyUsd,
    ).toBeCloseTo(25.01, 2);
    expect(price("azure-native:certificateregistration:AppServiceCertificateOrder", {})).toMatchObject({
      priced: false,
    });
  });
});
