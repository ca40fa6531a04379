import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import { PriceContext, Priced, UNKNOWN } from "../../../../sdk/cost/types";

const T = "aws:acm/certificate:Certificate";
const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };
const CA =
  "arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/12345678-1234-1234-1234-123456789012";

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

describe(T, () => {
  it("bills a private certificate per certificate issued (golden acm_certificate_test private_cert: $0.75)", () => {
    const r = expectPriced(
      priceResource(
        T,
        { domainName: "private-ca.com", certificateAuthorityArn: CA },
        { ...ctx, usage: { monthlyCertificatesIssued: 1 } },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(0.75, 2);
    expect(r.free).toBeUndefined();
  });

  it("lists the price when the certificates issued are not given, also for a CA unknown during preview", () => {
    const r = expectPriced(priceResource(T, { domainName: "x.com", certificateAuthorityArn: UNKNOWN }, ctx));
    expect(r.usageUnknown).toBe(true);
    expect(r.usage?.[0].usdPerUnit).toBe(0.75);
  });

  it("marks a public certificate free (not billable)", () => {
    const r = expectPriced(priceResource(T, { domainName: "www.example.com", validationMethod: "DNS" }, ctx));
    expect(r.free).toBe(true);
    expect(r.monthlyUsd).toBe(0);
  });

  it("is unpriced without a region", () => {
    expect(priceResource(T, { domainName: "x.com" }, { catalog: defaultCatalog() }).priced).toBe(false);
  });
});
