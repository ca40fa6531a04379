import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

const T = "aws:cloudwatch/eventBus:EventBus";

describe("aws:cloudwatch/eventBus:EventBus", () => {
  it("adds events, archives and schema discovery from usage (golden cloudwatch_event_bus_test my_events_withUsage: $1 + $2 + $10 + $4.60 + $0.10)", () => {
    const r = expectPriced(
      priceResource(
        T,
        {},
        {
          ...ctx,
          usage: {
            monthlyCustomEvents: 1e6,
            monthlyThirdPartyEvents: 2e6,
            monthlyArchiveProcessedGb: 100,
            archiveStorageGb: 200,
            monthlySchemaDiscoveryEvents: 1e6,
          },
        },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(17.7, 2);
  });

  it("lists the unit prices without usage (golden my_events: $1.00 per 1M events) and needs a region", () => {
    const r = expectPriced(priceResource(T, {}, ctx));
    expect(r.monthlyUsd).toBe(0);
    expect(r.usage?.[0]).toMatchObject({ usdPerUnit: 1, unitSize: 1e6 });
    expect(priceResource(T, {}, { catalog: ctx.catalog })).toMatchObject({ priced: false });
  });
});
