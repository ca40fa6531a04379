import { dig, priced, Props, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, PriceLine, ResourcePrice } from "../types";
import { derivedUsage, golden, priceNotes, usageAt } from "./price-kit";
import { gcpRegion } from "./region";

const KMS = (usd: number, unit: string) => golden("kms_crypto_key", usd, unit, "us-central1", "2024-07-01");
/** Software keys: '$0.06 per months' per key version, '$0.03 per 10k operations'. */
const SOFTWARE_VERSION = KMS(0.06, "key version-month");
const SOFTWARE_OPS = KMS(0.03, "10k operations");
/** HSM EC P-256 keys: 2,000 versions = $5,000.00, 3,000 over 2K = $3,000.00, 1 × 10k operations = $0.15. */
const HSM_P256_FIRST_2K = KMS(2.5, "key version-month");
const HSM_P256_OVER_2K = KMS(1, "key version-month");
const HSM_P256_OPS = KMS(0.15, "10k operations");

/** Rotation period ("7776000s") in days, if readable. */
function rotationDays(period: string | undefined): number | undefined {
  const m = period ? /^(\d+(?:\.\d+)?)s$/.exec(period) : null;
  return m ? Number(m[1]) / 86400 : undefined;
}

/**
 * A Cloud KMS key: its first key version as a fixed line (created with the key unless
 * `skipInitialVersionCreation`), further versions (rotation adds one each period; old ones stay
 * billed until destroyed) and cryptographic operations as usage. Software keys and HSM EC P-256
 * keys have golden prices; other protection levels and HSM algorithms are unpriced.
 */
function cryptoKey(props: Props, ctx: PriceContext): ResourcePrice {
  const { region } = gcpRegion(props, ctx);
  const level = str(dig(props, "versionTemplate.protectionLevel"))?.toUpperCase() ?? "SOFTWARE";
  const algorithm =
    str(dig(props, "versionTemplate.algorithm"))?.toUpperCase() ?? "GOOGLE_SYMMETRIC_ENCRYPTION";
  const hsmP256 = level === "HSM" && algorithm === "EC_SIGN_P256_SHA256";
  if (level !== "SOFTWARE" && !hsmP256)
    return unpriced(
      `versionTemplate ${level} ${algorithm} has no price in the sources (SOFTWARE keys and HSM EC_SIGN_P256_SHA256 have)`,
      "gcp",
      region,
    );
  const version = hsmP256 ? HSM_P256_FIRST_2K : SOFTWARE_VERSION;
  const ops = hsmP256 ? HSM_P256_OPS : SOFTWARE_OPS;
  const initial = props.skipInitialVersionCreation === true ? 0 : 1;
  const lines: PriceLine[] = initial
    ? [{ item: `${level.toLowerCase()} key version`, hourlyUsd: version.usd / 730 }]
    : [];
  const extra = ctx.usage?.additionalKeyVersions;
  // HSM versions beyond 2,000 in a month are billed at the lower tier.
  const total = extra === undefined ? undefined : extra + initial;
  const upper = hsmP256 && total !== undefined ? Math.max(0, total - 2000) : 0;
  const days = rotationDays(str(props.rotationPeriod));
  return priced(
    "gcp",
    region,
    lines,
    [
      `${level} ${algorithm}`,
      ...priceNotes(version, region),
      days !== undefined
        ? `rotationPeriod ${days} days: about ${Math.round((30 / days) * 100) / 100} new version(s) a month, each billed until destroyed (give them as additionalKeyVersions)`
        : "",
    ],
    {
      usage: [
        derivedUsage(
          version,
          "additionalKeyVersions",
          "key versions beyond the first",
          extra === undefined ? undefined : extra - upper,
        ),
        ...(hsmP256 && upper > 0
          ? [derivedUsage(HSM_P256_OVER_2K, "additionalKeyVersions", "key versions over 2,000", upper)]
          : []),
        usageAt(ctx, ops, "monthlyKeyOperations", "cryptographic operations", 10_000),
      ],
    },
  );
}

export const pricers: PricerModule["pricers"] = { "gcp:kms/cryptoKey:CryptoKey": cryptoKey };
