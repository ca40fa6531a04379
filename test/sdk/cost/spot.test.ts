import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../sdk/catalog/catalog";
import { priceResource } from "../../../sdk/cost/price-resource";
import type { PriceContext, Priced, ResourcePrice } from "../../../sdk/cost/types";
import { splitBase, splitSpot } from "../../../sdk/placement/split";

const catalog = defaultCatalog();
const ctx: PriceContext = { catalog, region: "us-east-1" };

function ok(p: ResourcePrice): Priced {
  if (!p.priced) throw new Error(`unpriced: ${p.reason}`);
  return p;
}
const od = (cloud: "aws" | "azure" | "gcp", region: string, type: string) =>
  catalog.offer(cloud, region, type)!.hourlyUsd;
const spot = (cloud: "aws" | "azure" | "gcp", region: string, type: string) =>
  catalog.spotPrice(cloud, region, type)!.hourlyUsd;
const spotLines = (p: Priced) => p.lines.filter((l) => l.spot);

describe("splitSpot", () => {
  it("keeps the base on-demand and rounds the share above it in favour of on-demand", () => {
    expect(splitSpot(6, { onDemandBase: 2, spotPercent: 75 })).toEqual({ onDemand: 3, spot: 3 });
    expect(splitSpot(3, { onDemandBase: 0, spotPercent: 50 })).toEqual({ onDemand: 2, spot: 1 });
    expect(splitSpot(1, { onDemandBase: 4, spotPercent: 100 })).toEqual({ onDemand: 1, spot: 0 });
    expect(splitSpot(5, { onDemandBase: 0, spotPercent: 100 })).toEqual({ onDemand: 0, spot: 5 });
  });

  it("never gives spot more than its share, never takes the base, and counts every instance", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 100 }),
        (count, base, pct) => {
          const { onDemand, spot } = splitSpot(count, { onDemandBase: base, spotPercent: pct });
          expect(onDemand + spot).toBe(count);
          expect(onDemand).toBeGreaterThanOrEqual(Math.min(count, base));
          expect(spot).toBeLessThanOrEqual((Math.max(0, count - base) * pct) / 100 + 1e-9);
          expect(spot).toBeGreaterThan((Math.max(0, count - base) * pct) / 100 - 1);
        },
      ),
    );
  });

  it("splits a pool's base within each member's maximum", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 6 }), (maxes) => {
        const total = maxes.reduce((a, b) => a + b, 0);
        for (const base of [0, 1, Math.floor(total / 2), total]) {
          const shares = splitBase(base, maxes);
          expect(shares.reduce((a, b) => a + b, 0)).toBe(base);
          shares.forEach((s, i) => expect(s).toBeLessThanOrEqual(maxes[i]));
        }
      }),
    );
  });
});

