import { describe, expect, it } from "vitest";
import { ctx, ok, price } from "./kit";

describe("azure-native:keyvault:Vault", () => {
  it("has no charge of its own and lists operations and renewals as usage (golden: 100 × 10K operations = $3.00)", () => {
    const props = {
      location: "eastus",
      properties: { sku: { family: "A", name: "standard" }, tenantId: "t" },
    };
    const bare = ok(price("azure-native:keyvault:Vault", props));
    expect(bare.monthlyUsd).toBe(0);
    expect(bare.usageUnknown).toBe(true);
    const used = ok(
      price("azure-native:keyvault:Vault", props, { monthlyOperations: 1e6, certificateRenewals: 0 }),
    );
    expect(used.monthlyUsd).toBeCloseTo(3, 2);
  });
});

describe("azure-native:keyvault:Key", () => {
  const withVault = {
    ...ctx,
    resolve: (ref: string) =>
      ref === "kv" ? { type: "azure-native:keyvault:Vault", props: { location: "East US" } } : undefined,
  };

  it("prices an RSA-HSM 2048 key a month (golden pr_hsm_rsa2048: $1.00) in its vault's region", () => {
    const r = ok(
      price(
        "azure-native:keyvault:Key",
        { vaultName: "kv", properties: { kty: "RSA-HSM", keySize: 2048 } },
        undefined,
        withVault,
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(1, 2);
    expect(r.region).toBe("eastus");
    expect(r.usage![0]).toMatchObject({ usdPerUnit: 0.03, unitSize: 1e4 });
  });

  it("prices advanced HSM keys at the first-tier $5 and software keys by operations only", () => {
    const hsm = ok(
      price(
        "azure-native:keyvault:Key",
        { vaultName: "kv", properties: { kty: "RSA-HSM", keySize: 3072 } },
        undefined,
        withVault,
      ),
    );
    expect(hsm.monthlyUsd).toBeCloseTo(5, 2);
    expect(hsm.usage![0].usdPerUnit).toBe(0.15);
    // golden std_rsa2048 (RSA 3072): 700 × 10K operations = $105.00
    const soft = ok(
      price(
        "azure-native:keyvault:Key",
        { vaultName: "kv", properties: { kty: "RSA", keySize: 3072 } },
        { monthlyOperations: 7e6 },
        withVault,
      ),
    );
    expect(soft.monthlyUsd).toBeCloseTo(105, 2);
  });

  it("is unpriced when neither its vault nor the provider gives a location", () => {
    expect(
      price("azure-native:keyvault:Key", { vaultName: "other", properties: {} }, undefined, {
        catalog: ctx.catalog,
      }),
    ).toMatchObject({
      priced: false,
    });
  });
});

describe("azure-native:keyvault:ManagedHsm", () => {
  it("prices a Standard_B1 pool (golden: $3,540.50)", () => {
    expect(
      ok(
        price("azure-native:keyvault:ManagedHsm", {
          location: "eastus",
          sku: { family: "B", name: "Standard_B1" },
        }),
      ).monthlyUsd,
    ).toBeCloseTo(3540.5, 2);
  });
});
