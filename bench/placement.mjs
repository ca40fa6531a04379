// Placement speed on 1,000 units over the whole catalog, and optimality against exhaustive search.
import { performance } from "node:perf_hooks";

/** A small deterministic PRNG so every run measures the same cases. */
export function prng(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function randomUnit(rand) {
  const pick = (xs) => xs[Math.floor(rand() * xs.length)];
  return {
    vcpus: pick([1, 2, 4, 8, 16]),
    memoryGiB: pick([1, 2, 4, 8, 16, 32, 64]),
    arch: rand() < 0.2 ? "arm64" : "x86_64",
    diskGiB: pick([20, 50, 100, 200]),
    diskClass: rand() < 0.3 ? "ssd" : "standard",
  };
}

function randomConstraints(rand) {
  const clouds = ["aws", "azure", "gcp"].filter(() => rand() < 0.7);
  const c = {};
  if (clouds.length) c.clouds = clouds;
  if (rand() < 0.5) c.geography = ["us", "eu", "asia"][Math.floor(rand() * 3)];
  return c;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export function benchPlacement(sdk) {
  const catalog = sdk.defaultCatalog();
  const rand = prng(42);
  const cases = Array.from({ length: 1000 }, () => [randomUnit(rand), randomConstraints(rand)]);
  const run = () => {
    let placed = 0;
    for (const [unit, constraints] of cases) {
      try {
        sdk.place(unit, constraints, catalog);
        placed++;
      } catch (e) {
        if (!(e instanceof sdk.PlacementError)) throw e;
      }
    }
    return placed;
  };
  // Baseline in the same run: one bare scan of the offer list per unit (read every offer once).
  const scan = () => {
    let n = 0;
    for (const [unit] of cases) for (const o of catalog.offers) if (o.hourlyUsd > unit.vcpus * 1e-9) n++;
    return n;
  };
  run();
  scan();
  const times = [];
  const scans = [];
  let placed = 0;
  for (let i = 0; i < 7; i++) {
    let t = performance.now();
    placed = run();
    times.push(performance.now() - t);
    t = performance.now();
    scan();
    scans.push(performance.now() - t);
  }
  return {
    placementMs1000: Math.round(median(times) * 100) / 100,
    placementVsBareScanRatio: Math.round((median(times) / median(scans)) * 100) / 100,
    placementPlaced: placed,
    placementOffers: catalog.offers.length,
  };
}

/** 200 small random cases: a random subset of offers, Lepton's choice vs the cheapest by enumeration. */
export function benchOptimality(sdk) {
  const full = sdk.defaultCatalog();
  const rand = prng(7);
  let worstGap = 0;
  let compared = 0;
  let bothEmpty = 0;
  for (let i = 0; i < 200; i++) {
    const offers = full.data.offers.filter(() => rand() < 0.02);
    const small = new sdk.Catalog({
      ...full.data,
      offers: offers.filter((o) => !o.instanceType.includes("+")),
    });
    const unit = randomUnit(rand);
    const constraints = randomConstraints(rand);
    const u = sdk.validateComputeUnit(unit);
    const clouds = constraints.clouds ?? ["aws", "azure", "gcp"];
    let best = Infinity;
    for (const o of small.offers) {
      const t = small.instanceType(o.cloud, o.instanceType);
      const region = small.region(o.cloud, o.region);
      if (!clouds.includes(o.cloud) || (constraints.geography && region.geography !== constraints.geography))
        continue;
      if (
        t.category === "burstable" ||
        t.arch !== u.arch ||
        t.gpuCount !== 0 ||
        t.vcpus < u.vcpus ||
        t.memoryGiB < u.memoryGiB
      )
        continue;
      const disk = small.service(o.cloud, o.region, u.diskClass === "ssd" ? "disk.ssd" : "disk.standard");
      // Rounded to the micro-dollar, as the sdk reports prices.
      best = Math.min(
        best,
        Math.round((o.hourlyUsd + (disk.usd * u.diskGiB) / sdk.HOURS_PER_MONTH) * 1e6) / 1e6,
      );
    }
    let chosen = Infinity;
    try {
      chosen = sdk.place(unit, constraints, small).hourlyUsd;
    } catch (e) {
      if (!(e instanceof sdk.PlacementError)) throw e;
    }
    if (best === Infinity && chosen === Infinity) {
      bothEmpty++;
      continue;
    }
    compared++;
    worstGap = Math.max(
      worstGap,
      chosen === Infinity || best === Infinity ? Infinity : (chosen - best) / best,
    );
  }
  return {
    placementOptimalityGap: Math.round(worstGap * 1e6) / 1e6,
    optimalityCasesCompared: compared,
    optimalityCasesInfeasible: bothEmpty,
  };
}
