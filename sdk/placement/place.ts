import { Catalog } from "../catalog/catalog";
import type { Geography, InstanceType, Offer, PublicCloud } from "../catalog/types";
import { CLOUDS, GEOGRAPHIES, PUBLIC_CLOUDS } from "../catalog/types";
import { HOURS_PER_MONTH } from "../cost/formulas";
import { SPOT_SNAPSHOT_NOTE } from "../catalog/catalog";
import { offerIndex, scanOffers, spotColumns, STAGES } from "./offer-index";
import { splitSpot, SpotDistribution } from "./split";
import { Issue, LeptonError, throwIfIssues, ValidationError } from "../errors";
import { Checker, closest, oneOf } from "../units/checks";
import { ComputeUnit, ResolvedComputeUnit, validateComputeUnit } from "../units/compute";

/** Where a unit may go. Every field is optional; pinned fields are never changed. */
export interface PlacementConstraints {
  /** Pin one target. `kubernetes` prices the unit as a pod with the catalog's Kubernetes profile. */
  cloud?: "aws" | "azure" | "gcp" | "kubernetes";
  /** Clouds allowed. @default all three public clouds */
  clouds?: PublicCloud[];
  /** Pin a region (requires `cloud`, or must be unique to one cloud). */
  region?: string;
  /** Regions allowed (of any cloud). @default every region in the catalog */
  regions?: string[];
  /** Geography allowed: `us`, `eu` or `asia` (Asia-Pacific). @default anywhere */
  geography?: Geography;
  /** Pin an instance type (catalog name). */
  instanceType?: string;
  /** Most the machine (instance plus boot disk) may cost per hour, USD. @default no limit */
  maxHourlyUsd?: number;
  /**
   * Allow burstable types (AWS t3/t4g, Azure B): they sustain only a fraction of their vCPUs, so
   * they satisfy a unit's vCPUs only for spiky loads.
   * @default false
   */
  allowBurstable?: boolean;
  /** Instance families allowed (catalog family names such as `m7g`, `Ds_v5`, `n2d`). @default any */
  families?: string[];
  /**
   * The price that ranks offers: `onDemand` list prices, or `spot` prices (for interruptible
   * capacity; offers without a spot price in the catalog are excluded, and `maxHourlyUsd` applies
   * to the spot price). Spot prices move: the catalog's are snapshots.
   * @default "onDemand"
   */
  priceBy?: "onDemand" | "spot";
  /** How many runner-up choices to return. @default 3 */
  alternatives?: number;
}

/** The prices placement can rank by (string values, so every Pulumi language can pass them). */
export const PRICE_BY = ["onDemand", "spot"] as const;

export interface PlacementChoice {
  cloud: PublicCloud | "kubernetes";
  region: string;
  geography?: Geography;
  instanceType: string;
  family: string;
  vcpus: number;
  memoryGiB: number;
  arch: string;
  gpuCount: number;
  gpuModel?: string;
  /** Instance price per hour. */
  instanceHourlyUsd: number;
  /** Boot disk price per hour (GB-month price × size ÷ HOURS_PER_MONTH). */
  diskHourlyUsd: number;
  /** Instance plus boot disk per hour. */
  hourlyUsd: number;
  monthlyUsd: number;
  /** Source of the instance price. */
  source: string;
  /** Set when the instance price is a spot price (placement with `priceBy: "spot"`). */
  priceBy?: "spot";
  /** With `priceBy: "spot"`: the type's on-demand price per hour, for comparison. */
  onDemandInstanceHourlyUsd?: number;
}

export interface Alternative extends PlacementChoice {
  /** Extra cost per hour over the chosen placement. */
  deltaHourlyUsd: number;
  deltaMonthlyUsd: number;
}

export interface Placement extends PlacementChoice {
  unit: ResolvedComputeUnit;
  alternatives: Alternative[];
  /**
   * Candidate offers excluded, by the first constraint they failed. The search stops once no
   * remaining offer can be cheaper than the alternatives; those are counted as not examined.
   */
  excluded: { constraint: string; count: number }[];
  /** What the price assumes. */
  assumptions: string[];
}

