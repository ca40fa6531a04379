import { describePrice, INFRACOST_GOLDEN, ListPrice, regionNote } from "../list-price";

import type { UsageCharge } from "../types";

/**
 * A list price read from an Infracost Google golden (`internal/providers/terraform/google/testdata/
 * <test>_test/<test>_test.golden` at the transcribed commit), dated by the golden's last change.
 */
export function golden(test: string, usd: number, unit: string, region: string, asOf: string): ListPrice {
  return { usd, unit, region, source: `${INFRACOST_GOLDEN} google/${test}_test`, asOf };
}

/** The assumptions that go with a list price: where it comes from and, if read elsewhere, that note. */
export function priceNotes(p: ListPrice, region: string | undefined): string[] {
  return [describePrice(p), regionNote(p, region)];
}

/** A usage charge at a list price (one home: `../list-price`). */
export { usageAt } from "../list-price";

/**
 * A usage charge whose quantity is derived from other usage values (GB-seconds from requests ×
 * duration × memory); `quantity` undefined when those values are not given.
 */
export function derivedUsage(
  p: ListPrice,
  key: string,
  quantityUnit: string,
  quantity: number | undefined,
  unitSize = 1,
): UsageCharge {
  return {
    key,
    quantityUnit,
    unit: p.unit,
    unitSize,
    usdPerUnit: p.usd,
    source: `${p.source}, ${p.asOf}`,
    ...(quantity === undefined ? {} : { quantity }),
  };
}
