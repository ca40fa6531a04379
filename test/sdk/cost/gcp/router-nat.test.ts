import { describe, expect, it } from "vitest";
import { expectPriced, expectUnpriced, price } from "./kit";

const NAT = "gcp:compute/routerNat:RouterNat";

describe("gcp:compute/routerNat:RouterNat (golden compute_router_nat_test, 2024-07-01)", () => {
  it("without usage: no fixed charge, unit prices listed", () => {
    // google_compute_router_nat.no_usage: Data processed 'depends on usage: $0.045 per GB'
    const r = expectPriced(price(NAT, { region: "us-central1", router: "r" }));
    expect(r.monthlyUsd).toBe(0);
    expect(r.usageUnknown).toBe(true);
    expect(r.usage!.map((u) => u.usdPerUnit)).toEqual([1.022, 0.045]);
  });

  it("with usage: VMs (capped at 32) and data processed", () => {
    // nat: 4 VMs → 2,920 VM-hours $4.09 + 1,000 GB $45.00
    const r = expectPriced(
      price(NAT, { region: "us-central1" }, { usage: { assignedVms: 4, monthlyDataProcessedGb: 1000 } }),
    );
    expect(r.monthlyUsd).toBeCloseTo(49.09, 2);
    // over_32_vms: 23,360 VM-hours $32.70 + $45.00; more VMs cost no more
    const big = expectPriced(
      price(NAT, { region: "us-central1" }, { usage: { assignedVms: 40, monthlyDataProcessedGb: 1000 } }),
    );
    expect(big.monthlyUsd).toBeCloseTo(77.7, 1);
  });

  it("is unpriced with no region", () => {
    expect(expectUnpriced(price(NAT, {})).reason).toContain("region");
  });
});
