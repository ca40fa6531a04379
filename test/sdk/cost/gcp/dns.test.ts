import { describe, expect, it } from "vitest";
import { expectPriced, price } from "./kit";

describe("Cloud DNS (goldens dns_managed_zone_test and dns_record_set_test, 2024-07-01)", () => {
  it("a managed zone is $0.20 a month", () => {
    // google_dns_managed_zone.zone: 1 months $0.20
    expect(
      expectPriced(price("gcp:dns/managedZone:ManagedZone", { dnsName: "example.com." })).monthlyUsd,
    ).toBeCloseTo(0.2, 2);
  });

  it("a record set: queries as usage", () => {
    const bare = expectPriced(price("gcp:dns/recordSet:RecordSet", { type: "A" }));
    expect(bare.monthlyUsd).toBe(0);
    expect(bare.usageUnknown).toBe(true);
    // frontend_usage: 0.1 × 1M queries = $0.04
    expect(
      expectPriced(price("gcp:dns/recordSet:RecordSet", { type: "A" }, { usage: { monthlyQueries: 100000 } }))
        .monthlyUsd,
    ).toBeCloseTo(0.04, 2);
  });
});
