import { priced, Props, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";

/**
 * A backend bucket: not billed itself (its bucket is, and the load balancer's forwarding rule).
 * With Cloud CDN on, cache egress, cache fill and lookups are billed by usage, and the sources
 * have no Cloud CDN price: unpriced with that reason rather than a silent $0.
 */
function backendBucket(props: Props, _ctx: PriceContext): ResourcePrice {
  if (props.enableCdn === true)
    return unpriced(
      "enableCdn: Cloud CDN bills cache egress, cache fill and lookups by usage, and no Cloud CDN price is in the sources",
      "gcp",
    );
  return priced(
    "gcp",
    undefined,
    [],
    ["backend buckets are not billed (the bucket and the forwarding rule are)"],
  );
}

export const pricers: PricerModule["pricers"] = { "gcp:compute/backendBucket:BackendBucket": backendBucket };
