import { describe, expect, it } from "vitest";
import { expectPriced, price } from "./kit";

const IMAGE = "gcp:compute/image:Image";

describe("gcp:compute/image:Image (golden compute_image_test, 2024-07-01)", () => {
  it("storage from usage, diskSizeGb or the source disk", () => {
    // with_disk_size: 500 GB = $25.00
    expect(expectPriced(price(IMAGE, { diskSizeGb: 500 })).monthlyUsd).toBeCloseTo(25, 2);
    // usage: 1,000 GB = $50.00
    expect(expectPriced(price(IMAGE, {}, { usage: { storageGb: 1000 } })).monthlyUsd).toBeCloseTo(50, 2);
    // with_source_disk (a 1,000 GB disk): $50.00
    const resolve = (ref: string) =>
      ref === "d" ? { type: "gcp:compute/disk:Disk", props: { size: 1000 } } : undefined;
    expect(expectPriced(price(IMAGE, { sourceDisk: "d" }, { resolve })).monthlyUsd).toBeCloseTo(50, 2);
  });

  it("empty: 'depends on usage: $0.05 per GB'", () => {
    const r = expectPriced(price(IMAGE, {}));
    expect(r.usageUnknown).toBe(true);
    expect(r.usage![0].usdPerUnit).toBe(0.05);
  });
});
