import { azureImageReference, gcpImage } from "../../components/shared/images";
import type { Catalog } from "../../sdk/catalog/catalog";
import { azureLocation, regionOfZone } from "../../sdk/catalog/region-names";
import { InstanceType, PUBLIC_CLOUDS, PublicCloud } from "../../sdk/catalog/types";
import { balancedLoad, HOURS_PER_MONTH, scaledSize, utilization } from "../../sdk/cost/formulas";
import { UNKNOWN } from "../../sdk/cost/types";
import { show } from "../../sdk/errors";
import { describeSelector, ObservedUtilization, ObservedUtilizationFile } from "../../sdk/observed/format";
import { observationMatches } from "../../sdk/observed/match";
import { DEFAULT_MIN_SAMPLES } from "../../sdk/observed/series";
import type { PlacedThing } from "../../sdk/placement/ledger";
import { ComputeLockEntry, isStorageEntry } from "../../sdk/placement/lock";
import { Placement, PlacementConstraints, PlacementError, placeValidated } from "../../sdk/placement/place";
import { Capacity, largestRemainder, splitCapacity } from "../../sdk/placement/split";
import {
  Arch,
  COMPUTE_UNIT_DEFAULTS,
  IMAGE_FAMILIES,
  ImageFamily,
  ResolvedComputeUnit,
  validateComputeUnit,
} from "../../sdk/units/compute";
import { UsageError } from "../errors";
import { DEFAULT_THRESHOLDS, describeEntry, isCandidate, Migration, MigrationThresholds } from "./placements";
import type { PricedResource } from "./pricing";
import type { RecordedResource } from "./recorder";

/** What `optimize` aims at, and how it chooses. */
export interface OptimizeSettings {
  /** p95 CPU utilization the proposed size may reach, percent. @default 70 */
  cpuTargetPct: number;
  /** p95 memory utilization the proposed size may reach, percent. @default 80 */
  memoryTargetPct: number;
  /** Expected load growth, as the seed's change rate: needs are `scaledSize(load, growthRate)`. @default 0 */
  growthRate: number;
  /** Fewer samples than this are a risk. @default 168 (a week of hourly samples) */
  minSamples: number;
  /** Propose arm64 where the machine's image has an arm64 build. @default true */
  arm64: boolean;
  /** When a cheaper region or cloud is listed as a migration candidate. @default 10 % and $5/month */
  thresholds: MigrationThresholds;
  /** Observations that match nothing in the program become notes instead of an error. @default false */
  ignoreUnmatched: boolean;
}

export const DEFAULT_OPTIMIZE_SETTINGS: OptimizeSettings = {
  cpuTargetPct: 70,
  memoryTargetPct: 80,
  growthRate: 0,
  minSamples: DEFAULT_MIN_SAMPLES,
  arm64: true,
  thresholds: DEFAULT_THRESHOLDS,
  ignoreUnmatched: false,
};

/** A machine (or a pool member's instances) where it runs, with its price. */
export interface Machine {
  cloud: PublicCloud;
  region: string;
  instanceType: string;
  arch: string;
  vcpus: number;
  memoryGiB: number;
  /** Instances (a pool member's desired count; 1 for a machine). */
  count: number;
  /** One instance, on-demand, USD per hour (the instance only: disks do not change in place). */
  hourlyUsd: number;
  /** All `count` instances per month. */
  monthlyUsd: number;
}

/** An argument of the program that has to change for the proposal to hold. */
export interface ProgramEdit {
  /** `MultiCloudVm "api"`, `aws.ec2.Instance "legacy"`. */
  resource: string;
  /** `unit.vcpus`, `scaling.min`, `instanceType`. */
  arg: string;
  from: unknown;
  to: unknown;
}

/** What optimize proposes for one observed machine, pool or raw instance. */
export interface Proposal {
  /** Lock key of a component (`platform/api`), or the raw resource's name. */
  key: string;
  /** `MultiCloudVm`, `BalancedPool`, or the raw resource's type token. */
  kind: string;
  urn: string;
  /** `resize` (smaller or cheaper), `upsize` (p95 above target), `rescale` (a pool's counts only), `keep`. */
  action: "resize" | "upsize" | "rescale" | "keep";
  current: Machine[];
  proposed: Machine[];
  currentMonthlyUsd: number;
  proposedMonthlyUsd: number;
  /** Current minus proposed (negative for an upsize). */
  monthlySavingUsd: number;
  savingPct: number;
  cpu?: Figures;
  memory?: Figures;
  /** The declared expectation (`expectedUtilization`, percent), for the report. */
  expectedPct?: number;
  observation: {
    matchedBy: string[];
    samples?: number;
    periodSeconds?: number;
    instances?: number;
    measuredOn?: string;
    origin?: string;
  };
  /** Pools: the counts from observed mean and peak load. */
  scaling?: {
    min: [number, number];
    desired: [number, number];
    max: [number, number];
    meanLoadVcpus: number;
    peakLoadVcpus: number;
    autoscalerTargetPct: number;
  };
  /** The seed's formulas as applied, for review. */
  formulas: string[];
  risks: string[];
  /** Program arguments to change; a lock entry alone does not hold while these differ. */
  edits: ProgramEdit[];
  /** Lock entries that realize the proposal (components only). */
  lock: { key: string; entry: ComputeLockEntry }[];
  /** A cheaper region or cloud for the proposed size, when it passes the thresholds. */
  migrations: Migration[];
}

/** p95 before and predicted after, against the target. */
export interface Figures {
  p95: number;
  p95After: number;
  /** The peak (largest maximum seen) predicted on the proposed size, percent. */
  maxAfter?: number;
  mean?: number;
  target: number;
  /** False when the export had no figure for it (memory kept at its size). */
  observed: boolean;
}

export interface OptimizeResult {
  items: Proposal[];
  totals: {
    currentMonthlyUsd: number;
    proposedMonthlyUsd: number;
    monthlySavingUsd: number;
    /** Saving over the current cost of the observed machines, percent. */
    savingPct: number;
  };
  /** Machines of the program with no observation. */
  unobserved: string[];
  notes: string[];
  settings: OptimizeSettings;
  source?: string;
}

/** What optimize reads: the program as recorded, its placements and the observations. */
export interface OptimizeInput {
  resources: readonly RecordedResource[];
  priced: readonly PricedResource[];
  ledger: readonly PlacedThing[];
  catalog: Catalog;
  /** The stack config (`lepton-multicloud:clouds`, provider regions). */
  config: Record<string, string>;
  observations: ObservedUtilizationFile;
  /** The file(s) the observations came from, for messages. */
  origin: string;
}

const VM_TYPE = "lepton-multicloud:index:MultiCloudVm";
const POOL_TYPE = "lepton-multicloud:index:BalancedPool";
const STACK_TYPE = "pulumi:pulumi:Stack";

