import { Props, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import { priceObjectStorage } from "../storage";
import type { PriceContext, ResourcePrice } from "../types";
import { awsRegion, NO_AWS_REGION } from "./region";

/** An S3 bucket: GB-month of its storage class (volume from the lepton:expected-gb tag). */
function bucket(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = awsRegion(props, ctx);
  if (!region) return unpriced(NO_AWS_REGION, "aws");
  return priceObjectStorage("aws", region, props, ctx, [assumption]);
}

export const pricers: PricerModule["pricers"] = {
  "aws:s3/bucket:Bucket": bucket,
  "aws:s3/bucketV2:BucketV2": bucket,
};