describe("AWS", () => {
  const instance = (extra: Record<string, unknown>) =>
    ok(
      priceResource(
        "aws:ec2/instance:Instance",
        { instanceType: "m6i.large", rootBlockDevice: { volumeSize: 20 }, ...extra },
        ctx,
      ),
    );

  it("prices a spot instance at the catalog's spot figure, with its source and the snapshot caveat", () => {
    const onDemand = instance({});
    const s = instance({ instanceMarketOptions: { marketType: "spot" } });
    const spotUsd = spot("aws", "us-east-1", "m6i.large");
    expect(spotUsd).toBeLessThan(od("aws", "us-east-1", "m6i.large"));
    expect(s.lines[0]).toEqual({ item: "m6i.large (spot)", hourlyUsd: spotUsd, spot: true });
    expect(s.hourlyUsd).toBeCloseTo(onDemand.hourlyUsd - od("aws", "us-east-1", "m6i.large") + spotUsd, 6);
    expect(s.monthlyUsd).toBeCloseTo(s.hourlyUsd * 730, 1);
    expect(s.assumptions.join("\n")).toMatch(/spot price: AWS EC2 spot pricing page.*as of 2026-08-09/);
    expect(s.assumptions.join("\n")).toMatch(/snapshot .* not a quote/);
    expect(s.assumptions[0]).toMatch(/spot prices \(snapshot\)/);
    // The root volume is billed the same on spot.
    expect(s.lines[1]).toEqual(onDemand.lines[1]);
  });

  it("takes instanceMarketOptions without a marketType as spot (the provider's default), and capacity blocks as not", () => {
    expect(spotLines(instance({ instanceMarketOptions: { spotOptions: {} } }))).toHaveLength(1);
    expect(spotLines(instance({ instanceMarketOptions: { marketType: "capacity-block" } }))).toEqual([]);
    expect(spotLines(instance({}))).toEqual([]);
  });

  it("prices a mixed Auto Scaling group as the blend of its on-demand base, on-demand share and spot share", () => {
    const group = (distribution: Record<string, unknown>) =>
      ok(
        priceResource(
          "aws:autoscaling/group:Group",
          {
            region: "us-east-1",
            minSize: 2,
            maxSize: 10,
            desiredCapacity: 6,
            mixedInstancesPolicy: {
              instancesDistribution: distribution,
              launchTemplate: {
                launchTemplateSpecification: { launchTemplateId: "lt-1" },
                overrides: [{ instanceType: "m6i.large" }, { instanceType: "m7i.large" }],
              },
            },
          },
          ctx,
        ),
      );
    const o = od("aws", "us-east-1", "m6i.large");
    const s = spot("aws", "us-east-1", "m6i.large");
    // Base 2, 25 % of the rest on-demand: at 6, 2 + 1 on-demand and 3 spot.
    const mixed = group({
      onDemandBaseCapacity: 2,
      onDemandPercentageAboveBaseCapacity: 25,
      spotAllocationStrategy: "price-capacity-optimized",
    });
    expect(mixed.lines).toEqual([
      { item: "m6i.large × 3", hourlyUsd: Math.round(3 * o * 1e6) / 1e6 },
      { item: "m6i.large × 3 (spot)", hourlyUsd: Math.round(3 * s * 1e6) / 1e6, spot: true },
    ]);
    expect(mixed.hourlyUsd).toBeCloseTo(3 * o + 3 * s, 6);
    // At min 2: the base only; at max 10: 2 + 2 on-demand, 6 spot.
    expect(mixed.range!.minMonthlyUsd).toBeCloseTo(2 * o * 730, 2);
    expect(mixed.range!.maxMonthlyUsd).toBeCloseTo((4 * o + 6 * s) * 730, 2);
    expect(mixed.assumptions.join("\n")).toMatch(
      /3 of 6 instances on spot: on-demand base 2, 75 % of the rest/,
    );
    expect(mixed.assumptions.join("\n")).toMatch(/first of 2 override types/);
    // A distribution at the default 100 % on-demand is an on-demand group.
    expect(spotLines(group({ onDemandBaseCapacity: 0 }))).toEqual([]);
    // All spot.
    const allSpot = group({ onDemandBaseCapacity: 0, onDemandPercentageAboveBaseCapacity: 0 });
    expect(allSpot.hourlyUsd).toBeCloseTo(6 * s, 6);
    expect(allSpot.perInstanceHourlyUsd).toBeCloseTo(s, 6);
  });

  it("prices a group whose launch template asks for spot as all spot", () => {
    const template = { instanceType: "c6i.large", instanceMarketOptions: { marketType: "spot" } };
    const p = ok(
      priceResource(
        "aws:autoscaling/group:Group",
        { region: "us-east-1", minSize: 1, maxSize: 4, desiredCapacity: 2, launchTemplate: { id: "lt-9" } },
        {
          ...ctx,
          resolve: (ref) =>
            ref === "lt-9" ? { type: "aws:ec2/launchTemplate:LaunchTemplate", props: template } : undefined,
        },
      ),
    );
    expect(p.lines).toEqual([
      {
        item: "c6i.large × 2 (spot)",
        hourlyUsd: Math.round(2 * spot("aws", "us-east-1", "c6i.large") * 1e6) / 1e6,
        spot: true,
      },
    ]);
  });
});

describe("Azure", () => {
  const vm = (location: string, extra: Record<string, unknown>) =>
    ok(
      priceResource(
        "azure-native:compute:VirtualMachine",
        { location, hardwareProfile: { vmSize: "Standard_D2s_v5" }, ...extra },
        ctx,
      ),
    );

  it("prices a Spot VM at the catalog's spot figure (SkyPilot v6, US regions)", () => {
    const onDemand = vm("eastus", {});
    const s = vm("eastus", {
      priority: "Spot",
      evictionPolicy: "Deallocate",
      billingProfile: { maxPrice: -1 },
    });
    const spotUsd = spot("azure", "eastus", "Standard_D2s_v5");
    expect(s.lines[0]).toEqual({ item: "Standard_D2s_v5 (spot)", hourlyUsd: spotUsd, spot: true });
    expect(s.hourlyUsd).toBeCloseTo(
      onDemand.hourlyUsd - od("azure", "eastus", "Standard_D2s_v5") + spotUsd,
      6,
    );
    expect(s.assumptions.join("\n")).toMatch(
      /spot price: skypilot-catalog v6 azure\/vms.csv@098741e7 SpotPrice/,
    );
  });

  it("prices a spot VM where the catalog has no spot figure at on-demand, said to be an upper bound", () => {
    const s = vm("westeurope", { priority: "Spot" });
    expect(s.hourlyUsd).toBeCloseTo(vm("westeurope", {}).hourlyUsd, 6);
    expect(s.lines[0].spot).toBe(true);
    expect(s.assumptions.join("\n")).toMatch(
      /no spot price in westeurope .*priced on-demand \(an upper bound\)/,
    );
  });

  it("prices a Spot scale set, and a Flexible one's Spot Priority Mix as a blend", () => {
    const set = (extra: Record<string, unknown>) =>
      ok(
        priceResource(
          "azure-native:compute:VirtualMachineScaleSet",
          {
            location: "eastus",
            sku: { name: "Standard_D2s_v5", capacity: 4 },
            virtualMachineProfile: {
              priority: "Spot",
              evictionPolicy: "Delete",
              billingProfile: { maxPrice: -1 },
            },
            ...extra,
          },
          ctx,
        ),
      );
    const o = od("azure", "eastus", "Standard_D2s_v5");
    const s = spot("azure", "eastus", "Standard_D2s_v5");
    const regular = ok(
      priceResource(
        "azure-native:compute:VirtualMachineScaleSet",
        { location: "eastus", sku: { name: "Standard_D2s_v5", capacity: 4 } },
        ctx,
      ),
    );
    expect(set({}).hourlyUsd).toBeCloseTo(regular.hourlyUsd - 4 * o + 4 * s, 6);
    const mix = set({
      priorityMixPolicy: { baseRegularPriorityCount: 1, regularPriorityPercentageAboveBase: 50 },
    });
    // 1 regular, then half of 3 rounded to regular: 3 regular, 1 spot.
    expect(mix.hourlyUsd).toBeCloseTo(regular.hourlyUsd - o + s, 6);
    expect(spotLines(mix)).toEqual([{ item: "Standard_D2s_v5 (spot)", hourlyUsd: s, spot: true }]);
  });
});