/** Raw machine types and where each keeps its size, image and data disks. */
const RAW: Record<string, { label: string; sizeArg: string; size: (p: Record<string, unknown>) => unknown }> =
  {
    "aws:ec2/instance:Instance": {
      label: "aws.ec2.Instance",
      sizeArg: "instanceType",
      size: (p) => p.instanceType,
    },
    "azure-native:compute:VirtualMachine": {
      label: "azure-native.compute.VirtualMachine",
      sizeArg: "hardwareProfile.vmSize",
      size: (p) => (p.hardwareProfile as Record<string, unknown> | undefined)?.vmSize,
    },
    "gcp:compute/instance:Instance": {
      label: "gcp.compute.Instance",
      sizeArg: "machineType",
      size: (p) => (typeof p.machineType === "string" ? p.machineType.split("/").pop() : p.machineType),
    },
  };

/** Labels of the raw machine types, for people. */
export const RAW_LABELS: Record<string, string> = Object.fromEntries(
  Object.entries(RAW).map(([type, r]) => [type, r.label]),
);

const cents = (x: number) => Math.round(x * 100) / 100;
const pct1 = (x: number) => Math.round(x * 10) / 10;
const fmt = (x: number) => String(Math.round(x * 100) / 100);

interface Observed {
  cpu?: ObservedUtilization;
  memory?: ObservedUtilization;
  matchedBy: string[];
}

/** A machine optimize can size: a MultiCloudVm, a pool (with members) or a raw instance. */
type Subject =
  | { kind: "MultiCloudVm"; key: string; r: RecordedResource; unit: ResolvedComputeUnit; placed: PlacedThing }
  | {
      kind: "BalancedPool";
      key: string;
      r: RecordedResource;
      unit: ResolvedComputeUnit;
      scaling: Capacity & { targetCpuUtilization: number };
      members: {
        index: number;
        placed: PlacedThing;
        weight: number;
        pinnedType?: string;
        capacity: Capacity;
      }[];
    }
  | {
      kind: "raw";
      key: string;
      r: RecordedResource;
      cloud: PublicCloud;
      region: string;
      spec: InstanceType;
      count: number;
    };

/** The lock key of a component: its name after the names of the components above it. */
export function lockKeyOf(r: RecordedResource, get: (urn: string) => RecordedResource | undefined): string {
  const path = [r.name];
  for (
    let p = r.parent ? get(r.parent) : undefined;
    p && p.type !== STACK_TYPE;
    p = p.parent ? get(p.parent) : undefined
  )
    path.unshift(p.name);
  return path.join("/");
}

const isPublic = (c: unknown): c is PublicCloud => (PUBLIC_CLOUDS as readonly unknown[]).includes(c);

function machineOf(
  catalog: Catalog,
  cloud: PublicCloud,
  region: string,
  type: string,
  count: number,
): Machine | undefined {
  const spec = catalog.instanceType(cloud, type);
  const offer = catalog.offer(cloud, region, type);
  if (!spec || !offer) return undefined;
  return {
    cloud,
    region,
    instanceType: type,
    arch: spec.arch,
    vcpus: spec.vcpus,
    memoryGiB: spec.memoryGiB,
    count,
    hourlyUsd: offer.hourlyUsd,
    monthlyUsd: cents(offer.hourlyUsd * HOURS_PER_MONTH * count),
  };
}

const sum = (ms: readonly Machine[]) => cents(ms.reduce((s, m) => s + m.monthlyUsd, 0));

/** The machines of the program optimize can size, by the resource that stands for each. */
function subjectsOf(input: OptimizeInput, notes: string[]): Map<string, Subject> {
  const byUrn = new Map(input.resources.map((r) => [r.urn, r]));
  const get = (u: string) => byUrn.get(u);
  const ledger = new Map(input.ledger.filter((t) => !isStorageEntry(t.current)).map((t) => [t.key, t]));
  const out = new Map<string, Subject>();
  const unitOf = (r: RecordedResource): ResolvedComputeUnit | undefined => {
    try {
      return validateComputeUnit(r.inputs.unit);
    } catch {
      return undefined;
    }
  };
  for (const r of input.resources) {
    if (r.type === VM_TYPE) {
      const key = lockKeyOf(r, get);
      const placed = ledger.get(key);
      const unit = unitOf(r);
      if (!placed || !unit) {
        notes.push(`${key}: on Kubernetes (or not placed): its pod's requests are the unit; not sized here`);
        continue;
      }
      out.set(r.urn, { kind: "MultiCloudVm", key, r, unit, placed });
    } else if (r.type === POOL_TYPE) {
      const key = lockKeyOf(r, get);
      const unit = unitOf(r);
      const s = r.inputs.scaling as Record<string, unknown> | undefined;
      const placements = r.inputs.placements as Record<string, unknown>[] | undefined;
      const spread = r.inputs.spread as { count?: number } | undefined;
      const count = placements?.length ?? spread?.count ?? 0;
      const weights = placements
        ? placements.map((p) => Number(p.weight))
        : Array.from({ length: count }, () => 1);
      const members = Array.from({ length: count }, (_, i) => ({ i, placed: ledger.get(`${key}[${i}]`) }));
      if (!unit || !s || members.some((m) => !m.placed)) {
        notes.push(`${key}: a pool with Kubernetes members (or not placed): not sized here`);
        continue;
      }
      const scaling = {
        min: Number(s.min),
        desired: Number(s.desired ?? s.min),
        max: Number(s.max),
        targetCpuUtilization: typeof s.targetCpuUtilization === "number" ? s.targetCpuUtilization : 0.6,
      };
      const caps = splitCapacity(scaling, weights);
      out.set(r.urn, {
        kind: "BalancedPool",
        key,
        r,
        unit,
        scaling,
        members: members.map((m) => ({
          index: m.i,
          placed: m.placed!,
          weight: weights[m.i],
          capacity: caps[m.i],
          ...(typeof placements?.[m.i]?.instanceType === "string"
            ? { pinnedType: placements[m.i].instanceType as string }
            : {}),
        })),
      });
    }
  }
  for (const p of input.priced) {
    const raw = RAW[p.resource.type];
    if (!raw || hasLeptonAncestor(p.resource, get)) continue;
    const type = raw.size(p.resource.inputs);
    const cloud = p.cloud;
    if (typeof type !== "string" || type === UNKNOWN || !isPublic(cloud) || !p.region) continue;
    const spec = input.catalog.instanceType(cloud, type);
    if (!spec) continue;
    const count = p.price.priced ? Math.max(1, p.price.count ?? 1) : 1;
    out.set(p.resource.urn, {
      kind: "raw",
      key: p.resource.name,
      r: p.resource,
      cloud,
      region: p.region,
      spec,
      count,
    });
  }
  return out;
}

function hasLeptonAncestor(r: RecordedResource, get: (u: string) => RecordedResource | undefined): boolean {
  for (let p = r.parent ? get(r.parent) : undefined; p; p = p.parent ? get(p.parent) : undefined)
    if (p.type.startsWith("lepton-multicloud:index:")) return true;
  return false;
}

/** The nearest subject at or above a resource. */
function subjectAbove(
  r: RecordedResource,
  subjects: Map<string, Subject>,
  get: (u: string) => RecordedResource | undefined,
): Subject | undefined {
  for (let p: RecordedResource | undefined = r; p; p = p.parent ? get(p.parent) : undefined) {
    const s = subjects.get(p.urn);
    if (s) return s;
  }
  return undefined;
}

