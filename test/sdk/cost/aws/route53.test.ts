import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

describe("aws:route53/zone:Zone", () => {
  it("prices the hosted zone, in any region (golden route53_zone_test zone1: $0.50)", () => {
    const r = expectPriced(
      priceResource("aws:route53/zone:Zone", { name: "example.com" }, { catalog: ctx.catalog }),
    );
    expect(r.monthlyUsd).toBeCloseTo(0.5, 2);
    expect(r.usageUnknown).toBe(true);
  });

  it("adds tiered standard queries from usage (golden route53_record_test: 1,000M $400 + 100M $20)", () => {
    const r = expectPriced(
      priceResource("aws:route53/zone:Zone", {}, { ...ctx, usage: { monthlyQueries: 1.1e9 } }),
    );
    expect(r.monthlyUsd).toBeCloseTo(0.5 + 400 + 20, 2);
  });
});

describe("aws:route53/healthCheck:HealthCheck", () => {
  it("prices a basic check (golden route53_health_check_test simple: $0.50)", () => {
    expect(
      expectPriced(priceResource("aws:route53/healthCheck:HealthCheck", { type: "HTTP" }, ctx)).monthlyUsd,
    ).toBeCloseTo(0.5, 2);
  });

  it("adds each optional feature (golden ssl_latency_interval_string_match: $0.50 + 4 features $4.00)", () => {
    const r = expectPriced(
      priceResource(
        "aws:route53/healthCheck:HealthCheck",
        { type: "HTTPS_STR_MATCH", searchString: "ok", measureLatency: true, requestInterval: 10 },
        ctx,
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(4.5, 2);
    expect(r.lines.map((l) => l.item).join(" ")).toContain("fast interval");
  });
});
