import { isUnknown, Props, priced, str } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { goldenPrice, isUnpriced, placeAws, priceNotes, ROUNDED, usageAt } from "./golden";

/** A private certificate issued by an AWS Private CA (the golden's `private_cert`: $0.75 for 1). */
const PRIVATE_CERTIFICATE = goldenPrice("acm_certificate_test", 0.75, "certificate", ROUNDED);

/**
 * An ACM certificate: public certificates (no certificateAuthorityArn) are free, not billable;
 * one issued by a private CA bills each certificate issued (usage; the CA is billed apart).
 */
function certificate(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const ca = props.certificateAuthorityArn;
  if (!str(ca) && !isUnknown(ca))
    return priced(
      "aws",
      region,
      [],
      [
        place.assumption,
        "public certificates (no certificateAuthorityArn) are not billed; Infracost skips them as free too",
      ],
      { free: true },
    );
  return priced(
    "aws",
    region,
    [],
    [
      place.assumption,
      "a private certificate (certificateAuthorityArn set): each one issued is billed; the private CA is billed on its own resource",
      ...priceNotes(region, [PRIVATE_CERTIFICATE]),
    ],
    {
      usage: [
        usageAt(
          ctx,
          PRIVATE_CERTIFICATE,
          "monthlyCertificatesIssued",
          "private certificates issued per month",
        ),
      ],
    },
  );
}

export const pricers: PricerModule["pricers"] = { "aws:acm/certificate:Certificate": certificate };
