import { describe, expect, it } from "vitest";
import { UNKNOWN } from "../../../../sdk/cost/types";
import { expectPriced, expectUnpriced, price } from "./kit";

const REDIS = "gcp:redis/instance:Instance";

describe("gcp:redis/instance:Instance (golden redis_instance_test, 2024-07-01)", () => {
  it("prices GB × the service and capacity tier", () => {
    const cases: [string | undefined, number, number][] = [
      ["STANDARD_HA", 105, 2299.5], // standard_m5
      [undefined, 105, 1226.4], // basic_m5 (tier defaults to BASIC)
      ["STANDARD_HA", 45, 1149.75], // standard_m4
      ["BASIC", 25, 419.75], // basic_m3
      ["STANDARD_HA", 5, 197.1], // standard_m2
      ["BASIC", 1, 35.77], // basic_m1
    ];
    for (const [tier, memorySizeGb, golden] of cases) {
      const r = expectPriced(
        price(REDIS, { region: "us-central1", memorySizeGb, ...(tier ? { tier } : {}) }),
      );
      expect(r.monthlyUsd).toBeCloseTo(golden, 2);
    }
  });

  it("states the region note elsewhere and is unpriced without size, region or a known tier", () => {
    const r = expectPriced(price(REDIS, { memorySizeGb: 1 }, { region: "europe-west1" }));
    expect(r.assumptions.join(" ")).toContain("us-central1 list price is used for europe-west1");
    expect(expectUnpriced(price(REDIS, { region: "us-central1" })).reason).toBe("memorySizeGb is not set");
    expect(expectUnpriced(price(REDIS, { memorySizeGb: 1 })).reason).toContain("region");
    expect(
      expectUnpriced(price(REDIS, { region: "us-central1", memorySizeGb: 1, tier: "PREMIUM" })).reason,
    ).toContain("BASIC, STANDARD_HA");
    expect(expectUnpriced(price(REDIS, { region: "us-central1", memorySizeGb: UNKNOWN })).reason).toContain(
      "unknown during preview",
    );
  });
});
