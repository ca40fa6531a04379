import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../sdk/catalog/catalog";
import { HOURS_PER_MONTH } from "../../sdk/cost/formulas";
import { atSpotPrice, place, PlacementError } from "../../sdk/placement/place";
import { validateComputeUnit } from "../../sdk/units/compute";

const catalog = defaultCatalog();
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** The cheapest spot (instance + boot disk) offer that fits, by enumerating the catalog. */
function cheapestSpot(unit: Parameters<typeof validateComputeUnit>[0], clouds: string[], geography?: string) {
  const u = validateComputeUnit(unit);
  let best = Infinity;
  for (const o of catalog.offers) {
    const t = catalog.instanceType(o.cloud, o.instanceType)!;
    const region = catalog.region(o.cloud, o.region)!;
    if (!clouds.includes(o.cloud) || (geography && region.geography !== geography)) continue;
    if (t.category === "burstable" || t.arch !== u.arch || t.gpuCount !== 0) continue;
    if (t.vcpus < u.vcpus || t.memoryGiB < u.memoryGiB) continue;
    const spot = catalog.spotPrice(o.cloud, o.region, o.instanceType);
    const disk = catalog.service(o.cloud, o.region, u.diskClass === "ssd" ? "disk.ssd" : "disk.standard");
    if (!spot || !disk) continue;
    best = Math.min(best, round6(spot.hourlyUsd + (disk.usd * u.diskGiB) / HOURS_PER_MONTH));
  }
  return best;
}

describe("placement by spot price", () => {
  it("ranks by the spot price and reports it, with its source and the on-demand price beside it", () => {
    const p = place({ vcpus: 2, memoryGiB: 8 }, { priceBy: "spot", clouds: ["aws", "gcp"] }, catalog);
    const spot = catalog.spotPrice(p.cloud as "aws", p.region, p.instanceType)!;
    expect(p.priceBy).toBe("spot");
    expect(p.instanceHourlyUsd).toBe(spot.hourlyUsd);
    expect(p.source).toBe(spot.source);
    expect(p.onDemandInstanceHourlyUsd).toBe(
      catalog.offer(p.cloud as "aws", p.region, p.instanceType)!.hourlyUsd,
    );
    expect(p.assumptions[0]).toMatch(/spot Linux price .*snapshot/);
    expect(p.hourlyUsd).toBe(cheapestSpot({ vcpus: 2, memoryGiB: 8 }, ["aws", "gcp"]));
    for (const a of p.alternatives) expect(a.priceBy).toBe("spot");
    // On-demand placement is unchanged by the option's existence.
    const onDemand = place({ vcpus: 2, memoryGiB: 8 }, { clouds: ["aws", "gcp"] }, catalog);
    expect(onDemand.priceBy).toBeUndefined();
    expect(onDemand.instanceHourlyUsd).toBe(
      catalog.offer(onDemand.cloud as "aws", onDemand.region, onDemand.instanceType)!.hourlyUsd,
    );
  });

  it("is the cheapest spot offer of the satisfying set (exhaustive check)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1, 2, 4, 8),
        fc.constantFrom(2, 4, 8, 16, 32),
        fc.subarray(["aws", "azure", "gcp"], { minLength: 1 }),
        fc.constantFrom(undefined, "us", "eu", "asia"),
        (vcpus, memoryGiB, clouds, geography) => {
          const unit = { vcpus, memoryGiB };
          const expected = cheapestSpot(unit, clouds, geography);
          let got = Infinity;
          try {
            got = place(
              unit,
              {
                priceBy: "spot",
                clouds: clouds as never,
                ...(geography ? { geography: geography as never } : {}),
              },
              catalog,
            ).hourlyUsd;
          } catch (e) {
            if (!(e instanceof PlacementError)) throw e;
          }
          expect(got).toBe(expected);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("excludes offers without a spot price, and says so when none is left", () => {
    let error: unknown;
    try {
      place({ vcpus: 2, memoryGiB: 8 }, { cloud: "azure", region: "westeurope", priceBy: "spot" }, catalog);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PlacementError);
    expect((error as PlacementError).constraint).toBe("placement.priceBy");
    expect((error as Error).message).toMatch(/no spot price .*Azure in US regions only/);
    // The same unit in a US region has one.
    expect(
      place({ vcpus: 2, memoryGiB: 8 }, { cloud: "azure", region: "eastus", priceBy: "spot" }, catalog)
        .priceBy,
    ).toBe("spot");
  });

  it("refuses an unknown priceBy, naming the field and the valid values", () => {
    expect(() => place({ vcpus: 2, memoryGiB: 8 }, { priceBy: "cheap" as never }, catalog)).toThrow(
      /placement\.priceBy.*"cheap".*onDemand.*spot/s,
    );
  });
});

describe("atSpotPrice", () => {
  it("re-prices a placement chosen on-demand at its type's spot price", () => {
    const p = place({ vcpus: 2, memoryGiB: 8 }, { cloud: "gcp", region: "us-central1" }, catalog);
    const s = atSpotPrice(p, catalog);
    const spot = catalog.spotPrice("gcp", "us-central1", p.instanceType)!.hourlyUsd;
    expect(s.instanceType).toBe(p.instanceType);
    expect(s.instanceHourlyUsd).toBe(spot);
    expect(s.hourlyUsd).toBe(round6(spot + p.diskHourlyUsd));
    expect(s.monthlyUsd).toBeCloseTo(s.hourlyUsd * HOURS_PER_MONTH, 2);
    expect(s.onDemandInstanceHourlyUsd).toBe(p.instanceHourlyUsd);
    expect(atSpotPrice(s, catalog)).toBe(s);
  });

  it("throws a placement error naming the type and region when there is no spot price", () => {
    const p = place({ vcpus: 2, memoryGiB: 8 }, { cloud: "azure", region: "westeurope" }, catalog);
    expect(() => atSpotPrice(p, catalog)).toThrow(
      new RegExp(`no spot price for ${p.instanceType} in azure westeurope`),
    );
  });
});
