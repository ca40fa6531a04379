import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

const T = "aws:cloudfront/distribution:Distribution";
const base = {
  enabled: true,
  origins: [{ domainName: "b.s3.amazonaws.com", originId: "s3" }],
  defaultCacheBehavior: { targetOriginId: "s3", viewerProtocolPolicy: "redirect-to-https" },
  restrictions: { geoRestriction: { restrictionType: "none" } },
  viewerCertificate: { cloudfrontDefaultCertificate: true },
};

describe("aws:cloudfront/distribution:Distribution", () => {
  it("lists transfer and request unit prices without usage (golden cloudfront_distribution_test s3_distribution: $0.085 per GB, $0.01 per 10k HTTPS)", () => {
    const r = expectPriced(priceResource(T, base, ctx));
    expect(r.monthlyUsd).toBe(0);
    expect(r.usageUnknown).toBe(true);
    expect(r.usage?.map((u) => [u.key, u.usdPerUnit])).toEqual([
      ["monthlyDataTransferOutGb", 0.085],
      ["monthlyDataTransferToOriginGb", 0.02],
      ["monthlyHttpRequests", 0.0075],
      ["monthlyHttpsRequests", 0.01],
      ["monthlyInvalidationPaths", 0.005],
    ]);
  });

  it("tiers transfer out, frees the first 1,000 invalidation paths and bills a dedicated-IP certificate (golden s3_distribution_with_single_non_default_usage: $487,524.48 transfer + $44.68 origin + $56.70 invalidations; $600 per certificate)", () => {
    const r = expectPriced(
      priceResource(
        T,
        { ...base, viewerCertificate: { acmCertificateArn: "arn", sslSupportMethod: "vip" } },
        {
          ...ctx,
          usage: {
            monthlyDataTransferOutGb: 22_340_000,
            monthlyDataTransferToOriginGb: 2234,
            monthlyInvalidationPaths: 12_340,
          },
        },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(487_524.48 + 44.68 + 56.7 + 600, 1);
    expect(r.usageUnknown).toBe(true); // requests not given
  });

  it("lists field-level encryption and real-time logs when configured, in any region", () => {
    const r = expectPriced(
      priceResource(
        T,
        {
          ...base,
          defaultCacheBehavior: { fieldLevelEncryptionId: "fle-1", realtimeLogConfigArn: "arn:log" },
        },
        { catalog: ctx.catalog },
      ),
    );
    expect(r.usage?.map((u) => u.key)).toContain("monthlyFieldLevelEncryptionRequests");
    expect(r.usage?.map((u) => u.key)).toContain("monthlyRealtimeLogLines");
  });
});