/** No candidate satisfied the unit and constraints. */
export class PlacementError extends LeptonError {
  constructor(
    message: string,
    /** The constraint that removed the last candidates. */
    readonly constraint: string,
    /** The cheapest candidates that only that constraint excluded. */
    readonly nearest: PlacementChoice[],
  ) {
    super(message);
  }
}

const round = (x: number, digits = 6) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Checks constraints against the catalog; throws a ValidationError listing every problem. */
export function validateConstraints(
  input: unknown,
  catalog: Catalog,
  path = "placement",
): PlacementConstraints {
  const c = new Checker(path);
  if (input === undefined) return {};
  const p = c.object("", input);
  if (!p) throwIfIssues(c.issues, path);
  const known = [
    "cloud",
    "clouds",
    "region",
    "regions",
    "geography",
    "instanceType",
    "maxHourlyUsd",
    "allowBurstable",
    "families",
    "priceBy",
    "alternatives",
  ];
  c.unknownKeys(p!, known);
  if (p!.cloud !== undefined) c.choice("cloud", p!.cloud, CLOUDS);
  if (p!.clouds !== undefined) {
    if (!Array.isArray(p!.clouds) || p!.clouds.length === 0)
      c.add("clouds", p!.clouds, `use a non-empty array of ${PUBLIC_CLOUDS.join(", ")}`);
    else p!.clouds.forEach((x, i) => c.choice(`clouds[${i}]`, x, PUBLIC_CLOUDS));
  }
  if (p!.geography !== undefined) c.choice("geography", p!.geography, GEOGRAPHIES);
  if (p!.priceBy !== undefined) c.choice("priceBy", p!.priceBy, PRICE_BY);
  if (p!.maxHourlyUsd !== undefined) c.number("maxHourlyUsd", p!.maxHourlyUsd, { exclusiveMin: 0 });
  if (p!.alternatives !== undefined)
    c.number("alternatives", p!.alternatives, { min: 0, max: 50, integer: true });
  if (p!.allowBurstable !== undefined && typeof p!.allowBurstable !== "boolean")
    c.add("allowBurstable", p!.allowBurstable, "use true or false");
  const cloud = p!.cloud as string | undefined;
  // Regions and types are looked up among the clouds given, once those are valid (they were reported above).
  const isPublic = (x: unknown): x is PublicCloud => (PUBLIC_CLOUDS as readonly unknown[]).includes(x);
  const listed = Array.isArray(p!.clouds) ? p!.clouds.filter(isPublic) : [];
  const scope = isPublic(cloud) ? [cloud] : listed.length > 0 ? listed : [...PUBLIC_CLOUDS];
  const allRegions = scope.flatMap((cl) => catalog.regions(cl).map((r) => r.name));
  const checkRegion = (field: string, name: unknown) => {
    if (typeof name !== "string" || !allRegions.includes(name)) {
      c.add(
        field,
        name,
        `${isPublic(cloud) ? `not a known ${cloud} region in the catalog; ` : ""}${oneOf(allRegions, name)}`,
      );
    }
  };
  if (p!.region !== undefined && cloud !== "kubernetes") checkRegion("region", p!.region);
  if (p!.regions !== undefined) {
    if (!Array.isArray(p!.regions) || p!.regions.length === 0)
      c.add("regions", p!.regions, "use a non-empty array of region names");
    else p!.regions.forEach((r, i) => checkRegion(`regions[${i}]`, r));
  }
  if (p!.families !== undefined) {
    const families = [...new Set(scope.flatMap((cl) => catalog.instanceTypes(cl).map((t) => t.family)))];
    if (!Array.isArray(p!.families) || p!.families.length === 0)
      c.add("families", p!.families, "use a non-empty array of family names");
    else
      p!.families.forEach((f, i) =>
        typeof f === "string" && families.includes(f)
          ? undefined
          : c.add(`families[${i}]`, f, oneOf(families, f)),
      );
  }
  if (p!.instanceType !== undefined && cloud !== "kubernetes") {
    const names = scope.flatMap((cl) => catalog.instanceTypes(cl).map((t) => t.name));
    if (typeof p!.instanceType !== "string" || !names.includes(p!.instanceType)) {
      const hint = typeof p!.instanceType === "string" ? closest(p!.instanceType, names) : undefined;
      c.add(
        "instanceType",
        p!.instanceType,
        `not a known ${isPublic(cloud) ? cloud + " " : ""}instance type in the catalog; ${hint ? `did you mean "${hint}"? ` : ""}list them with \`lepton-mc catalog${isPublic(cloud) ? " --cloud " + cloud : ""}\` or add it with a user catalog`,
      );
    }
  }
  throwIfIssues(c.issues, path);
  return p as PlacementConstraints;
}

