import { describe, expect, it } from "vitest";
import { expectPriced, expectUnpriced, price } from "./kit";

const DISK = "gcp:compute/disk:Disk";

describe("gcp:compute/disk:Disk (golden compute_disk_test, 2024-07-01)", () => {
  it("GB-month by disk type", () => {
    // standard_default: 500 GB pd-standard $20.00; ssd_default: 100 GB pd-ssd $17.00; size: 20 GB $0.80
    expect(
      expectPriced(price(DISK, { zone: "us-central1-a", type: "pd-standard", size: 500 })).monthlyUsd,
    ).toBeCloseTo(20, 2);
    expect(
      expectPriced(price(DISK, { zone: "us-central1-a", type: "pd-ssd", size: 100 })).monthlyUsd,
    ).toBeCloseTo(17, 2);
    expect(expectPriced(price(DISK, { zone: "us-central1-a", size: 20 })).monthlyUsd).toBeCloseTo(0.8, 2);
    expect(
      expectPriced(price(DISK, { zone: "us-central1-a", type: "pd-balanced", size: 100 })).monthlyUsd,
    ).toBeCloseTo(10, 2);
  });

  it("extreme types add provisioned IOPS", () => {
    // extreme_size_iops: 40 GB $5.00 + 5,000 IOPS $325.00; hyperdisk_size_iops: 128 GB $16.00 + 20,000 IOPS $640.00
    expect(
      expectPriced(
        price(DISK, { zone: "us-central1-a", type: "pd-extreme", size: 40, provisionedIops: 5000 }),
      ).monthlyUsd,
    ).toBeCloseTo(330, 2);
    expect(
      expectPriced(
        price(DISK, { zone: "us-central1-a", type: "hyperdisk-extreme", size: 128, provisionedIops: 20000 }),
      ).monthlyUsd,
    ).toBeCloseTo(656, 2);
  });

  it("the size of a resolved source image; unpriced without a size, IOPS, known type or zone", () => {
    // image_disk_size: a disk from a 30 GB image: $1.20
    const resolve = (ref: string) =>
      ref === "img" ? { type: "gcp:compute/image:Image", props: { diskSizeGb: 30 } } : undefined;
    expect(
      expectPriced(price(DISK, { zone: "us-central1-a", image: "img" }, { resolve })).monthlyUsd,
    ).toBeCloseTo(1.2, 2);
    expect(expectUnpriced(price(DISK, { zone: "us-central1-a" })).reason).toBe("size is not set");
    expect(expectUnpriced(price(DISK, { zone: "us-central1-a", type: "pd-extreme", size: 10 })).reason).toBe(
      "provisionedIops is not set",
    );
    expect(
      expectUnpriced(price(DISK, { zone: "us-central1-a", type: "hyperdisk-ml", size: 10 })).reason,
    ).toContain('"hyperdisk-ml"');
    expect(expectUnpriced(price(DISK, { size: 10 })).reason).toContain("zone");
  });
});
