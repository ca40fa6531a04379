import { describe, expect, it } from "vitest";
import { ok, price } from "./kit";

const ws = (props: Record<string, unknown>, usage?: Record<string, number>) =>
  price("azure-native:operationalinsights:Workspace", props, usage);

describe("azure-native:operationalinsights:Workspace", () => {
  it("prices pay-as-you-go ingestion and retention beyond 31 days as usage ($2.99/GB golden rate)", () => {
    const r = ok(ws({ location: "westeurope", sku: { name: "PerGB2018" }, retentionInDays: 90 }));
    expect(r.monthlyUsd).toBe(0);
    expect(r.usage!.map((u) => [u.key, u.usdPerUnit])).toEqual([
      ["dataIngestionGb", 2.99],
      ["retainedGb", 0.13],
    ]);
    const used = ok(ws({ location: "westeurope", sku: { name: "PerGB2018" } }, { dataIngestionGb: 100 }));
    expect(used.monthlyUsd).toBeCloseTo(299, 2);
  });

  it("prices the 100 GB/day commitment tier (golden: $7,585.20) and not the Free tier", () => {
    expect(
      ok(ws({ location: "westeurope", sku: { name: "CapacityReservation", capacityReservationLevel: 100 } }))
        .monthlyUsd,
    ).toBeCloseTo(7585.2, 2);
    expect(ok(ws({ location: "westeurope", sku: { name: "Free" } })).monthlyUsd).toBe(0);
  });

  it("is unpriced for commitment tiers without a price", () => {
    expect(
      ws({ location: "westeurope", sku: { name: "CapacityReservation", capacityReservationLevel: 500 } }),
    ).toMatchObject({
      priced: false,
      reason: expect.stringContaining("capacityReservationLevel 500"),
    });
  });
});
