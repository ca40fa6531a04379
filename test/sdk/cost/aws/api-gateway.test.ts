import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import { PriceContext, Priced, UNKNOWN } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

describe("aws:apigateway/restApi:RestApi", () => {
  it("tiers requests from usage (golden api_gateway_rest_api_test my_rest_api: $1,165.50 + $1,867.60 + $45,220 + $1,510)", () => {
    const r = expectPriced(
      priceResource("aws:apigateway/restApi:RestApi", {}, { ...ctx, usage: { monthlyRequests: 21e9 } }),
    );
    expect(r.monthlyUsd).toBeCloseTo(49_763.1, 1);
  });

  it("lists the first tier without usage (golden api: $3.50 per 1M) and needs a region", () => {
    const r = expectPriced(priceResource("aws:apigateway/restApi:RestApi", {}, ctx));
    expect(r.usageUnknown).toBe(true);
    expect(r.usage).toHaveLength(1);
    expect(r.usage?.[0].usdPerUnit).toBe(3.5);
    expect(priceResource("aws:apigateway/restApi:RestApi", {}, { catalog: ctx.catalog })).toMatchObject({
      priced: false,
    });
  });
});

describe("aws:apigateway/stage:Stage", () => {
  it("bills a stage cache per hour (golden api_gateway_stage_test cache_1: 0.5 GB $14.60; cache_2: 237 GB $2,774)", () => {
    const stage = (props: Record<string, unknown>) => priceResource("aws:apigateway/stage:Stage", props, ctx);
    expect(
      expectPriced(stage({ cacheClusterEnabled: true, cacheClusterSize: "0.5" })).monthlyUsd,
    ).toBeCloseTo(14.6, 2);
    expect(
      expectPriced(stage({ cacheClusterEnabled: true, cacheClusterSize: "237" })).monthlyUsd,
    ).toBeCloseTo(2774, 2);
    expect(expectPriced(stage({ cacheClusterSize: "237" })).monthlyUsd).toBe(0);
    expect(stage({ cacheClusterEnabled: true, cacheClusterSize: "6.1" })).toMatchObject({
      priced: false,
      reason: expect.stringContaining("6.1 GB"),
    });
  });
});

describe("aws:apigatewayv2/api:Api", () => {
  it("tiers HTTP API requests (golden apigatewayv2_api_test http_usage: $300 + $630)", () => {
    const r = expectPriced(
      priceResource(
        "aws:apigatewayv2/api:Api",
        { protocolType: "HTTP" },
        { ...ctx, usage: { monthlyRequests: 1e9 } },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(930, 2);
  });

  it("prices WebSocket messages and connection minutes (golden websocket_usage: $1,000 + $400 + $2.50)", () => {
    const r = expectPriced(
      priceResource(
        "aws:apigatewayv2/api:Api",
        { protocolType: "WEBSOCKET" },
        { ...ctx, usage: { monthlyMessages: 1.5e9, monthlyConnectionMinutes: 10e6 } },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(1402.5, 2);
  });

  it("is unpriced for an unknown protocol type", () => {
    expect(priceResource("aws:apigatewayv2/api:Api", {}, ctx)).toMatchObject({
      priced: false,
      reason: expect.stringContaining("protocolType"),
    });
    expect(priceResource("aws:apigatewayv2/api:Api", { protocolType: UNKNOWN }, ctx)).toMatchObject({
      priced: false,
      reason: "protocolType is unknown during preview",
    });
    expect(priceResource("aws:apigatewayv2/api:Api", { protocolType: "GRPC" }, ctx)).toMatchObject({
      priced: false,
      reason: 'protocolType "GRPC" is not HTTP or WEBSOCKET',
    });
  });
});