function choiceOf(
  geography: Geography | undefined,
  offer: Offer,
  type: InstanceType,
  disk: number,
  spot?: { hourlyUsd: number; source: string },
): PlacementChoice {
  const instance = spot?.hourlyUsd ?? offer.hourlyUsd;
  const hourly = instance + disk;
  const choice: PlacementChoice = {
    cloud: offer.cloud,
    region: offer.region,
    geography,
    instanceType: offer.instanceType,
    family: type.family,
    vcpus: type.vcpus,
    memoryGiB: type.memoryGiB,
    arch: type.arch,
    gpuCount: type.gpuCount,
    instanceHourlyUsd: instance,
    diskHourlyUsd: round(disk),
    hourlyUsd: round(hourly),
    monthlyUsd: round(hourly * HOURS_PER_MONTH, 2),
    source: spot?.source ?? offer.source,
  };
  if (type.gpuModel) choice.gpuModel = type.gpuModel;
  if (spot) {
    choice.priceBy = "spot";
    choice.onDemandInstanceHourlyUsd = offer.hourlyUsd;
  }
  return choice;
}

/** Code-point order: the same everywhere, unlike locale order. */
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Deterministic order: cheaper, then fewer spare vCPUs and GiB, then cloud, region and type names. */
function compareChoices(a: PlacementChoice, b: PlacementChoice): number {
  return (
    a.hourlyUsd - b.hourlyUsd ||
    a.vcpus - b.vcpus ||
    a.memoryGiB - b.memoryGiB ||
    byName(a.cloud, b.cloud) ||
    byName(a.region, b.region) ||
    byName(a.instanceType, b.instanceType)
  );
}

function placeOnKubernetes(unit: ResolvedComputeUnit, catalog: Catalog): Placement {
  const k = catalog.kubernetes;
  const hourly =
    unit.vcpus * k.vcpuHourUsd + unit.memoryGiB * k.memoryGiBHourUsd + (unit.gpu?.count ?? 0) * k.gpuHourUsd;
  return {
    unit,
    cloud: "kubernetes",
    region: "cluster",
    instanceType: "pod",
    family: "pod",
    vcpus: unit.vcpus,
    memoryGiB: unit.memoryGiB,
    arch: unit.arch,
    gpuCount: unit.gpu?.count ?? 0,
    ...(unit.gpu?.model ? { gpuModel: unit.gpu.model } : {}),
    instanceHourlyUsd: round(hourly),
    diskHourlyUsd: 0,
    hourlyUsd: round(hourly),
    monthlyUsd: round(hourly * HOURS_PER_MONTH, 2),
    source: "kubernetes profile",
    alternatives: [],
    excluded: [],
    assumptions: [
      `${HOURS_PER_MONTH} hours a month`,
      `requests priced with the Kubernetes profile: ${k.derivation}`,
      "the persistent volume is not priced (storage class prices vary per cluster)",
    ],
  };
}

/**
 * The cheapest (instance + boot disk) placement of a unit that satisfies every constraint, with
 * runner-ups and the count of offers each constraint excluded. Deterministic: ties are broken by
 * fewer spare vCPUs and memory, then cloud, region and type names.
 * @throws ValidationError for an invalid unit or constraints; PlacementError when nothing fits.
 */
export function place(
  unitInput: ComputeUnit,
  constraintsInput: PlacementConstraints = {},
  catalog: Catalog,
): Placement {
  const issues: Issue[] = [];
  const collect = <T>(f: () => T): T | undefined => {
    try {
      return f();
    } catch (e) {
      if (e instanceof ValidationError) issues.push(...e.issues);
      else throw e;
      return undefined;
    }
  };
  const unit = collect(() => validateComputeUnit(unitInput));
  const p = collect(() => validateConstraints(constraintsInput, catalog));
  throwIfIssues(issues, "unit and placement");
  return placeValidated(unit!, p!, catalog);
}

