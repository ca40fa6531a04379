// Savings of Lepton's placement on the reference workload against two ways teams place by hand.
import { DEFAULT_REGION, GENERAL_PURPOSE, referenceWorkload } from "./workload.mjs";

export function benchSavings(sdk) {
  const catalog = sdk.defaultCatalog();
  const services = referenceWorkload();
  const monthly = (p, s) => p.monthlyUsd * s.replicas;

  const lepton = services.reduce(
    (sum, s) => sum + monthly(sdk.place(s.unit, { geography: s.geography }, catalog), s),
    0,
  );

  // Cheapest single cloud: every service on one cloud (cheapest region of its geography there).
  const perCloud = {};
  for (const cloud of ["aws", "azure", "gcp"]) {
    try {
      perCloud[cloud] = services.reduce(
        (sum, s) => sum + monthly(sdk.place(s.unit, { cloud, geography: s.geography }, catalog), s),
        0,
      );
    } catch (e) {
      if (!(e instanceof sdk.PlacementError)) throw e;
      perCloud[cloud] = null; // some service cannot run there
    }
  }
  const feasible = Object.entries(perCloud).filter(([, v]) => v !== null);
  const [singleCloud, singleCloudTotal] = feasible.sort((a, b) => a[1] - b[1])[0];

  // Default: each service on its home cloud's general-purpose family, in that cloud's default region.
  const byDefault = services.reduce((sum, s) => {
    const u = sdk.validateComputeUnit(s.unit);
    const families = GENERAL_PURPOSE[s.home][u.gpu ? "gpu" : u.arch];
    const region = DEFAULT_REGION[s.home][s.geography];
    return sum + monthly(sdk.place(s.unit, { cloud: s.home, region, families }, catalog), s);
  }, 0);

  const pct = (base) => Math.round((1 - lepton / base) * 1000) / 10;
  const spot = spotRow(sdk, services, { lepton, singleCloudTotal });
  return {
    workloadServices: services.length,
    workloadInstances: services.reduce((n, s) => n + s.replicas, 0),
    leptonMonthlyUsd: Math.round(lepton * 100) / 100,
    singleCloud,
    singleCloudMonthlyUsd: Math.round(singleCloudTotal * 100) / 100,
    defaultMonthlyUsd: Math.round(byDefault * 100) / 100,
    savingsVsSingleCloudPct: pct(singleCloudTotal),
    savingsVsDefaultPct: pct(byDefault),
    ...spot,
  };
}

/**
 * The same workload with its stateless services' replicas on spot above one on-demand instance
 * each (as a BalancedPool with capacity { spotPercent: 100, onDemandBase: 1 } runs and places
 * them); every other service as Lepton places it on-demand. Compared, in the same run, with
 * the all on-demand placement and the cheapest single cloud. Spot prices are catalog snapshots.
 */
function spotRow(sdk, services, { lepton, singleCloudTotal }) {
  const catalog = sdk.defaultCatalog();
  let total = 0;
  let spotInstances = 0;
  let spotPart = 0;
  for (const s of services) {
    if (!s.stateless) {
      total += sdk.place(s.unit, { geography: s.geography }, catalog).monthlyUsd * s.replicas;
      continue;
    }
    // As a BalancedPool places a member with a spot share: the cheaper at this size of the
    // cheapest type by spot price and the cheapest by on-demand price.
    const share = { onDemandBase: 1, spotPercent: 100 };
    const candidates = [
      sdk.place(s.unit, { geography: s.geography, priceBy: "spot" }, catalog),
      sdk.place(s.unit, { geography: s.geography }, catalog),
    ]
      .map((p) => ({ p, hourly: sdk.blendedHourlyUsd(p, share, s.replicas, catalog) }))
      .filter((c) => c.hourly !== undefined)
      .sort((a, b) => a.hourly - b.hourly);
    const { p, hourly } = candidates[0];
    const { spot } = sdk.splitSpot(s.replicas, share);
    const spotHourly =
      p.priceBy === "spot"
        ? p.instanceHourlyUsd
        : catalog.spotPrice(p.cloud, p.region, p.instanceType).hourlyUsd;
    total += hourly * 730;
    spotPart += spot * spotHourly * 730;
    spotInstances += spot;
  }
  const pct = (base) => Math.round((1 - total / base) * 1000) / 10;
  return {
    spotStatelessServices: services.filter((s) => s.stateless).length,
    spotInstances,
    spotMonthlyUsd: Math.round(total * 100) / 100,
    spotInstancesMonthlyUsd: Math.round(spotPart * 100) / 100,
    spotSavingsVsOnDemandPct: pct(lepton),
    spotSavingsVsSingleCloudPct: pct(singleCloudTotal),
    spotPriceSources: ["aws", "azure", "gcp"]
      .map((cloud) => `${cloud}: ${catalog.describeSource(`${cloud}-full-spot`)}`)
      .join("; "),
  };
}
