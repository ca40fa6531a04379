import { describe, expect, it } from "vitest";
import { ok, price } from "./kit";

describe("azure-native:dns:Zone and privatedns:PrivateZone", () => {
  it("prices a hosted zone a month (golden dns_zone_test westus: $0.50) with queries as usage", () => {
    const r = ok(price("azure-native:dns:Zone", { location: "global", resourceGroupName: "rg" }));
    expect(r.monthlyUsd).toBeCloseTo(0.5, 2);
    expect(r.region).toBe("global");
    expect(r.usageUnknown).toBe(true);
    expect(ok(price("azure-native:privatedns:PrivateZone", { location: "global" })).monthlyUsd).toBeCloseTo(
      0.5,
      2,
    );
  });

  it("tiers queries at the first billion (golden over1B: 1.5B queries = $400 + $100)", () => {
    const r = ok(price("azure-native:dns:Zone", {}, { monthlyQueries: 1.5e9 }));
    expect(r.monthlyUsd).toBeCloseTo(0.5 + 400 + 100, 2);
    expect(r.usage!.map((u) => u.quantity)).toEqual([1e9, 0.5e9]);
  });
});
