import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

const T = "aws:glue/job:Job";

describe("aws:glue/job:Job", () => {
  it("prices run hours × worker DPUs (golden glue_job_test workers_g2x: 60 hours × 20 DPUs $528)", () => {
    const r = expectPriced(
      priceResource(
        T,
        { numberOfWorkers: 10, workerType: "G.2X", command: { name: "glueetl" } },
        { ...ctx, usage: { monthlyRunHours: 60 } },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(528, 2);
  });

  it("uses maxCapacity, and Glue's Python shell default (golden cap_10: $264; python_shell: $0.0275 per hour)", () => {
    expect(
      expectPriced(priceResource(T, { maxCapacity: 10 }, { ...ctx, usage: { monthlyRunHours: 60 } }))
        .monthlyUsd,
    ).toBeCloseTo(264, 2);
    const shell = expectPriced(priceResource(T, { command: { name: "pythonshell" } }, ctx));
    expect(shell.usageUnknown).toBe(true);
    expect(shell.usage?.[0].usdPerUnit).toBeCloseTo(0.0275, 6);
  });

  it("is unpriced for a worker type with no DPU figure", () => {
    expect(priceResource(T, { numberOfWorkers: 2, workerType: "Z.9X" }, ctx)).toMatchObject({
      priced: false,
      reason: expect.stringContaining("Z.9X"),
    });
  });
});
