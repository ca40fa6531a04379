import { describe, expect, it } from "vitest";
import { expectPriced, price } from "./kit";

const SNAP = "gcp:compute/snapshot:Snapshot";

describe("gcp:compute/snapshot:Snapshot (golden compute_snapshot_test, 2024-07-01)", () => {
  it("storage from usage, else the source disk's size", () => {
    // usage: 1,000 GB = $26.00
    expect(
      expectPriced(price(SNAP, { zone: "us-central1-a" }, { usage: { storageGb: 1000 } })).monthlyUsd,
    ).toBeCloseTo(26, 2);
    // snapshot of google_compute_disk.default (100 GB): $2.60
    const resolve = (ref: string) =>
      ref === "d" ? { type: "gcp:compute/disk:Disk", props: { size: 100 } } : undefined;
    const fromDisk = expectPriced(price(SNAP, { zone: "us-central1-a", sourceDisk: "d" }, { resolve }));
    expect(fromDisk.monthlyUsd).toBeCloseTo(2.6, 2);
    expect(fromDisk.assumptions.join(" ")).toContain("upper bound");
  });

  it("without either, usage is unknown and the unit price listed", () => {
    const r = expectPriced(price(SNAP, { sourceDisk: "elsewhere" }));
    expect(r.monthlyUsd).toBe(0);
    expect(r.usageUnknown).toBe(true);
    expect(r.usage![0].usdPerUnit).toBe(0.026);
  });
});
