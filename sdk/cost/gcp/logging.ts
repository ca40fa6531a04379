import { priced, Props } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { golden, priceNotes, usageAt } from "./price-kit";

/** Log data ingested into a bucket / routed by a sink: 100 GB = $50.00 in every logging golden (2024-07-01). */
const SINK = golden("logging_project_sink", 0.5, "GB", "us-central1", "2024-07-01");
const BUCKET = golden("logging_project_bucket_config", 0.5, "GB", "global", "2024-07-01");

/** A Cloud Logging sink or log bucket: the log data it takes in, as usage (`monthlyLoggingDataGb`). */
const logData =
  (p: typeof SINK, what: string) =>
  (_props: Props, ctx: PriceContext): ResourcePrice =>
    priced(
      "gcp",
      undefined,
      [],
      [
        `${what}: billed by the log data it takes in, as Infracost prices it`,
        ...priceNotes(p, undefined),
        "the first 50 GiB per project a month are free (not deducted); retention beyond 30 days is billed apart (not modelled)",
      ],
      { usage: [usageAt(ctx, p, "monthlyLoggingDataGb", "GB of log data ingested")] },
    );

export const pricers: PricerModule["pricers"] = {
  "gcp:logging/projectSink:ProjectSink": logData(SINK, "project sink"),
  "gcp:logging/folderSink:FolderSink": logData(SINK, "folder sink"),
  "gcp:logging/organizationSink:OrganizationSink": logData(SINK, "organization sink"),
  "gcp:logging/billingAccountSink:BillingAccountSink": logData(SINK, "billing account sink"),
  "gcp:logging/projectBucketConfig:ProjectBucketConfig": logData(BUCKET, "project log bucket"),
  "gcp:logging/folderBucketConfig:FolderBucketConfig": logData(BUCKET, "folder log bucket"),
  "gcp:logging/organizationBucketConfig:OrganizationBucketConfig": logData(BUCKET, "organization log bucket"),
  "gcp:logging/billingAccountBucketConfig:BillingAccountBucketConfig": logData(
    BUCKET,
    "billing account log bucket",
  ),
};
