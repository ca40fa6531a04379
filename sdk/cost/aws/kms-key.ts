import { Props, priced, str } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice, UsageCharge } from "../types";
import { goldenPrice, isUnpriced, monthlyToHourly, placeAws, priceNotes, ROUNDED, usageAt } from "./golden";

const G = "kms_key_test";
const KEY_MONTH = goldenPrice(G, 1, "key-month");
const EXTERNAL_KEY_MONTH = goldenPrice("kms_external_key_test", 1, "key-month");
const SYMMETRIC_REQUESTS = goldenPrice(G, 0.03, "10k requests");
const RSA_2048_REQUESTS = goldenPrice(G, 0.03, "10k requests");
const ASYMMETRIC_REQUESTS = goldenPrice(G, 0.15, "10k requests", ROUNDED);
const DATA_KEY_PAIR_REQUESTS = goldenPrice(G, 0.1, "10k requests", ROUNDED);

/**
 * A KMS customer managed key (or one with imported key material): per key-month, requests as usage
 * (asymmetric keys at their own rate).
 */
const keyPricer = (keyMonth: typeof KEY_MONTH) =>
  function key(props: Props, ctx: PriceContext): ResourcePrice {
    const place = placeAws(props, ctx);
    if (isUnpriced(place)) return place;
    const { region } = place;
    const spec = str(props.customerMasterKeySpec) ?? "SYMMETRIC_DEFAULT";
    const symmetric = spec === "SYMMETRIC_DEFAULT" || spec.startsWith("HMAC");
    const requests = symmetric
      ? SYMMETRIC_REQUESTS
      : spec === "RSA_2048"
        ? RSA_2048_REQUESTS
        : ASYMMETRIC_REQUESTS;
    const usage: UsageCharge[] = [usageAt(ctx, requests, "monthlyRequests", "API requests per month", 1e4)];
    if (symmetric)
      usage.push(
        usageAt(
          ctx,
          DATA_KEY_PAIR_REQUESTS,
          "monthlyGenerateDataKeyPairRequests",
          "GenerateDataKeyPair requests per month",
          1e4,
        ),
      );
    return priced(
      "aws",
      region,
      [{ item: `KMS key (${spec})`, hourlyUsd: monthlyToHourly(keyMonth) }],
      [
        place.assumption,
        props.enableKeyRotation === true ? "charges for rotated key versions are not priced" : "",
        ...priceNotes(region, [keyMonth, requests, ...(symmetric ? [DATA_KEY_PAIR_REQUESTS] : [])]),
      ],
      { usage },
    );
  };

export const pricers: PricerModule["pricers"] = {
  "aws:kms/key:Key": keyPricer(KEY_MONTH),
  "aws:kms/externalKey:ExternalKey": keyPricer(EXTERNAL_KEY_MONTH),
};
