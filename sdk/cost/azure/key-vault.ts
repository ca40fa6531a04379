import { azureLocation } from "../../catalog/region-names";
import { dig, num, priced, Props, resolveReference, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, hourlyOf, priceNotes, usageAt } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

const KEYS = "key_vault_key_test (azurerm_key_vault_key)";
const k = (usd: number, unit: string) => goldenPrice(usd, unit, "eastus", KEYS, "2024-07-01");
const OPERATIONS = k(0.03, "10K operations");
const ADVANCED_OPERATIONS = k(0.15, "10K operations");
const HSM_RSA_2048 = k(1, "key-month");
const HSM_ADVANCED = k(5, "key-month");
const CERT_RENEWAL = goldenPrice(
  3,
  "renewal",
  "eastus",
  "key_vault_certificate_test (azurerm_key_vault_certificate)",
  "2024-07-01",
);
const HSM_POOL = goldenPrice(
  4.85,
  "hour",
  "eastus",
  "key_vault_managed_hardware_security_module_test (azurerm_key_vault_managed_hardware_security_module)",
  "2024-07-01",
);

/**
 * A key vault has no charge of its own: secret and standard key operations and certificate
 * renewals are billed per use (usage). Keys are priced on their own resources.
 */
function vault(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  return priced(
    "azure",
    region,
    [],
    [
      assumption,
      `${str(dig(props, "properties.sku.name")) ?? "standard"} vault: no charge of its own`,
      ...priceNotes(region, OPERATIONS, CERT_RENEWAL),
    ],
    {
      usage: [
        usageAt(ctx, OPERATIONS, "monthlyOperations", "secret and standard key operations per month", 1e4),
        usageAt(ctx, CERT_RENEWAL, "certificateRenewals", "certificate renewals per month"),
      ],
    },
  );
}

/**
 * A key: HSM-protected keys (kty RSA-HSM, EC-HSM) by the key-month, and every key's cryptographic
 * operations (usage) at the standard or advanced rate (RSA over 2048 bits and EC keys are advanced).
 */
function key(props: Props, ctx: PriceContext): ResourcePrice {
  const owner = resolveReference(props, "vaultName", ctx);
  const fromVault = str(owner?.props.location);
  const region = fromVault ? azureLocation(fromVault) : azureRegion(props, ctx).region;
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const kty = str(dig(props, "properties.kty")) ?? "RSA";
  const size = num(dig(props, "properties.keySize")) ?? 2048;
  const hsm = /-HSM$/i.test(kty);
  const advanced = /^EC/i.test(kty) || size > 2048;
  const ops = advanced ? ADVANCED_OPERATIONS : OPERATIONS;
  const monthly = hsm ? (advanced ? HSM_ADVANCED : HSM_RSA_2048) : undefined;
  return priced(
    "azure",
    region,
    monthly
      ? [{ item: `${kty} ${advanced ? "" : "2048 "}HSM-protected key`, hourlyUsd: hourlyOf(monthly) }]
      : [],
    [
      fromVault ? "region from its vault" : "region from the provider (azure-native:location)",
      `${kty}${/^RSA/i.test(kty) ? ` ${size} bits` : ""}: ${advanced ? "advanced" : "standard"} operations`,
      hsm && advanced ? "HSM key at the first-250-keys rate" : "",
      ...priceNotes(region, ...(monthly ? [monthly] : []), ops),
    ],
    {
      usage: [
        usageAt(ctx, ops, "monthlyOperations", "cryptographic operations with this key per month", 1e4),
      ],
    },
  );
}

/** A Managed HSM pool, by the hour. */
function managedHsm(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const sku = str(dig(props, "sku.name")) ?? "Standard_B1";
  if (sku !== "Standard_B1")
    return unpriced(
      `sku.name "${sku}" has no list price in the engine's sources; priced: Standard_B1`,
      "azure",
      region,
    );
  return priced(
    "azure",
    region,
    [{ item: "HSM pool Standard_B1", hourlyUsd: hourlyOf(HSM_POOL) }],
    [assumption, ...priceNotes(region, HSM_POOL)],
  );
}

export const pricers: PricerModule["pricers"] = {
  "azure-native:keyvault:Vault": vault,
  "azure-native:keyvault:Key": key,
  "azure-native:keyvault:ManagedHsm": managedHsm,
};
