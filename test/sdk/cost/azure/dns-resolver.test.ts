import { describe, expect, it } from "vitest";
import { noRegion, ok, price } from "./kit";

describe("azure-native:dnsresolver endpoints and rulesets", () => {
  it("prices endpoints ($180.00 a month each) and forwarding rulesets ($2.50)", () => {
    expect(
      ok(price("azure-native:dnsresolver:InboundEndpoint", { location: "westeurope" })).monthlyUsd,
    ).toBeCloseTo(180, 2);
    expect(
      ok(price("azure-native:dnsresolver:OutboundEndpoint", { location: "westeurope" })).monthlyUsd,
    ).toBeCloseTo(180, 2);
    expect(
      ok(price("azure-native:dnsresolver:DnsForwardingRuleset", { location: "westeurope" })).monthlyUsd,
    ).toBeCloseTo(2.5, 2);
  });

  it("is unpriced without a location", () => {
    expect(price("azure-native:dnsresolver:InboundEndpoint", {}, undefined, noRegion)).toMatchObject({
      priced: false,
    });
  });
});
