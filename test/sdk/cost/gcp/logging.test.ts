import { describe, expect, it } from "vitest";
import { expectPriced, price } from "./kit";

const TYPES = [
  "gcp:logging/projectSink:ProjectSink",
  "gcp:logging/folderSink:FolderSink",
  "gcp:logging/organizationSink:OrganizationSink",
  "gcp:logging/billingAccountSink:BillingAccountSink",
  "gcp:logging/projectBucketConfig:ProjectBucketConfig",
  "gcp:logging/folderBucketConfig:FolderBucketConfig",
  "gcp:logging/organizationBucketConfig:OrganizationBucketConfig",
  "gcp:logging/billingAccountBucketConfig:BillingAccountBucketConfig",
];

describe("Cloud Logging sinks and buckets (goldens logging_*_test, 2024-07-01)", () => {
  it.each(TYPES)("%s: log data as usage", (type) => {
    // basic: 'depends on usage: $0.50 per GB'; basic_withUsage: 100 GB = $50.00
    const bare = expectPriced(price(type, { destination: "x" }));
    expect(bare.monthlyUsd).toBe(0);
    expect(bare.usageUnknown).toBe(true);
    expect(bare.usage![0]).toMatchObject({ key: "monthlyLoggingDataGb", usdPerUnit: 0.5 });
    expect(expectPriced(price(type, {}, { usage: { monthlyLoggingDataGb: 100 } })).monthlyUsd).toBeCloseTo(
      50,
      2,
    );
  });
});
