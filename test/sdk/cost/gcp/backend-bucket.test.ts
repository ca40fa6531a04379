import { describe, expect, it } from "vitest";
import { expectPriced, expectUnpriced, price } from "./kit";

// No Infracost golden prices backend buckets or Cloud CDN (google_compute_backend_bucket is in its free list).
describe("gcp:compute/backendBucket:BackendBucket", () => {
  it("is free without Cloud CDN, and unpriced with the reason when CDN is on", () => {
    expect(
      expectPriced(price("gcp:compute/backendBucket:BackendBucket", { bucketName: "b" })).monthlyUsd,
    ).toBe(0);
    expect(
      expectUnpriced(price("gcp:compute/backendBucket:BackendBucket", { bucketName: "b", enableCdn: true }))
        .reason,
    ).toContain("enableCdn");
  });
});