describe("GCP", () => {
  const instance = (scheduling?: Record<string, unknown>) =>
    ok(
      priceResource(
        "gcp:compute/instance:Instance",
        {
          zone: "us-central1-a",
          machineType: "n2-standard-2",
          bootDisk: { initializeParams: { size: 20 } },
          ...(scheduling ? { scheduling } : {}),
        },
        ctx,
      ),
    );

  it("prices a SPOT instance, and a preemptible one, at the spot figure", () => {
    const onDemand = instance();
    const spotUsd = spot("gcp", "us-central1", "n2-standard-2");
    for (const scheduling of [
      {
        provisioningModel: "SPOT",
        preemptible: true,
        automaticRestart: false,
        instanceTerminationAction: "STOP",
      },
      { preemptible: true, automaticRestart: false },
    ]) {
      const s = instance(scheduling);
      expect(s.lines[0]).toEqual({ item: "n2-standard-2 (spot)", hourlyUsd: spotUsd, spot: true });
      expect(s.hourlyUsd).toBeCloseTo(
        onDemand.hourlyUsd - od("gcp", "us-central1", "n2-standard-2") + spotUsd,
        6,
      );
    }
    expect(instance({ provisioningModel: "STANDARD" }).hourlyUsd).toBe(onDemand.hourlyUsd);
    expect(instance({ provisioningModel: "SPOT" }).assumptions.join("\n")).toMatch(
      /spot price: Cyclenerd\/google-cloud-pricing-cost-calculator .*hour_spot \(as of 2026-07-30\)/,
    );
  });

  it("prices a managed instance group from its SPOT template", () => {
    const template = {
      machineType: "e2-standard-2",
      scheduling: { provisioningModel: "SPOT", preemptible: true, automaticRestart: false },
    };
    const p = ok(
      priceResource(
        "gcp:compute/regionInstanceGroupManager:RegionInstanceGroupManager",
        { region: "us-central1", targetSize: 3, versions: [{ instanceTemplate: "tmpl" }] },
        {
          ...ctx,
          resolve: (ref) =>
            ref === "tmpl"
              ? { type: "gcp:compute/regionInstanceTemplate:RegionInstanceTemplate", props: template }
              : undefined,
        },
      ),
    );
    expect(p.hourlyUsd).toBeCloseTo(3 * spot("gcp", "us-central1", "e2-standard-2"), 6);
    expect(p.assumptions.join("\n")).toMatch(/its instance template's scheduling.provisioningModel SPOT/);
  });
});

describe("user catalogs", () => {
  it("override a spot price with spotOffers, and name a bad field", () => {
    const mine = catalog.withOverrides({
      spotOffers: [
        {
          cloud: "aws",
          region: "us-east-1",
          instanceType: "m6i.large",
          hourlyUsd: 0.03,
          source: "my-account-2026-11",
        },
      ],
    });
    expect(mine.spotPrice("aws", "us-east-1", "m6i.large")).toMatchObject({
      hourlyUsd: 0.03,
      source: "my-account-2026-11",
    });
    // Other figures still come from the shipped tables.
    expect(mine.spotPrice("aws", "us-east-1", "m7i.large")!.hourlyUsd).toBe(
      spot("aws", "us-east-1", "m7i.large"),
    );
    const p = ok(
      priceResource(
        "aws:ec2/instance:Instance",
        { instanceType: "m6i.large", instanceMarketOptions: { marketType: "spot" } },
        { catalog: mine, region: "us-east-1" },
      ),
    );
    expect(p.lines[0].hourlyUsd).toBe(0.03);
    expect(() =>
      catalog.withOverrides({
        spotOffers: [
          { cloud: "aws", region: "us-east-1", instanceType: "m6i.large", hourlyUsd: -1, source: "x" },
        ],
      }),
    ).toThrow(/spotOffers\[0\]\.hourlyUsd/);
  });
});
