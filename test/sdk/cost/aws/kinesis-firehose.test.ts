import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const T = "aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream";
// The golden's provider region; its prices are eu-west-2 figures.
const ctx: PriceContext = { catalog: defaultCatalog(), region: "eu-west-2" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

/** The golden's withAllTags stream: format conversion on, Elasticsearch delivery into 2 subnets. */
const allFeatures = {
  destination: "splunk",
  extendedS3Configuration: {
    dataFormatConversionConfiguration: { inputFormatConfiguration: {}, outputFormatConfiguration: {} },
  },
  elasticsearchConfiguration: { vpcConfig: { securityGroupIds: ["sg"], subnetIds: ["a", "b"] } },
  splunkConfiguration: { hecEndpoint: "x" },
};

describe(T, () => {
  it("prices ingestion tiers, conversion, VPC data and VPC subnets (golden withAllTags: $399,864.06)", () => {
    const r = expectPriced(
      priceResource(T, allFeatures, { ...ctx, usage: { monthlyDataIngestedGb: 7_000_000 } }),
    );
    // 17,920 + 46,080 + 118,848 (ingested) + 147,000 (conversion) + 70,000 (VPC data) + 16.06 (2 subnets × 730 h)
    expect(r.monthlyUsd).toBeCloseTo(399_864.06, 1);
    expect(r.usageUnknown).toBe(false);
  });

  it("stops in the second tier below 2 PB (golden forTwoMilGB: $17,920 + $44,640)", () => {
    const r = expectPriced(
      priceResource(T, { destination: "splunk" }, { ...ctx, usage: { monthlyDataIngestedGb: 2_000_000 } }),
    );
    expect(r.monthlyUsd).toBeCloseTo(62_560, 2);
  });

  it("without usage lists the unit prices and keeps only the subnet hours (golden withoutUsage: $16.06)", () => {
    const r = expectPriced(priceResource(T, allFeatures, ctx));
    expect(r.monthlyUsd).toBeCloseTo(16.06, 2);
    expect(r.usageUnknown).toBe(true);
    expect(r.usage?.map((u) => u.usdPerUnit)).toEqual([0.035, 0.021, 0.01]);
  });

  it("says when the eu-west-2 figures stand for another region", () => {
    const r = expectPriced(priceResource(T, { destination: "extended_s3" }, { ...ctx, region: "us-east-1" }));
    expect(r.assumptions.join(" ")).toContain("eu-west-2 list price is used for us-east-1");
  });

  it("is unpriced without a region", () => {
    const r = priceResource(T, { destination: "extended_s3" }, { catalog: defaultCatalog() });
    expect(r.priced).toBe(false);
  });
});
