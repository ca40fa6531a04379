import { priced, Props, str } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { golden, priceNotes, usageAt } from "./price-kit";

const GCR = (usd: number, unit: string) => golden("container_registry", usd, unit, "US", "2024-07-01");
/** The registry's bucket is multi-regional Standard storage: '$0.026 per GiB'. */
const STORAGE = GCR(0.026, "GiB-month");
/** '$0.05 per 10k operations' (class A) and '$0.004 per 10k operations' (class B). */
const CLASS_A = GCR(0.05, "10k operations");
const CLASS_B = GCR(0.004, "10k operations");

/**
 * Container Registry: a Cloud Storage bucket in a multi-region (US by default): its storage and
 * operations are usage. Network egress is billed apart and is not modelled.
 */
function registry(props: Props, ctx: PriceContext): ResourcePrice {
  const location = str(props.location)?.toUpperCase() ?? "US";
  return priced(
    "gcp",
    location.toLowerCase(),
    [],
    [
      `multi-region ${location}${str(props.location) ? "" : " (the default)"}`,
      ...priceNotes(STORAGE, location),
      "Container Registry is deprecated in favour of Artifact Registry; egress is billed apart and not modelled",
    ],
    {
      usage: [
        usageAt(ctx, STORAGE, "storageGb", "GiB stored"),
        usageAt(ctx, CLASS_A, "monthlyClassAOperations", "class A operations (pushes, lists)", 10_000),
        usageAt(ctx, CLASS_B, "monthlyClassBOperations", "class B operations (pulls)", 10_000),
      ],
    },
  );
}

export const pricers: PricerModule["pricers"] = { "gcp:container/registry:Registry": registry };