/** `place` for input already validated (hot loops: pools, benchmarks). */
export function placeValidated(
  unit: ResolvedComputeUnit,
  p: PlacementConstraints,
  catalog: Catalog,
): Placement {
  if (p.cloud === "kubernetes") return placeOnKubernetes(unit, catalog);
  const index = offerIndex(catalog);
  const bySpot = p.priceBy === "spot";
  const scan = scanOffers(index, unit, {
    clouds: p.cloud ? [p.cloud] : (p.clouds ?? PUBLIC_CLOUDS),
    regions: p.region ? [p.region] : p.regions,
    geography: p.geography,
    instanceType: p.instanceType,
    families: p.families,
    // A pinned type is the user's own choice, burstable or not.
    allowBurstable: p.allowBurstable === true || p.instanceType !== undefined,
    maxHourlyUsd: p.maxHourlyUsd,
    bySpot,
    keep: 1 + (p.alternatives ?? 3),
  });
  const spot = bySpot ? spotColumns(index) : undefined;
  const choice = (i: number) => {
    const disk = unit.diskClass === "ssd" ? index.diskSsd[i] : index.diskStandard[i];
    // Offers excluded for lacking a spot price are shown (as nearest candidates) at on-demand.
    const spotPrice = spot && spot.price[i] !== Infinity ? spot.price[i] : undefined;
    return choiceOf(
      GEOGRAPHIES[index.geography[i]],
      index.offers[i],
      index.types[i],
      Number.isNaN(disk) ? 0 : (disk * unit.diskGiB) / HOURS_PER_MONTH,
      spotPrice !== undefined ? { hourlyUsd: spotPrice, source: spot!.source[i]! } : undefined,
    );
  };
  const excluded = STAGES.map((constraint, i) => ({ constraint, count: scan.excludedBy[i] })).filter(
    (e) => e.count > 0,
  );
  if (scan.best.length === 0) {
    throw noPlacement(
      unit,
      p,
      [...STAGES],
      scan.excludedBy,
      scan.nearest.map((kept) => kept.map(choice)),
    );
  }
  const satisfying = scan.best.map(choice);
  const best = satisfying[0];
  const alternatives = satisfying.slice(1).map((a) => ({
    ...a,
    deltaHourlyUsd: round(a.hourlyUsd - best.hourlyUsd),
    deltaMonthlyUsd: round((a.hourlyUsd - best.hourlyUsd) * HOURS_PER_MONTH, 2),
  }));
  const disk = catalog.service(
    best.cloud as PublicCloud,
    best.region,
    unit.diskClass === "ssd" ? "disk.ssd" : "disk.standard",
  );
  return {
    ...best,
    unit,
    alternatives,
    excluded,
    assumptions: [
      bySpot
        ? `${HOURS_PER_MONTH} hours a month, spot Linux price (${catalog.describeSource(best.source)}); ${SPOT_SNAPSHOT_NOTE}`
        : `${HOURS_PER_MONTH} hours a month, on-demand Linux list price`,
      `boot disk ${unit.diskGiB} GiB ${unit.diskClass} at $${disk?.usd}/GB-month${disk?.note ? ` (${disk.note})` : ""}`,
    ],
  };
}

function describeUnit(u: ResolvedComputeUnit): string {
  const gpu = u.gpu ? `, ${u.gpu.count}× ${u.gpu.model ?? "any"} GPU` : "";
  return `${u.vcpus} vCPU, ${u.memoryGiB} GiB, ${u.arch}${gpu}`;
}