/** Where each observation lands; unmatched ones are an error (or notes with ignoreUnmatched). */
function assign(
  input: OptimizeInput,
  subjects: Map<string, Subject>,
  settings: OptimizeSettings,
  notes: string[],
): { bySubject: Map<string, Observed>; byMember: Map<string, Observed> } {
  const byUrn = new Map(input.resources.map((r) => [r.urn, r]));
  const get = (u: string) => byUrn.get(u);
  const aliases = new Map<string, string[]>();
  for (const s of subjects.values()) if (s.kind !== "raw") aliases.set(s.r.urn, [s.key]);
  const bySubject = new Map<string, Observed>();
  const byMember = new Map<string, Observed>();
  const problems: string[] = [];
  const add = (target: Map<string, Observed>, k: string, e: ObservedUtilization, where: string) => {
    const o = target.get(k) ?? { matchedBy: [] };
    for (const metric of ["cpu", "memory"] as const) {
      if (e[`${metric}P95`] === undefined) continue;
      const before = o[metric];
      if (before && before !== e)
        problems.push(
          `${where} (${describeSelector(e)}): gives ${metric} for ${k.replace(/^.*::/, "")}, which ${before.origin ?? describeSelector(before)} gives too; keep one observation per metric and machine`,
        );
      o[metric] = e;
    }
    o.matchedBy.push(describeSelector(e));
    target.set(k, o);
  };
  const pools = [...subjects.values()].filter((s) => s.kind === "BalancedPool");
  input.observations.resources.forEach((e, i) => {
    const where = e.origin ?? `${input.origin} resources[${i}]`;
    // One pool member by its lock key, `web[0]`.
    const member = e.name !== undefined ? /^(.*)\[(\d+)\]$/.exec(e.name) : null;
    const pool = member ? pools.find((p) => p.key === member[1]) : undefined;
    if (member && pool && pool.kind === "BalancedPool" && pool.members[Number(member[2])]) {
      add(byMember, e.name!, e, where);
      return;
    }
    const hits = new Set<Subject>();
    const others: RecordedResource[] = [];
    for (const r of input.resources) {
      if (r.type === STACK_TYPE || r.type.startsWith("pulumi:providers:")) continue;
      if (
        !observationMatches(e, {
          name: r.name,
          type: r.type,
          props: r.inputs,
          ...(r.outputs ? { outputs: r.outputs } : {}),
          aliases: aliases.get(r.urn) ?? [],
        })
      )
        continue;
      const s = subjectAbove(r, subjects, get);
      if (s) hits.add(s);
      else others.push(r);
    }
    if (hits.size === 0) {
      const why =
        others.length > 0
          ? `matches ${others
              .slice(0, 3)
              .map((r) => `${r.name} (${r.type})`)
              .join(
                ", ",
              )}, which lepton-mc optimize does not size (machines: MultiCloudVm, BalancedPool, EC2, Azure and GCP instances)`
          : "matches no resource of the program";
      const fix =
        e.resourceId !== undefined
          ? `the cloud's ids are not known offline: when importing, map it to a Pulumi name with --map ({ ${JSON.stringify(e.resourceId)}: "<name>" }), or import an inventory of machines tagged lepton:component (aws ec2 describe-instances, az vm list, gcloud compute instances list)`
          : e.name !== undefined
            ? `use a Pulumi name of the program (a MultiCloudVm or BalancedPool by its component name or lock key, a raw instance by its name): ${[
                ...subjects.values(),
              ]
                .slice(0, 8)
                .map((s) => s.key)
                .join(", ")}${subjects.size > 8 ? " …" : ""}`
            : "no machine of the program carries this tag: check the key and value";
      if (settings.ignoreUnmatched) notes.push(`ignored: ${where} (${describeSelector(e)}) ${why}`);
      else problems.push(`${where} (${describeSelector(e)}): ${why}; ${fix}`);
      return;
    }
    if (hits.size > 1)
      notes.push(
        `${describeSelector(e)} matches ${hits.size} machines (${[...hits].map((s) => s.key).join(", ")}): each is sized on the same figures`,
      );
    for (const s of hits) add(bySubject, s.r.urn, e, where);
  });
  if (problems.length > 0)
    throw new UsageError(
      problems.length === 1
        ? `--utilization: ${problems[0]}`
        : `--utilization: ${problems.length} problems:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
  return { bySubject, byMember };
}

/** Whether a family of images has an arm64 build (components/shared/images.ts knows each one's). */
function imageHasArm64(family: ImageFamily): boolean {
  try {
    return Boolean(azureImageReference(family, "arm64") && gcpImage(family, "arm64"));
  } catch {
    return false;
  }
}

/** The image family a raw Azure or GCP machine boots, when it is one of ours (Canonical, Debian). */
function rawImageFamily(r: RecordedResource): ImageFamily | undefined {
  if (r.type === "azure-native:compute:VirtualMachine") {
    const ref = ((r.inputs.storageProfile as Record<string, unknown> | undefined)?.imageReference ??
      {}) as Record<string, unknown>;
    return IMAGE_FAMILIES.find((f) => {
      const x = azureImageReference(f, "x86_64");
      return x.publisher === ref.publisher && x.offer === ref.offer && x.sku === ref.sku;
    });
  }
  if (r.type === "gcp:compute/instance:Instance") {
    const image = (
      (r.inputs.bootDisk as Record<string, unknown> | undefined)?.initializeParams as
        Record<string, unknown> | undefined
    )?.image;
    return IMAGE_FAMILIES.find((f) => gcpImage(f, "x86_64") === image);
  }
  return undefined;
}

/** The data disks a raw machine has (their contents do not follow a replacement). */
function dataDisks(r: RecordedResource): number {
  const p = r.inputs;
  const n = (v: unknown) => (Array.isArray(v) ? v.length : 0);
  return (
    n(p.ebsBlockDevices) +
    n((p.storageProfile as Record<string, unknown> | undefined)?.dataDisks) +
    n(p.attachedDisks)
  );
}

/** The cheapest type in one place that gives `need`, over the archs allowed. */
function cheapestFit(
  need: { vcpus: number; memoryGiB: number },
  base: ResolvedComputeUnit,
  where: { cloud: PublicCloud; region: string; burstable: boolean; families?: string[] },
  archs: Arch[],
  catalog: Catalog,
): Placement | undefined {
  let best: Placement | undefined;
  for (const arch of archs) {
    try {
      const p = placeValidated(
        { ...base, vcpus: need.vcpus, memoryGiB: need.memoryGiB, arch },
        {
          cloud: where.cloud,
          region: where.region,
          allowBurstable: where.burstable,
          ...(where.families ? { families: where.families } : {}),
          alternatives: 0,
        },
        catalog,
      );
      if (!best || p.instanceHourlyUsd < best.instanceHourlyUsd - 1e-9) best = p;
    } catch (e) {
      if (!(e instanceof PlacementError)) throw e;
    }
  }
  return best;
}

/**
 * The smallest pool total (at least `from`) whose largest-remainder split over the weights gives
 * every member at least its need.
 */
function smallestCovering(need: readonly number[], weights: readonly number[], from = 0): number {
  let total = Math.max(
    from,
    need.reduce((t, n) => t + n, 0),
  );
  for (let guard = 0; guard < 100000; guard++, total++) {
    const split = largestRemainder(total, weights);
    if (split.every((x, i) => x >= need[i])) return total;
  }
  return total;
}

/** Sizing of one machine from its observation: what it needs at the targets, and the figures after. */
interface Need {
  vcpus: number;
  memoryGiB: number;
  cpuUsed: number;
  memUsed?: number;
  measured: InstanceType;
  formulas: string[];
  risks: string[];
}

function needOf(
  obs: Observed,
  measured: InstanceType,
  keepMemoryGiB: number,
  settings: OptimizeSettings,
): Need | undefined {
  const cpu = obs.cpu?.cpuP95;
  const mem = obs.memory?.memoryP95;
  if (cpu === undefined && mem === undefined) return undefined;
  const formulas: string[] = [];
  const risks: string[] = [];
  const g = settings.growthRate;
  // Without a CPU figure the vCPUs stay; without a memory figure the memory does.
  const cpuUsed =
    cpu !== undefined ? (cpu / 100) * measured.vcpus : measured.vcpus * (settings.cpuTargetPct / 100);
  const cpuScaled = scaledSize(cpuUsed, g);
  const vcpus = cpu !== undefined ? cpuScaled / (settings.cpuTargetPct / 100) : measured.vcpus;
  if (cpu !== undefined) {
    formulas.push(
      `utilization (seed §4.1): p95 ${fmt(cpu)} % of ${measured.vcpus} vCPU = ${fmt(cpuUsed)} vCPU used`,
      `scaled size (seed §4.3): ${fmt(cpuUsed)} × (1 + ${g}) = ${fmt(cpuScaled)} vCPU; at ${settings.cpuTargetPct} % that needs ${fmt(vcpus)} vCPU`,
    );
  } else risks.push(`CPU not observed: kept at ${measured.vcpus} vCPU`);
  let memUsed: number | undefined;
  let memoryGiB = keepMemoryGiB;
  if (mem !== undefined) {
    memUsed = (mem / 100) * measured.memoryGiB;
    memoryGiB = scaledSize(memUsed, g) / (settings.memoryTargetPct / 100);
    formulas.push(
      `memory: p95 ${fmt(mem)} % of ${measured.memoryGiB} GiB = ${fmt(memUsed)} GiB used; at ${settings.memoryTargetPct} % that needs ${fmt(memoryGiB)} GiB`,
    );
  } else risks.push(`memory not observed: kept at ${keepMemoryGiB} GiB`);
  return {
    vcpus,
    memoryGiB,
    cpuUsed,
    ...(memUsed !== undefined ? { memUsed } : {}),
    measured,
    formulas,
    risks,
  };
}

/** Whole vCPUs and GiB, as a person declares a unit (at least 1 of each). */
const wholeUnit = (n: { vcpus: number; memoryGiB: number }) => ({
  vcpus: Math.max(1, Math.ceil(n.vcpus - 1e-9)),
  memoryGiB: Math.max(1, Math.ceil(n.memoryGiB - 1e-9)),
});

function figures(
  obs: Observed,
  need: Need,
  after: { vcpus: number; memoryGiB: number },
  settings: OptimizeSettings,
): { cpu?: Figures; memory?: Figures } {
  const out: { cpu?: Figures; memory?: Figures } = {};
  const c = obs.cpu;
  if (c?.cpuP95 !== undefined) {
    const maxUsed = c.cpuMax !== undefined ? (c.cpuMax / 100) * need.measured.vcpus : undefined;
    out.cpu = {
      p95: c.cpuP95,
      p95After: pct1(utilization(need.cpuUsed, after.vcpus) * 100),
      ...(maxUsed !== undefined ? { maxAfter: pct1(utilization(maxUsed, after.vcpus) * 100) } : {}),
      ...(c.cpuMean !== undefined ? { mean: c.cpuMean } : {}),
      target: settings.cpuTargetPct,
      observed: true,
    };
  }
  const m = obs.memory;
  if (m?.memoryP95 !== undefined && need.memUsed !== undefined)
    out.memory = {
      p95: m.memoryP95,
      p95After: pct1(utilization(need.memUsed, after.memoryGiB) * 100),
      ...(m.memoryMean !== undefined ? { mean: m.memoryMean } : {}),
      target: settings.memoryTargetPct,
      observed: true,
    };
  return out;
}

/** Risk notes every proposal shares: few samples, gaps, peaks above target, measured elsewhere. */
function commonRisks(
  obs: Observed,
  f: { cpu?: Figures; memory?: Figures },
  settings: OptimizeSettings,
  current: InstanceType,
): string[] {
  const risks: string[] = [];
  const entries = [obs.cpu, obs.memory].filter((e): e is ObservedUtilization => e !== undefined);
  const samples = Math.min(...entries.map((e) => e.samples ?? Infinity));
  if (Number.isFinite(samples) && samples < settings.minSamples)
    risks.push(
      `few samples: ${samples} (fewer than ${settings.minSamples}); the period may have missed peaks`,
    );
  if (!Number.isFinite(samples))
    risks.push("sample count unknown: the observation does not say how many samples it had");
  for (const e of new Set(entries))
    for (const w of e.warnings ?? []) if (/no sample/.test(w)) risks.push(`gaps: ${w}`);
  if (f.cpu && f.cpu.p95 > settings.cpuTargetPct)
    risks.push(`p95 CPU ${f.cpu.p95} % is above the ${settings.cpuTargetPct} % target now`);
  if (f.memory && f.memory.p95 > settings.memoryTargetPct)
    risks.push(`p95 memory ${f.memory.p95} % is above the ${settings.memoryTargetPct} % target now`);
  if (f.cpu?.maxAfter !== undefined && f.cpu.maxAfter > settings.cpuTargetPct)
    risks.push(
      f.cpu.maxAfter > 100
        ? `peak above target: the highest load seen would need ${f.cpu.maxAfter} % of the proposed size; it would be throttled then`
        : `peak above target: the highest load seen would run the proposed size at ${f.cpu.maxAfter} %`,
    );
  const measured = entries.find((e) => e.instanceType)?.instanceType;
  if (measured && measured !== current.name)
    risks.push(`measured on ${measured}, scaled to ${current.name}'s size`);
  return risks;
}

/** Migration candidate of a component's proposed size: today's cheapest place under its own constraints. */
function migrationFor(
  key: string,
  kind: string,
  unit: ResolvedComputeUnit,
  args: PlacementConstraints,
  from: Placement,
  count: number,
  input: OptimizeInput,
  settings: OptimizeSettings,
): Migration | undefined {
  if ((args.cloud !== undefined && args.region !== undefined) || args.instanceType !== undefined)
    return undefined;
  const constraints: PlacementConstraints = { ...args, alternatives: 0 };
  if (!args.cloud && !args.clouds) constraints.clouds = stackClouds(input.config);
  if (!args.region && !args.regions) {
    const configured = providerRegions(input.config);
    const scope: PublicCloud[] = args.cloud
      ? [args.cloud as PublicCloud]
      : (constraints.clouds ?? [...PUBLIC_CLOUDS]);
    const inGeo = (cloud: PublicCloud, name: string) =>
      !args.geography || input.catalog.region(cloud, name)?.geography === args.geography;
    const regions = scope.flatMap((cloud) => {
      const r = configured[cloud];
      return r && input.catalog.region(cloud, r)
        ? [r].filter((n) => inGeo(cloud, n))
        : input.catalog
            .regions(cloud)
            .map((x) => x.name)
            .filter((n) => inGeo(cloud, n));
    });
    if (Object.keys(configured).length > 0 && regions.length > 0) constraints.regions = regions;
  }
  let best: Placement;
  try {
    best = placeValidated(unit, constraints, input.catalog);
  } catch (e) {
    if (e instanceof PlacementError) return undefined;
    throw e;
  }
  if (best.cloud === from.cloud && best.region === from.region) return undefined;
  const saving = cents((from.monthlyUsd - best.monthlyUsd) * count);
  const fromMonthly = from.monthlyUsd * count;
  const m: Migration = {
    key,
    kind,
    from: entryOf(from, input.catalog),
    to: entryOf(best, input.catalog),
    monthlySavingUsd: saving,
    savingPct: fromMonthly > 0 ? Math.round((saving / fromMonthly) * 1000) / 10 : 0,
    stateful: false,
  };
  return saving > 0 && isCandidate(m, settings.thresholds) ? m : undefined;
}

/** `lepton-multicloud:clouds` of the stack, as the components read it. */
function stackClouds(config: Record<string, string>): PublicCloud[] {
  const raw = config["lepton-multicloud:clouds"];
  if (!raw) return [...PUBLIC_CLOUDS];
  const list = raw.trim().startsWith("[")
    ? (JSON.parse(raw) as string[])
    : raw.split(",").map((s) => s.trim());
  return list.filter(isPublic);
}

/** The regions the stack's default providers are configured for, as the components read them. */
function providerRegions(config: Record<string, string>): Partial<Record<PublicCloud, string>> {
  const out: Partial<Record<PublicCloud, string>> = {};
  if (config["aws:region"]) out.aws = config["aws:region"];
  if (config["azure-native:location"]) out.azure = azureLocation(config["azure-native:location"]);
  const zone = config["gcp:zone"];
  const gcp = config["gcp:region"] ?? (zone ? regionOfZone(zone) : undefined);
  if (gcp) out.gcp = gcp;
  return out;
}

function entryOf(p: Placement | Machine, catalog: Catalog): ComputeLockEntry {
  const hourly = "instanceHourlyUsd" in p ? p.instanceHourlyUsd : p.hourlyUsd;
  return {
    cloud: p.cloud as PublicCloud,
    region: p.region,
    instanceType: p.instanceType,
    arch: p.arch,
    hourlyUsd: hourly,
    catalogDate: catalog.data.readOn,
  };
}

const machineOfPlacement = (p: Placement, count: number): Machine => ({
  cloud: p.cloud as PublicCloud,
  region: p.region,
  instanceType: p.instanceType,
  arch: p.arch,
  vcpus: p.vcpus,
  memoryGiB: p.memoryGiB,
  count,
  hourlyUsd: p.instanceHourlyUsd,
  monthlyUsd: cents(p.instanceHourlyUsd * HOURS_PER_MONTH * count),
});

function archsFor(
  unitArch: Arch,
  image: ImageFamily | undefined,
  gpu: boolean,
  settings: OptimizeSettings,
): Arch[] {
  const archs: Arch[] = [unitArch];
  if (settings.arm64 && unitArch !== "arm64" && !gpu && image !== undefined && imageHasArm64(image))
    archs.push("arm64");
  return archs;
}

function action(current: Machine[], proposed: Machine[], saving: number): Proposal["action"] {
  const sameTypes = current.every((c, i) => c.instanceType === proposed[i]?.instanceType);
  const sameCounts = current.every((c, i) => c.count === proposed[i]?.count);
  if (sameTypes && sameCounts) return "keep";
  if (saving < 0) return "upsize";
  return sameTypes ? "rescale" : "resize";
}

/** Edits of a component's unit for a proposed type to fit it (a lock entry must fit the unit). */
function unitEdits(
  who: string,
  unit: ResolvedComputeUnit,
  proposed: { vcpus: number; memoryGiB: number; arch: string },
): ProgramEdit[] {
  const edits: ProgramEdit[] = [];
  if (proposed.vcpus < unit.vcpus)
    edits.push({ resource: who, arg: "unit.vcpus", from: unit.vcpus, to: proposed.vcpus });
  if (proposed.memoryGiB < unit.memoryGiB)
    edits.push({ resource: who, arg: "unit.memoryGiB", from: unit.memoryGiB, to: proposed.memoryGiB });
  if (proposed.arch !== unit.arch)
    edits.push({ resource: who, arg: "unit.arch", from: unit.arch, to: proposed.arch });
  return edits;
}

function sizeVm(
  s: Extract<Subject, { kind: "MultiCloudVm" }>,
  obs: Observed,
  input: OptimizeInput,
  settings: OptimizeSettings,
): Proposal | string {
  const cur = s.placed.current as ComputeLockEntry;
  const current = machineOf(input.catalog, cur.cloud, cur.region, cur.instanceType, 1);
  if (!current) return `${s.key}: ${describeEntry(cur)} is not in the catalog; not sized`;
  const spec = input.catalog.instanceType(cur.cloud, cur.instanceType)!;
  const measured = measuredType(obs, cur.cloud, input.catalog) ?? spec;
  const need = needOf(obs, measured, s.unit.memoryGiB, settings);
  if (!need) return `${s.key}: the observation has neither cpuP95 nor memoryP95`;
  const unit = { ...s.unit, ...wholeUnit(need), ...(s.unit.gpu ? { gpu: s.unit.gpu } : {}) };
  const args = (s.r.inputs.placement ?? {}) as PlacementConstraints;
  const archs = archsFor(s.unit.arch, s.unit.image, Boolean(s.unit.gpu), settings);
  const fit = cheapestFit(
    unit,
    unit,
    {
      cloud: cur.cloud,
      region: cur.region,
      burstable: spec.category === "burstable",
      ...(args.families ? { families: args.families } : {}),
    },
    archs,
    input.catalog,
  );
  if (!fit)
    return `${s.key}: needs ${unit.vcpus} vCPU and ${unit.memoryGiB} GiB at the targets (now ${describeEntry(cur)}), and no type the catalog offers in ${cur.cloud} ${cur.region} is that large; not sized`;
  const proposed = machineOfPlacement(fit, 1);
  const who = `MultiCloudVm "${s.r.name}"`;
  // A pinned type wins over the lock (the entry would be stale): the program's arg is what changes.
  const pinned = args.instanceType !== undefined;
  const edits = [
    ...(pinned && fit.instanceType !== args.instanceType
      ? [{ resource: who, arg: "placement.instanceType", from: args.instanceType, to: fit.instanceType }]
      : []),
    ...unitEdits(who, s.unit, fit),
  ];
  const f = figures(obs, need, proposed, settings);
  const risks = [...need.risks, ...commonRisks(obs, f, settings, spec)];
  if (fit.arch !== cur.arch)
    risks.push(
      `arm64: a new machine from the ${s.unit.image} arm64 image replaces this one (its ${s.unit.diskGiB} GiB boot disk is not carried over); your software must run on arm64`,
    );
  const saving = cents(current.monthlyUsd - proposed.monthlyUsd);
  const migration = migrationFor(
    s.key,
    "MultiCloudVm",
    { ...unit, arch: fit.arch as Arch },
    args,
    fit,
    1,
    input,
    settings,
  );
  if (migration)
    risks.push(
      `migration candidate: moving replaces the machine; its ${s.unit.diskGiB} GiB boot disk is not carried over`,
    );
  return {
    key: s.key,
    kind: "MultiCloudVm",
    urn: s.r.urn,
    action: action([current], [proposed], saving),
    current: [current],
    proposed: [proposed],
    currentMonthlyUsd: current.monthlyUsd,
    proposedMonthlyUsd: proposed.monthlyUsd,
    monthlySavingUsd: saving,
    savingPct: current.monthlyUsd > 0 ? pct1((saving / current.monthlyUsd) * 100) : 0,
    ...f,
    ...expected(s.r),
    observation: observationOf(obs, measured),
    formulas: need.formulas,
    risks,
    edits,
    lock:
      fit.instanceType === cur.instanceType || pinned
        ? []
        : [{ key: s.key, entry: entryOf(fit, input.catalog) }],
    migrations: migration ? [migration] : [],
  };
}

function measuredType(obs: Observed, cloud: PublicCloud, catalog: Catalog): InstanceType | undefined {
  const t = obs.cpu?.instanceType ?? obs.memory?.instanceType;
  return t ? catalog.instanceType(cloud, t) : undefined;
}

function observationOf(obs: Observed, measured: InstanceType): Proposal["observation"] {
  const e = obs.cpu ?? obs.memory!;
  return {
    matchedBy: [...new Set(obs.matchedBy)],
    ...(e.samples !== undefined ? { samples: e.samples } : {}),
    ...(e.periodSeconds !== undefined ? { periodSeconds: e.periodSeconds } : {}),
    ...(e.instances !== undefined ? { instances: e.instances } : {}),
    measuredOn: measured.name,
    ...(e.origin ? { origin: e.origin } : {}),
  };
}

/** The utilization a component declares (`expectedUtilization`, a fraction), in percent. */
function expected(r: RecordedResource): { expectedPct?: number } {
  const e = r.inputs.expectedUtilization;
  return typeof e === "number" && e > 0 && e <= 1 ? { expectedPct: pct1(e * 100) } : {};
}

function sizePool(
  s: Extract<Subject, { kind: "BalancedPool" }>,
  poolObs: Observed | undefined,
  memberObs: (i: number) => Observed | undefined,
  input: OptimizeInput,
  settings: OptimizeSettings,
): Proposal | string {
  const who = `BalancedPool "${s.r.name}"`;
  const current: Machine[] = [];
  const specs: InstanceType[] = [];
  for (const m of s.members) {
    const cur = m.placed.current as ComputeLockEntry;
    const mach = machineOf(input.catalog, cur.cloud, cur.region, cur.instanceType, m.capacity.desired);
    if (!mach) return `${s.key}[${m.index}]: ${describeEntry(cur)} is not in the catalog; not sized`;
    current.push(mach);
    specs.push(input.catalog.instanceType(cur.cloud, cur.instanceType)!);
  }
  // Per member: its own observation, else the pool's. The pool's unit must fit every member's type.
  const obsOf = s.members.map((m) => memberObs(m.index) ?? poolObs);
  if (obsOf.every((o) => !o)) return `${s.key}: no observation`;
  const needs = s.members.map((m, i) =>
    obsOf[i]
      ? needOf(
          obsOf[i]!,
          measuredType(obsOf[i]!, current[i].cloud, input.catalog) ?? specs[i],
          s.unit.memoryGiB,
          settings,
        )
      : undefined,
  );
  if (needs.some((n) => !n))
    return `${s.key}: some members have no observation; give one for the pool, or one per member (${s.key}[0] …)`;
  const unitNeed = wholeUnit({
    vcpus: Math.max(...needs.map((n) => n!.vcpus)),
    memoryGiB: Math.max(...needs.map((n) => n!.memoryGiB)),
  });
  const unit = { ...s.unit, ...unitNeed };
  const archs = archsFor(s.unit.arch, s.unit.image, Boolean(s.unit.gpu), settings);
  // One arch for the whole pool (one unit): the cheaper over all members at the current counts.
  let fits: Placement[] | undefined;
  let fitsCost = Infinity;
  for (const arch of archs) {
    const f = s.members.map((m, i) =>
      cheapestFit(
        unit,
        unit,
        {
          cloud: current[i].cloud,
          region: current[i].region,
          burstable: specs[i].category === "burstable",
        },
        [arch],
        input.catalog,
      ),
    );
    if (f.some((p) => !p)) continue;
    const cost = f.reduce(
      (t, p, i) => t + (p ? p.instanceHourlyUsd : current[i].hourlyUsd) * s.members[i].capacity.desired,
      0,
    );
    if (cost < fitsCost - 1e-9) {
      fits = f as Placement[];
      fitsCost = cost;
    }
  }
  if (!fits)
    return `${s.key}: its instances need ${unit.vcpus} vCPU and ${unit.memoryGiB} GiB at the targets, and no type the catalog offers is that large in every member's region; not sized`;
  const after = fits;

  // Counts from observed load (seed §4.2 balanced load; §4.3 scaled size).
  const formulas: string[] = [];
  const desired = s.members.map((m) => m.capacity.desired);
  const n = s.members.reduce((t, m) => t + m.capacity.desired, 0);
  const instancesSeen = (poolObs?.cpu ?? poolObs?.memory)?.instances;
  const perInstance = (pick: (o: ObservedUtilization) => number | undefined, i: number) => {
    const o = obsOf[i]?.cpu;
    const v = o ? pick(o) : undefined;
    return v === undefined ? undefined : (v / 100) * needs[i]!.measured.vcpus;
  };
  const meanLoads = s.members.flatMap((m, i) =>
    Array.from({ length: desired[i] }, () => perInstance((o) => o.cpuMean ?? o.cpuP50 ?? o.cpuP95, i) ?? 0),
  );
  const peakLoads = s.members.flatMap((m, i) =>
    Array.from({ length: desired[i] }, () => perInstance((o) => o.cpuMax ?? o.cpuP95, i) ?? 0),
  );
  const meanPerInstance = n > 0 ? balancedLoad(meanLoads) : 0;
  const peakPerInstance = n > 0 ? balancedLoad(peakLoads) : 0;
  const counted = instancesSeen ?? n;
  const meanLoad = meanPerInstance * counted;
  const peakLoad = scaledSize(peakPerInstance * counted, settings.growthRate);
  formulas.push(
    `balanced load (seed §4.2): mean ${fmt(meanPerInstance)} vCPU per instance over ${counted} instance(s) = ${fmt(meanLoad)} vCPU`,
    `scaled size (seed §4.3): peak ${fmt(peakPerInstance * counted)} vCPU × (1 + ${settings.growthRate}) = ${fmt(peakLoad)} vCPU`,
  );
  // Weighted DNS gives each member its weight's share of the load, and a member never runs more
  // than its share of max: each member's counts must carry its own share (per member, then the
  // smallest pool totals whose largest-remainder split gives every member at least that).
  const weights = s.members.map((m) => m.weight);
  const weightSum = weights.reduce((t, w) => t + w, 0);
  const share = weights.map((w) => w / weightSum);
  const a = s.scaling.targetCpuUtilization;
  const t = settings.cpuTargetPct / 100;
  const needMin = after.map((p, i) =>
    Math.max(s.scaling.min > 0 ? 1 : 0, Math.ceil((meanLoad * share[i]) / (p.vcpus * a) - 1e-9)),
  );
  const needMax = after.map((p, i) =>
    Math.max(1, needMin[i], Math.ceil((peakLoad * share[i]) / (p.vcpus * t) - 1e-9)),
  );
  const min = smallestCovering(needMin, weights);
  const max = smallestCovering(needMax, weights, min);
  const desiredAfter = min;
  formulas.push(
    `per member (its weight's share of the load): min ⌈mean share / (vCPU × autoscaler target ${a})⌉ = ${needMin.join(", ")}; max ⌈peak share / (vCPU × ${settings.cpuTargetPct} %)⌉ = ${needMax.join(", ")}; pool min ${min}, max ${max}`,
  );
  for (const nd of needs) formulas.push(...nd!.formulas.slice(0, 1));
  const caps = splitCapacity({ min, desired: desiredAfter, max }, weights);
  const proposed = s.members.map((m, i) =>
    fits![i]
      ? machineOfPlacement(fits![i], caps[i].desired)
      : {
          ...current[i],
          count: caps[i].desired,
          monthlyUsd: cents(current[i].hourlyUsd * HOURS_PER_MONTH * caps[i].desired),
        },
  );
  const curTotal = sum(current);
  const propTotal = sum(proposed);
  const saving = cents(curTotal - propTotal);
  // The p95 after, per member: the autoscaler runs enough instances for the load at its target,
  // between the member's min and max; the busiest member is reported.
  const p95Load =
    balancedLoad(
      s.members.flatMap((m, i) =>
        Array.from({ length: desired[i] }, () => perInstance((o) => o.cpuP95, i) ?? 0),
      ),
    ) * counted;
  const worst = (load: number, atMax: boolean) =>
    Math.max(
      ...after.map((p, i) => {
        const l = load * share[i];
        const running = atMax
          ? caps[i].max
          : Math.min(caps[i].max, Math.max(caps[i].min, 1, Math.ceil(l / (p.vcpus * a) - 1e-9)));
        return utilization(l, Math.max(1, running) * p.vcpus) * 100;
      }),
    );
  const o0 = obsOf.find((o) => o?.cpu)?.cpu;
  const cpu: Figures | undefined = o0
    ? {
        p95: o0.cpuP95!,
        p95After: pct1(worst(p95Load, false)),
        ...(o0.cpuMax !== undefined ? { maxAfter: pct1(worst(peakPerInstance * counted, true)) } : {}),
        ...(o0.cpuMean !== undefined ? { mean: o0.cpuMean } : {}),
        target: settings.cpuTargetPct,
        observed: true,
      }
    : undefined;
  const memObs = obsOf.find((o) => o?.memory)?.memory;
  const memNeed = needs.find((nd) => nd!.memUsed !== undefined);
  const memory: Figures | undefined =
    memObs && memNeed
      ? {
          p95: memObs.memoryP95!,
          p95After: pct1(utilization(memNeed.memUsed!, Math.min(...after.map((p) => p.memoryGiB))) * 100),
          target: settings.memoryTargetPct,
          observed: true,
        }
      : undefined;
  const edits: ProgramEdit[] = [];
  const fitsAll = after.reduce(
    (acc, p, i) =>
      fits![i]
        ? {
            vcpus: Math.min(acc.vcpus, p.vcpus),
            memoryGiB: Math.min(acc.memoryGiB, p.memoryGiB),
            arch: p.arch,
          }
        : acc,
    { vcpus: Infinity, memoryGiB: Infinity, arch: s.unit.arch as string },
  );
  if (Number.isFinite(fitsAll.vcpus)) edits.push(...unitEdits(who, s.unit, fitsAll));
  s.members.forEach((m, i) => {
    if (m.pinnedType && fits![i].instanceType !== m.pinnedType)
      edits.push({
        resource: who,
        arg: `placements[${i}].instanceType`,
        from: m.pinnedType,
        to: fits![i].instanceType,
      });
  });
  if (min !== s.scaling.min) edits.push({ resource: who, arg: "scaling.min", from: s.scaling.min, to: min });
  if (desiredAfter !== s.scaling.desired)
    edits.push({ resource: who, arg: "scaling.desired", from: s.scaling.desired, to: desiredAfter });
  if (max !== s.scaling.max) edits.push({ resource: who, arg: "scaling.max", from: s.scaling.max, to: max });
  const lock = s.members.flatMap((m, i) =>
    fits![i] && fits![i].instanceType !== current[i].instanceType && !m.pinnedType
      ? [{ key: `${s.key}[${m.index}]`, entry: entryOf(fits![i], input.catalog) }]
      : [],
  );
  const risks: string[] = [];
  for (const nd of needs) for (const r of nd!.risks) if (!risks.includes(r)) risks.push(r);
  for (const [i, o] of obsOf.entries())
    if (o)
      for (const r of commonRisks(
        o,
        { ...(cpu ? { cpu } : {}), ...(memory ? { memory } : {}) },
        settings,
        specs[i],
      ))
        if (!risks.includes(r)) risks.push(r);
  if (instancesSeen === undefined)
    risks.push(`instances observed not given: taken as the pool's desired ${n}`);
  if (desiredAfter < s.scaling.desired)
    risks.push(
      "fewer instances: each carries more of the load; memory per instance is taken as independent of the count",
    );
  if (max === min)
    risks.push(`max equals min (${max}): the pool cannot scale out beyond the peak it was observed at`);
  if (after.some((p, i) => fits![i] && p.arch !== current[i].arch))
    risks.push(
      `arm64: new instances from the ${s.unit.image} arm64 image replace the members' instances; your software must run on arm64`,
    );
  const migrations = s.members.flatMap((m, i) => {
    if (!fits![i]) return [];
    const placements = s.r.inputs.placements as Record<string, unknown>[] | undefined;
    const spread = s.r.inputs.spread as { clouds?: PublicCloud[]; geography?: string } | undefined;
    const args: PlacementConstraints = placements
      ? {
          cloud: placements[i].cloud as PublicCloud,
          ...(typeof placements[i].region === "string" ? { region: placements[i].region as string } : {}),
        }
      : {
          ...(spread?.clouds ? { clouds: spread.clouds } : {}),
          ...(spread?.geography ? { geography: spread.geography as never } : {}),
        };
    const mig = migrationFor(
      `${s.key}[${m.index}]`,
      "BalancedPool member",
      { ...unit, arch: fits![i].arch as Arch },
      args,
      fits![i],
      caps[i].desired,
      input,
      settings,
    );
    return mig ? [mig] : [];
  });
  return {
    key: s.key,
    kind: "BalancedPool",
    urn: s.r.urn,
    action: action(current, proposed, saving),
    current,
    proposed,
    currentMonthlyUsd: curTotal,
    proposedMonthlyUsd: propTotal,
    monthlySavingUsd: saving,
    savingPct: curTotal > 0 ? pct1((saving / curTotal) * 100) : 0,
    ...(cpu ? { cpu } : {}),
    ...(memory ? { memory } : {}),
    ...expected(s.r),
    observation: observationOf(
      {
        matchedBy: obsOf.flatMap((o) => o?.matchedBy ?? []),
        ...(o0 ? { cpu: o0 } : {}),
        ...(memObs ? { memory: memObs } : {}),
      },
      specs[0],
    ),
    scaling: {
      min: [s.scaling.min, min],
      desired: [s.scaling.desired, desiredAfter],
      max: [s.scaling.max, max],
      meanLoadVcpus: cents(meanLoad),
      peakLoadVcpus: cents(peakLoad),
      autoscalerTargetPct: pct1(a * 100),
    },
    formulas,
    risks,
    edits,
    lock,
    migrations,
  };
}

function sizeRaw(
  s: Extract<Subject, { kind: "raw" }>,
  obs: Observed,
  input: OptimizeInput,
  settings: OptimizeSettings,
): Proposal | string {
  const current = machineOf(input.catalog, s.cloud, s.region, s.spec.name, s.count);
  if (!current) return `${s.key}: ${s.spec.name} has no price in ${s.cloud} ${s.region}; not sized`;
  const measured = measuredType(obs, s.cloud, input.catalog) ?? s.spec;
  const need = needOf(obs, measured, s.spec.memoryGiB, settings);
  if (!need) return `${s.key}: the observation has neither cpuP95 nor memoryP95`;
  const family = rawImageFamily(s.r);
  const base: ResolvedComputeUnit = {
    vcpus: 1,
    memoryGiB: 1,
    arch: s.spec.arch,
    ...(s.spec.gpuCount >= 1 ? { gpu: { count: Math.ceil(s.spec.gpuCount) } } : {}),
    diskGiB: COMPUTE_UNIT_DEFAULTS.diskGiB,
    diskClass: COMPUTE_UNIT_DEFAULTS.diskClass,
    image: family ?? COMPUTE_UNIT_DEFAULTS.image,
  };
  const archs = archsFor(s.spec.arch, family, s.spec.gpuCount > 0, settings);
  const fit = cheapestFit(
    { vcpus: need.vcpus, memoryGiB: need.memoryGiB },
    base,
    { cloud: s.cloud, region: s.region, burstable: s.spec.category === "burstable" },
    archs,
    input.catalog,
  );
  if (!fit) return `${s.key}: no catalog type in ${s.cloud} ${s.region} gives what it needs; not sized`;
  const proposed = machineOfPlacement(fit, s.count);
  const raw = RAW[s.r.type];
  const who = `${raw.label} "${s.r.name}"`;
  const edits: ProgramEdit[] =
    fit.instanceType === s.spec.name
      ? []
      : [{ resource: who, arg: raw.sizeArg, from: s.spec.name, to: fit.instanceType }];
  if (fit.arch !== s.spec.arch && family) {
    if (s.r.type === "azure-native:compute:VirtualMachine")
      edits.push({
        resource: who,
        arg: "storageProfile.imageReference.sku",
        from: azureImageReference(family, "x86_64").sku,
        to: azureImageReference(family, "arm64").sku,
      });
    else
      edits.push({
        resource: who,
        arg: "bootDisk.initializeParams.image",
        from: gcpImage(family, "x86_64"),
        to: gcpImage(family, "arm64"),
      });
  }
  const f = figures(obs, need, proposed, settings);
  const risks = [...need.risks, ...commonRisks(obs, f, settings, s.spec)];
  const disks = dataDisks(s.r);
  if (disks > 0 && fit.instanceType !== s.spec.name)
    risks.push(
      `data disk: ${disks} attached; the resize stops and starts the machine${fit.arch !== s.spec.arch ? ", and the arch change replaces it: move the data before" : ""}`,
    );
  if (fit.arch !== s.spec.arch)
    risks.push("arm64: a new boot disk from the arm64 image; your software must run on arm64");
  if (s.r.type === "aws:ec2/instance:Instance" && settings.arm64 && s.spec.arch !== "arm64")
    risks.push(
      "arm64 not proposed: the instance's AMI is an id, and whether it has an arm64 build is not known offline",
    );
  const saving = cents(current.monthlyUsd - proposed.monthlyUsd);
  return {
    key: s.key,
    kind: s.r.type,
    urn: s.r.urn,
    action: action([current], [proposed], saving),
    current: [current],
    proposed: [proposed],
    currentMonthlyUsd: current.monthlyUsd,
    proposedMonthlyUsd: proposed.monthlyUsd,
    monthlySavingUsd: saving,
    savingPct: current.monthlyUsd > 0 ? pct1((saving / current.monthlyUsd) * 100) : 0,
    ...f,
    observation: observationOf(obs, measured),
    formulas: need.formulas,
    risks,
    edits,
    lock: [],
    migrations: [],
  };
}

/**
 * Proposes, for every observed MultiCloudVm, BalancedPool and raw instance, the cheapest size that
 * keeps p95 at or below the targets (arm64 where the image has an arm64 build), a pool's
 * `scaling.min`/`max` from observed mean and peak, and cheaper regions or clouds as migration
 * candidates. Every observation must match something in the program.
 * @throws UsageError naming each observation that matches nothing (unless `ignoreUnmatched`).
 */
export function optimize(
  input: OptimizeInput,
  settings: OptimizeSettings = DEFAULT_OPTIMIZE_SETTINGS,
): OptimizeResult {
  const notes: string[] = [];
  const subjects = subjectsOf(input, notes);
  const { bySubject, byMember } = assign(input, subjects, settings, notes);
  const items: Proposal[] = [];
  const unobserved: string[] = [];
  for (const s of subjects.values()) {
    const obs = bySubject.get(s.r.urn);
    let p: Proposal | string | undefined;
    if (s.kind === "BalancedPool") {
      const member = (i: number) => byMember.get(`${s.key}[${i}]`);
      if (!obs && s.members.every((m) => !member(m.index))) {
        unobserved.push(s.key);
        continue;
      }
      p = sizePool(s, obs, member, input, settings);
    } else if (!obs) {
      unobserved.push(s.key);
      continue;
    } else p = s.kind === "MultiCloudVm" ? sizeVm(s, obs, input, settings) : sizeRaw(s, obs, input, settings);
    if (typeof p === "string") notes.push(p);
    else items.push(p);
  }
  items.sort((a, b) => b.monthlySavingUsd - a.monthlySavingUsd || a.key.localeCompare(b.key));
  const cur = cents(items.reduce((t, i) => t + i.currentMonthlyUsd, 0));
  const prop = cents(items.reduce((t, i) => t + i.proposedMonthlyUsd, 0));
  return {
    items,
    totals: {
      currentMonthlyUsd: cur,
      proposedMonthlyUsd: prop,
      monthlySavingUsd: cents(cur - prop),
      savingPct: cur > 0 ? pct1(((cur - prop) / cur) * 100) : 0,
    },
    unobserved,
    notes,
    settings,
    ...(input.observations.source ? { source: input.observations.source } : {}),
  };
}

/** `unit.vcpus 8 → 2`: an edit for people. */
export function describeEdit(e: ProgramEdit): string {
  return `${e.arg}: ${show(e.from)} → ${show(e.to)}`;
}
