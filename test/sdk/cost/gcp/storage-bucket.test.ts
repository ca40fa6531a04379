import { describe, expect, it } from "vitest";
import { expectPriced, expectUnpriced, price } from "./kit";

const T = "gcp:storage/bucket:Bucket";

describe("gcp:storage/bucket:Bucket", () => {
  it("lists storage, operations and egress with their unit prices (golden non_usage: $0.026/GiB, $0.05 and $0.004 per 10k)", () => {
    const r = expectPriced(price(T, { location: "EU" }));
    expect(r.monthlyUsd).toBe(0);
    expect(r.usageUnknown).toBe(true);
    expect(r.usage!.map((u) => [u.key, u.usdPerUnit])).toEqual([
      ["storageGb", 0.026],
      ["monthlyWriteRequests", 0.05],
      ["monthlyReadRequests", 0.004],
      ["internetEgressGb", 0.12],
    ]);
  });

  it("golden EuMulti: 150 GiB $3.90, class A 4 × 10k $0.20, class B 2 × 10k $0.01", () => {
    const r = expectPriced(
      price(
        T,
        { location: "EU" },
        { usage: { storageGb: 150, monthlyWriteRequests: 4e4, monthlyReadRequests: 2e4 } },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(3.9 + 0.2 + 0.008, 2);
  });

  it("prices a regional bucket at the catalog's class price, the tag's GB stated", () => {
    const r = expectPriced(
      price(T, { location: "us-central1", storageClass: "NEARLINE", labels: { "lepton_expected-gb": "10" } }),
    );
    expect(r.monthlyUsd).toBeCloseTo(0.1, 2);
    expect(r.assumptions.join(" ")).toContain("10 GB stored (lepton:expected-gb tag)");
  });

  it("is unpriced without a location or with a class the data has no price for", () => {
    expect(expectUnpriced(price(T, {})).reason).toContain("location is not set");
    expect(expectUnpriced(price(T, { location: "US", storageClass: "COLDLINE" })).reason).toContain(
      "COLDLINE",
    );
  });
});