function noPlacement(
  unit: ResolvedComputeUnit,
  p: PlacementConstraints,
  names: string[],
  excludedBy: number[],
  survivors: PlacementChoice[][],
): PlacementError {
  // The deepest stage that excluded anything is the one that emptied the set.
  let last = -1;
  for (let i = 0; i < excludedBy.length; i++) if (excludedBy[i] > 0) last = i;
  const constraint = last >= 0 ? names[last] : "catalog";
  const nearest = [...(survivors[last] ?? [])].sort(compareChoices).slice(0, 3);
  const pinned = p.instanceType ? ` pinned instance type "${p.instanceType}"` : "";
  const near = nearest.length
    ? `; nearest candidates: ${nearest
        .map(
          (n) =>
            `${n.cloud} ${n.region} ${n.instanceType} (${n.vcpus} vCPU, ${n.memoryGiB} GiB${n.gpuCount ? `, ${n.gpuCount}× ${n.gpuModel}` : ""}, $${n.hourlyUsd}/h)`,
        )
        .join(", ")}`
    : "";
  const fix =
    constraint === "placement.maxHourlyUsd"
      ? `raise maxHourlyUsd above ${p.maxHourlyUsd}`
      : constraint === "placement.priceBy"
        ? "the catalog has no spot price for the remaining candidates (AWS and GCP list spot prices in every catalog region, Azure in US regions only, none for GCP types with attached GPUs); run them on-demand, widen the clouds, regions or types allowed, or add a spot price with a user catalog's spotOffers"
        : constraint.startsWith("unit.")
          ? `${/vcpus|memory/.test(constraint) ? "lower" : "change"} ${constraint} or widen the clouds, regions or families allowed`
          : constraint === "placement.allowBurstable"
            ? "set allowBurstable: true or widen the clouds/regions allowed"
            : `widen ${constraint}`;
  return new PlacementError(
    `no placement for unit (${describeUnit(unit)})${pinned}: ${constraint} excluded every remaining candidate; ${fix}${near}`,
    constraint,
    nearest,
  );
}

/** Places many units with shared constraints (validated once per unit, catalog indexes reused). */
export function placeMany(
  units: ComputeUnit[],
  constraints: PlacementConstraints,
  catalog: Catalog,
): Placement[] {
  const p = validateConstraints(constraints, catalog);
  return units.map((u, i) => placeValidated(validateComputeUnit(u, `units[${i}]`), p, catalog));
}

/**
 * A placement re-priced at its type's spot price, for one chosen without `priceBy: "spot"` (a
 * locked or pinned placement that now runs on spot). Unchanged when it is priced at spot already.
 * @throws PlacementError (constraint `placement.priceBy`) when the catalog has no spot price there.
 */
export function atSpotPrice(p: Placement, catalog: Catalog): Placement {
  if (p.priceBy === "spot" || p.cloud === "kubernetes") return p;
  const spot = catalog.spotPrice(p.cloud, p.region, p.instanceType);
  if (!spot)
    throw new PlacementError(
      `no spot price for ${p.instanceType} in ${p.cloud} ${p.region} in the catalog; AWS and GCP list spot prices in every catalog region, Azure in US regions only, none for GCP types with attached GPUs: run it on-demand, pick a type or region with a spot price, or add one with a user catalog's spotOffers`,
      "placement.priceBy",
      [],
    );
  const hourly = round(spot.hourlyUsd + p.diskHourlyUsd);
  return {
    ...p,
    instanceHourlyUsd: spot.hourlyUsd,
    hourlyUsd: hourly,
    monthlyUsd: round(hourly * HOURS_PER_MONTH, 2),
    source: spot.source,
    priceBy: "spot",
    onDemandInstanceHourlyUsd: p.instanceHourlyUsd,
    // The runner-ups were ranked at on-demand prices: they no longer compare.
    alternatives: [],
    assumptions: [
      `730 hours a month, spot Linux price (${catalog.describeSource(spot.source)}); ${SPOT_SNAPSHOT_NOTE}`,
      ...p.assumptions.slice(1),
    ],
  };
}

/**
 * What `count` instances of a placement's type cost per hour under a spot distribution: the
 * on-demand part at the on-demand price, the spot part at the spot price, each with its boot disk.
 * Undefined when the catalog has no spot price for the type there.
 */
export function blendedHourlyUsd(
  p: Placement,
  share: SpotDistribution,
  count: number,
  catalog: Catalog,
): number | undefined {
  if (p.cloud === "kubernetes") return undefined;
  const onDemand = p.priceBy === "spot" ? p.onDemandInstanceHourlyUsd! : p.instanceHourlyUsd;
  const spot =
    p.priceBy === "spot"
      ? p.instanceHourlyUsd
      : catalog.spotPrice(p.cloud, p.region, p.instanceType)?.hourlyUsd;
  if (spot === undefined) return undefined;
  const n = splitSpot(count, share);
  return round(n.onDemand * onDemand + n.spot * spot + count * p.diskHourlyUsd);
}
