import type { StorageClass } from "../../units/storage";
import { unpriced, Props } from "../helpers";
import { INFRACOST_GOLDEN, ListPrice, regionNote, usageAt } from "../list-price";
import type { PricerModule } from "../registry";
import { catalogObjectPrice, noObjectPrice, objectStorageClass, priceObjectStorage } from "../storage";
import type { PriceContext, ResourcePrice, UsageCharge } from "../types";
import { awsRegion, NO_AWS_REGION } from "./region";

const S3_GOLDEN = `${INFRACOST_GOLDEN} aws/s3_bucket_test`;
const at = (usd: number, unit: string): ListPrice => ({
  usd,
  unit,
  region: "us-east-1",
  source: S3_GOLDEN,
  asOf: "2024-07-01",
});

/** Request and retrieval prices of each S3 class (us-east-1; the golden's Standard / IA / Glacier rows). */
const CLASS_RATES: Record<
  StorageClass,
  { name: string; writes: ListPrice; reads: ListPrice; retrieval?: ListPrice }
> = {
  hot: { name: "S3 Standard", writes: at(0.005, "1k requests"), reads: at(0.0004, "1k requests") },
  cool: {
    name: "S3 Standard-IA",
    writes: at(0.01, "1k requests"),
    reads: at(0.001, "1k requests"),
    retrieval: at(0.01, "GB"),
  },
  archive: {
    name: "S3 Glacier Flexible Retrieval",
    writes: at(0.03, "1k requests"),
    reads: at(0.0004, "1k requests"),
    retrieval: at(0.01, "GB"),
  },
};

/**
 * An S3 bucket: GB stored in its class (the catalog's GB-month price, the one MultiCloudBucket is
 * placed with), PUT/COPY/POST/LIST and GET requests, and retrieval for the IA and Glacier classes,
 * all usage-based. S3 has no per-bucket class: it is the `lepton:storage-class` tag's, else Standard.
 */
function bucket(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = awsRegion(props, ctx);
  if (!region) return unpriced(NO_AWS_REGION, "aws");
  const cls = objectStorageClass(props);
  const storage = catalogObjectPrice("aws", region, cls, ctx);
  if (!storage) return noObjectPrice("aws", region, cls);
  const rates = CLASS_RATES[cls];
  const requests: UsageCharge[] = [
    usageAt(ctx, rates.writes, "monthlyWriteRequests", "PUT, COPY, POST and LIST requests", 1e3),
    usageAt(ctx, rates.reads, "monthlyReadRequests", "GET, SELECT and other requests", 1e3),
    ...(rates.retrieval ? [usageAt(ctx, rates.retrieval, "monthlyRetrievalGb", "GB retrieved", 1)] : []),
  ];
  return priceObjectStorage(
    "aws",
    region,
    props,
    ctx,
    [
      assumption,
      cls === "hot" ? "" : `class ${rates.name} (lepton:storage-class tag)`,
      regionNote(rates.writes, region).replace("list price", "request price"),
    ],
    { ...storage, label: rates.name },
    requests,
  );
}

export const pricers: PricerModule["pricers"] = {
  "aws:s3/bucket:Bucket": bucket,
  "aws:s3/bucketV2:BucketV2": bucket,
};
