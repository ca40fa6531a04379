import { describe, expect, it } from "vitest";
import { expectPriced, price } from "./kit";

describe("gcp:container/registry:Registry (golden container_registry_test, 2024-07-01)", () => {
  it("storage and operations as usage", () => {
    // my_registry: Storage $0.026 per GiB, class A $0.05 and class B $0.004 per 10k operations
    const bare = expectPriced(price("gcp:container/registry:Registry", {}));
    expect(bare.usage!.map((u) => u.usdPerUnit)).toEqual([0.026, 0.05, 0.004]);
    expect(bare.usageUnknown).toBe(true);
    // my_registry_usage: 150 GiB $3.90 + 4 × 10k class A $0.20 + 2 × 10k class B $0.01 (0.008)
    const used = expectPriced(
      price(
        "gcp:container/registry:Registry",
        { location: "EU" },
        { usage: { storageGb: 150, monthlyClassAOperations: 40000, monthlyClassBOperations: 20000 } },
      ),
    );
    expect(used.monthlyUsd).toBeCloseTo(4.11, 2);
    expect(used.assumptions.join(" ")).toContain("US list price is used for EU");
  });
});
