import { describe, expect, it } from "vitest";
import { ctx, ok, price } from "./kit";

describe("azure-native:trafficmanager:Profile and Endpoint", () => {
  it("prices inline endpoints' health checks (goldens: Azure $0.36 + fast $1.00; external $0.54 + fast $2.00)", () => {
    const r = ok(
      price("azure-native:trafficmanager:Profile", {
        monitorConfig: { intervalInSeconds: 10 },
        endpoints: [
          { type: "Microsoft.Network/trafficManagerProfiles/azureEndpoints" },
          { type: "Microsoft.Network/trafficManagerProfiles/externalEndpoints" },
        ],
      }),
    );
    expect(r.monthlyUsd).toBeCloseTo(0.36 + 1 + 0.54 + 2, 2);
    expect(r.usageUnknown).toBe(true);
  });

  it("tiers DNS queries (golden: 1B at $0.54/1M) and prices a separate endpoint by its profile's interval", () => {
    const q = ok(price("azure-native:trafficmanager:Profile", {}, { monthlyQueries: 1e9 }));
    expect(q.monthlyUsd).toBeCloseTo(540, 2);
    const fast = {
      ...ctx,
      resolve: () => ({
        type: "azure-native:trafficmanager:Profile",
        props: { monitorConfig: { intervalInSeconds: 10 } },
      }),
    };
    expect(
      ok(
        price(
          "azure-native:trafficmanager:Endpoint",
          { profileName: "tm", endpointType: "ExternalEndpoints" },
          undefined,
          fast,
        ),
      ).monthlyUsd,
    ).toBeCloseTo(2.54, 2);
    const unknown = ok(
      price("azure-native:trafficmanager:Endpoint", { profileName: "tm", endpointType: "AzureEndpoints" }),
    );
    expect(unknown.monthlyUsd).toBeCloseTo(0.36, 2);
    expect(unknown.assumptions.join(" ")).toContain("profile not known");
  });
});
