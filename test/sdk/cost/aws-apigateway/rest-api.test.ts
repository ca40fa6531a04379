import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { cloudOfType, priceResource } from "../../../../sdk/cost/price-resource";
import { PriceContext, Priced, UNKNOWN } from "../../../../sdk/cost/types";

const T = "aws-apigateway:index:RestAPI";
const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };
// Args shaped like pulumi/examples aws-ts-apigateway: one Lambda route (the function is the
// program's own CallbackFunction, passed in as a resource reference).
const helloWorld = {
  routes: [
    {
      path: "/{route+}",
      method: "GET",
      eventHandler: { urn: "urn:pulumi:dev::p::aws:lambda/function:Function::GET", id: UNKNOWN },
    },
  ],
};

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

describe(T, () => {
  it("is an AWS component", () => {
    expect(cloudOfType(T)).toBe("aws");
  });

  it("prices the REST API's requests at the API Gateway tiers (golden api_gateway_rest_api_test: $3.50 per 1M)", () => {
    const r = expectPriced(priceResource(T, helloWorld, { ...ctx, usage: { monthlyRequests: 1_000_000 } }));
    expect(r.monthlyUsd).toBeCloseTo(3.5, 2);
    // 400M requests: 333M × $3.50 + 67M × $2.80 per million (the golden's tiers)
    const big = expectPriced(priceResource(T, helloWorld, { ...ctx, usage: { monthlyRequests: 400e6 } }));
    expect(big.monthlyUsd).toBeCloseTo(333 * 3.5 + 67 * 2.8, 2);
  });

  it("without usage lists the first tier and says it was priced from args, leaving the Lambda to its own resource", () => {
    const r = expectPriced(priceResource(T, helloWorld, ctx));
    expect(r.monthlyUsd).toBe(0);
    expect(r.usageUnknown).toBe(true);
    expect(r.usage?.[0].usdPerUnit).toBe(3.5);
    const notes = r.assumptions.join(" ");
    expect(notes).toContain("priced from the component's args");
    expect(notes).toContain("1 route(s): 1 Lambda, 0 static, 0 integration target");
    expect(notes).toContain("priced on their own");
  });

  it("says a component-made bucket for static routes is left out", () => {
    const r = expectPriced(priceResource(T, { routes: [{ path: "/", localPath: "www" }] }, ctx));
    expect(r.assumptions.join(" ")).toContain("S3 bucket the component creates");
  });

  it("is unpriced without routes or swaggerString, or with routes unknown during preview", () => {
    expect(priceResource(T, {}, ctx)).toMatchObject({
      priced: false,
      reason: expect.stringContaining("neither routes nor swaggerString"),
    });
    expect(priceResource(T, { routes: UNKNOWN }, ctx)).toMatchObject({
      priced: false,
      reason: "routes is unknown during preview",
    });
  });
});
