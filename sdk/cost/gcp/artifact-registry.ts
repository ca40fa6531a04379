import { priced, Props, str } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { golden, priceNotes, usageAt } from "./price-kit";
import { gcpRegion } from "./region";

/** Storage per GB-month: 150 GB = $15.00 in every region of the golden, multi-region `europe` too. */
const STORAGE = golden("artifact_registry_repository", 0.1, "GB-month", "*", "2024-07-01");

/**
 * An Artifact Registry repository: the artifacts it stores, as usage (`storageGb`). Network egress
 * out of the region is billed apart and is not modelled.
 */
function repository(props: Props, ctx: PriceContext): ResourcePrice {
  const { region } = gcpRegion(props, ctx);
  const mode = str(props.mode)?.toUpperCase();
  return priced(
    "gcp",
    region ?? str(props.location),
    [],
    [
      `${str(props.format) ?? "unknown"} repository${mode ? ` (${mode})` : ""}`,
      ...priceNotes(STORAGE, undefined),
      "the first 0.5 GB a month is free (not deducted); egress between regions and to the internet is billed apart and not modelled",
    ],
    { usage: [usageAt(ctx, STORAGE, "storageGb", "GB stored")] },
  );
}

export const pricers: PricerModule["pricers"] = { "gcp:artifactregistry/repository:Repository": repository };
