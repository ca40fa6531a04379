import { describe, expect, it } from "vitest";
import { expectPriced, expectUnpriced, price } from "./kit";

describe("gcp:compute/address and globalAddress (golden compute_address_test, 2026-04-02)", () => {
  it("an external address is priced at the unused rate, with the in-use rates stated", () => {
    // google_compute_address.static: IP address (unused) 730 h $7.30
    const r = expectPriced(price("gcp:compute/address:Address", { region: "us-central1" }));
    expect(r.monthlyUsd).toBeCloseTo(7.3, 2);
    expect(r.assumptions.join(" ")).toContain("0.005/h on a standard VM");
    // google_compute_address.default_diff_region (europe-central2): $8.76
    expect(
      expectPriced(price("gcp:compute/address:Address", { region: "europe-central2" })).monthlyUsd,
    ).toBeCloseTo(8.76, 2);
    // google_compute_global_address.default: $7.30
    expect(expectPriced(price("gcp:compute/globalAddress:GlobalAddress", {})).monthlyUsd).toBeCloseTo(7.3, 2);
  });

  it("internal addresses and peering ranges are free", () => {
    expect(
      expectPriced(price("gcp:compute/address:Address", { region: "us-central1", addressType: "INTERNAL" }))
        .monthlyUsd,
    ).toBe(0);
    const peering = expectPriced(
      price("gcp:compute/globalAddress:GlobalAddress", {
        addressType: "INTERNAL",
        purpose: "VPC_PEERING",
        prefixLength: 16,
      }),
    );
    expect(peering.monthlyUsd).toBe(0);
    expect(peering.assumptions.join(" ")).toContain("VPC_PEERING");
  });

  it("an external address with no region is unpriced", () => {
    expect(expectUnpriced(price("gcp:compute/address:Address", {})).reason).toContain("region");
  });
});
