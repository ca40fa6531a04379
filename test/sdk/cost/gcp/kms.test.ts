import { describe, expect, it } from "vitest";
import { expectPriced, expectUnpriced, price } from "./kit";

const KEY = "gcp:kms/cryptoKey:CryptoKey";

describe("gcp:kms/cryptoKey:CryptoKey (golden kms_crypto_key_test, 2024-07-01)", () => {
  it("software key: the first version fixed, more versions and operations as usage", () => {
    const bare = expectPriced(price(KEY, { keyRing: "r" }, { region: "us-central1" }));
    // Infracost lists key versions only as usage ($0.06 per months); the key's first version is always billed
    expect(bare.monthlyUsd).toBeCloseTo(0.06, 2);
    expect(bare.usage!.map((u) => u.usdPerUnit)).toEqual([0.06, 0.03]);
    // with_rotate_withUsage: 25.92 versions $1.56 + 1 × 10k operations $0.03
    const rotating = expectPriced(
      price(
        KEY,
        { keyRing: "r", rotationPeriod: "100000s" },
        { usage: { additionalKeyVersions: 24.92, monthlyKeyOperations: 10000 } },
      ),
    );
    expect(rotating.monthlyUsd).toBeCloseTo(1.59, 2);
    expect(rotating.assumptions.join(" ")).toContain("rotationPeriod");
  });

  it("HSM EC P-256: tiered versions", () => {
    // my_keys_withUsage: 2,000 versions $5,000.00 + 3,000 over 2K $3,000.00 + operations $0.15
    const r = expectPriced(
      price(
        KEY,
        { keyRing: "r", versionTemplate: { algorithm: "EC_SIGN_P256_SHA256", protectionLevel: "HSM" } },
        { usage: { additionalKeyVersions: 4999, monthlyKeyOperations: 10000 } },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(8000.15, 2);
  });

  it("other protection levels are unpriced with the reason", () => {
    expect(
      expectUnpriced(
        price(KEY, {
          keyRing: "r",
          versionTemplate: { algorithm: "RSA_SIGN_PSS_2048_SHA256", protectionLevel: "HSM" },
        }),
      ).reason,
    ).toContain("HSM RSA_SIGN_PSS_2048_SHA256");
  });
});
