import { describe, expect, it } from "vitest";
import { expectPriced, price } from "./kit";

describe("gcp:servicenetworking/connection:Connection (golden service_networking_connection_test, 2024-07-01)", () => {
  it("traffic by destination as usage", () => {
    const type = "gcp:servicenetworking/connection:Connection";
    const bare = expectPriced(price(type, { service: "servicenetworking.googleapis.com" }));
    expect(bare.usage!.map((u) => u.usdPerUnit)).toEqual([0.02, 0.02, 0.02, 0.08, 0.14, 0.1, 0.08]);
    expect(bare.usageUnknown).toBe(true);
    // my_usage_connection: $47.40
    const used = expectPriced(
      price(
        type,
        {},
        {
          usage: {
            monthlyEgressSameRegionGb: 250,
            monthlyEgressUsCanadaGb: 100,
            monthlyEgressEuropeGb: 70,
            monthlyEgressAsiaGb: 50,
            monthlyEgressSouthAmericaGb: 100,
            monthlyEgressOceaniaGb: 50,
            monthlyEgressIntercontinentalGb: 200,
          },
        },
      ),
    );
    expect(used.monthlyUsd).toBeCloseTo(47.4, 2);
  });
});
