import { describe, expect, it } from "vitest";
import { ok, price } from "./kit";

describe("azure-native:compute:Snapshot and Image", () => {
  it("prices stored GB (golden: 300 GB = $15.00)", () => {
    expect(
      ok(
        price("azure-native:compute:Snapshot", {
          location: "westeurope",
          creationData: { createOption: "Copy" },
          diskSizeGB: 300,
        }),
      ).monthlyUsd,
    ).toBeCloseTo(15, 2);
    const image = ok(
      price("azure-native:compute:Image", {
        location: "westeurope",
        storageProfile: { osDisk: { diskSizeGB: 100 }, dataDisks: [{ diskSizeGB: 200 }] },
      }),
    );
    expect(image.monthlyUsd).toBeCloseTo(15, 2);
  });

  it("bills incremental or unsized snapshots as usage", () => {
    const inc = ok(
      price("azure-native:compute:Snapshot", { location: "westeurope", incremental: true, diskSizeGB: 300 }),
    );
    expect(inc.monthlyUsd).toBe(0);
    expect(inc.usageUnknown).toBe(true);
    expect(
      ok(price("azure-native:compute:Image", { location: "westeurope" }, { storageGb: 100 })).monthlyUsd,
    ).toBeCloseTo(5, 2);
  });
});
