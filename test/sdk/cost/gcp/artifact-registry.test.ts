import { describe, expect, it } from "vitest";
import { expectPriced, price } from "./kit";

describe("gcp:artifactregistry/repository:Repository (golden artifact_registry_repository_test, 2024-07-01)", () => {
  it("storage as usage", () => {
    // us_east1: Storage 'depends on usage: $0.10 per GB'
    const bare = expectPriced(
      price("gcp:artifactregistry/repository:Repository", { location: "us-east1", format: "DOCKER" }),
    );
    expect(bare.monthlyUsd).toBe(0);
    expect(bare.usageUnknown).toBe(true);
    expect(bare.region).toBe("us-east1");
    // multiregion_europe_usage: 150 GB = $15.00
    const used = expectPriced(
      price(
        "gcp:artifactregistry/repository:Repository",
        { location: "europe", format: "DOCKER" },
        { usage: { storageGb: 150 } },
      ),
    );
    expect(used.monthlyUsd).toBeCloseTo(15, 2);
    expect(used.assumptions.join(" ")).toContain("egress");
  });
});
