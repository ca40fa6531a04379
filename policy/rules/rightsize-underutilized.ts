import type { Catalog } from "../../sdk/catalog/catalog";
import type { PublicCloud } from "../../sdk/catalog/types";
import { HOURS_PER_MONTH } from "../../sdk/cost/formulas";
import { priceResource } from "../../sdk/cost/price-resource";
import { parseQuantity } from "../../sdk/cost/kubernetes/quantity";
import { place, placeValidated } from "../../sdk/placement/place";
import { readNumericTag, readTag, TAGS } from "../../sdk/tags";
import { UNKNOWN } from "../../sdk/cost/types";
import { COMPUTE_TYPES, priceSubject, unknownPrice } from "../lib/compute";
import { RULES } from "../lib/names";
import { usd } from "../lib/report";
import { CATALOG_FILE_SCHEMA, resourceRule, RuleContext } from "../lib/rule";
import { observationMatches } from "../../sdk/observed/match";
import { observedUtilization } from "../lib/settings";
import { at, isUnknown, Props, Subject } from "../lib/subject";

export interface RightsizeConfig {
  thresholdPercent: number;
  targetPercent: number;
  observedUtilizationFile: string;
  minMonthlySavingUsd: number;
  catalogFile: string;
}

const COMPONENTS = new Set(["lepton-multicloud:index:MultiCloudVm", "lepton-multicloud:index:BalancedPool"]);

/** Utilization in percent from a fraction (0–1, as the sdk formulas give it) or a percent (1–100). */
export function parseUtilization(value: unknown): number | undefined {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  if (typeof n !== "number" || !Number.isFinite(n) || n < 0 || n > 100) return undefined;
  return n <= 1 ? n * 100 : n;
}

interface Utilization {
  cpu: number;
  memory?: number;
  /** Where the figures come from, for the message. */
  source: string;
}

/** Observed figures for the resource (by name or tag), else the expected utilization it declares. */
function utilizationOf(s: Subject, ctx: RuleContext<RightsizeConfig>): Utilization | "unknown" | undefined {
  if (ctx.config.observedUtilizationFile) {
    const doc = observedUtilization(ctx.config.observedUtilizationFile);
    const entry = doc.resources.find((e) => observationMatches(e, s));
    if (entry?.cpuP95 !== undefined)
      return {
        cpu: entry.cpuP95,
        ...(entry.memoryP95 !== undefined ? { memory: entry.memoryP95 } : {}),
        source: `observed p95${doc.source ? ` (${doc.source})` : ""}`,
      };
  }
  if (COMPONENTS.has(s.type)) {
    if (isUnknown(s.props.expectedUtilization)) return "unknown";
    const u = parseUtilization(s.props.expectedUtilization);
    return u === undefined ? undefined : { cpu: u, memory: u, source: "expectedUtilization" };
  }
  // A component's children carry its expected utilization as a tag: the component is judged instead.
  if (readTag(s.props, TAGS.component) !== undefined) return undefined;
  const tagged = readTag(s.props, TAGS.expectedUtilization);
  if (tagged !== undefined && isUnknown(tagged)) return "unknown";
  const u = parseUtilization(readNumericTag(s.props, TAGS.expectedUtilization));
  return u === undefined ? undefined : { cpu: u, memory: u, source: `tag ${TAGS.expectedUtilization}` };
}

const pct = (n: number) => `${Math.round(n * 10) / 10} %`;

/** A machine: the cheapest type in the same cloud and region that fits the load at the target. */
function machine(s: Subject, u: Utilization, ctx: RuleContext<RightsizeConfig>, catalog: Catalog): void {
  const price = priceSubject(s, catalog);
  if (!price.priced) {
    if (unknownPrice(price)) ctx.note(`${s.name}: could not check for rightsizing: ${price.reason}.`);
    return;
  }
  const cloud = price.cloud as PublicCloud;
  const spec = price.instanceType ? catalog.instanceType(cloud, price.instanceType) : undefined;
  const current = spec && price.region ? catalog.offer(cloud, price.region, spec.name) : undefined;
  if (!spec || !current || !price.region) return;
  const target = ctx.config.targetPercent;
  const vcpus = Math.max(0.5, (spec.vcpus * u.cpu) / target);
  const memoryGiB = Math.max(
    0.5,
    u.memory !== undefined ? (spec.memoryGiB * u.memory) / target : spec.memoryGiB,
  );
  let choice;
  try {
    choice = placeValidated(
      {
        vcpus,
        memoryGiB,
        arch: spec.arch,
        ...(spec.gpuCount >= 1 ? { gpu: { count: Math.ceil(spec.gpuCount) } } : {}),
        diskGiB: 20,
        diskClass: "standard",
        image: "ubuntu-24.04",
      },
      { cloud, region: price.region, allowBurstable: spec.category === "burstable", alternatives: 0 },
      catalog,
    );
  } catch {
    return;
  }
  const count = Math.max(price.count ?? 1, 1);
  const saving = (current.hourlyUsd - choice.instanceHourlyUsd) * HOURS_PER_MONTH * count;
  if (choice.instanceType === spec.name || saving < ctx.config.minMonthlySavingUsd) return;
  ctx.violation(
    `${s.name}: ${spec.name} (${spec.vcpus} vCPU, ${spec.memoryGiB} GiB) runs at ${pct(u.cpu)} CPU${u.memory !== undefined ? ` and ${pct(u.memory)} memory` : ""} (${u.source}), below the ${pct(ctx.config.thresholdPercent)} threshold; ` +
      `${choice.instanceType} (${choice.vcpus} vCPU, ${choice.memoryGiB} GiB) fits that load at ${pct(target)} and saves ${usd(saving)}/month${count > 1 ? ` over ${count} instances` : ""}.`,
  );
}

/** A Kubernetes workload: requests scaled to the load at the target, priced with the cluster profile. */
function workload(s: Subject, u: Utilization, ctx: RuleContext<RightsizeConfig>, catalog: Catalog): void {
  const before = priceResource(s.type, s.props, { catalog });
  if (!before.priced) {
    if (unknownPrice(before) || JSON.stringify(s.props.spec ?? null).includes(UNKNOWN))
      ctx.note(`${s.name}: could not check for rightsizing: ${before.reason}.`);
    return;
  }
  const scale = (q: unknown, util: number | undefined) => {
    const n = parseQuantity(q);
    return n === undefined || util === undefined ? q : Math.max(0.01, (n * util) / ctx.config.targetPercent);
  };
  const containers = (at(s.props, "spec.template.spec.containers") as Props[]).map((c): Props => {
    const requests = (at(c, "resources.requests") ?? at(c, "resources.limits") ?? {}) as Props;
    return {
      ...c,
      resources: {
        requests: { ...requests, cpu: scale(requests.cpu, u.cpu), memory: scale(requests.memory, u.memory) },
      },
    };
  });
  const spec = at(s.props, "spec") as Props;
  const template = at(s.props, "spec.template") as Props;
  const after = priceResource(
    s.type,
    {
      ...s.props,
      spec: { ...spec, template: { ...template, spec: { ...(template.spec as Props), containers } } },
    },
    { catalog },
  );
  if (!after.priced) return;
  const saving = before.monthlyUsd - after.monthlyUsd;
  if (saving < ctx.config.minMonthlySavingUsd) return;
  const fmt = (c: Props) => {
    const r = at(c, "resources.requests") as Props;
    const cpu = typeof r.cpu === "number" ? `${Math.round(r.cpu * 1000)}m` : String(r.cpu);
    const mem = typeof r.memory === "number" ? `${Math.ceil(r.memory / 2 ** 20)}Mi` : String(r.memory);
    return `${String(c.name ?? "container")}: cpu ${cpu}, memory ${mem}`;
  };
  ctx.violation(
    `${s.name}: pods run at ${pct(u.cpu)} CPU${u.memory !== undefined ? ` and ${pct(u.memory)} memory` : ""} of their requests (${u.source}), below the ${pct(ctx.config.thresholdPercent)} threshold; ` +
      `request ${containers.map(fmt).join("; ")} to run at ${pct(ctx.config.targetPercent)}, saving ${usd(saving)}/month.`,
  );
}

/** A Lepton component: a smaller unit, placed with the component's own constraints. */
function component(s: Subject, u: Utilization, ctx: RuleContext<RightsizeConfig>, catalog: Catalog): void {
  const unit = s.props.unit as Props | undefined;
  const constraints = (s.props.placement ?? {}) as Props;
  if (JSON.stringify([unit ?? null, constraints]).includes(UNKNOWN)) {
    ctx.note(`${s.name}: could not check for rightsizing: unit or placement is unknown during preview.`);
    return;
  }
  if (!unit || typeof unit.vcpus !== "number" || typeof unit.memoryGiB !== "number") return;
  const target = ctx.config.targetPercent;
  let now, smaller;
  try {
    now = place(unit as never, constraints as never, catalog);
    const resized = {
      ...unit,
      // Whole vCPUs and GiB: what a user would declare.
      vcpus: Math.max(1, Math.ceil((unit.vcpus * u.cpu) / target)),
      memoryGiB: Math.max(1, Math.ceil((unit.memoryGiB * (u.memory ?? target)) / target)),
    };
    smaller = place(resized as never, constraints as never, catalog);
  } catch (e) {
    ctx.note(`${s.name}: could not check for rightsizing: ${(e as Error).message}`);
    return;
  }
  const capacity = (s.props.capacity ?? {}) as Props;
  const count = Math.max(Number(capacity.desired ?? s.props.desiredCapacity ?? 1) || 1, 1);
  const saving = (now.hourlyUsd - smaller.hourlyUsd) * HOURS_PER_MONTH * count;
  if (smaller.instanceType === now.instanceType || saving < ctx.config.minMonthlySavingUsd) return;
  ctx.violation(
    `${s.name}: expected utilization ${pct(u.cpu)} (${u.source}) is below the ${pct(ctx.config.thresholdPercent)} threshold; ` +
      `declare unit { vcpus: ${smaller.unit.vcpus}, memoryGiB: ${smaller.unit.memoryGiB} } (${smaller.cloud} ${smaller.region} ${smaller.instanceType} instead of ${now.instanceType}) to run at ${pct(target)}, saving ${usd(saving)}/month${count > 1 ? ` over ${count} instances` : ""}.`,
  );
}

/**
 * Instances, pools and workloads whose observed (p95) or declared expected utilization is below a
 * threshold: suggests the cheapest smaller size that carries the same load at a target
 * utilization, with the monthly saving.
 */
export const rightsizeUnderutilized = resourceRule<RightsizeConfig>({
  name: RULES.rightsizeUnderutilized,
  description: "Underutilized instances, pools and workloads should be sized down.",
  enforcementLevel: "advisory",
  configSchema: {
    properties: {
      thresholdPercent: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 100,
        default: 30,
        description: "CPU utilization (percent) below which a resource is underutilized.",
      },
      targetPercent: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 100,
        default: 65,
        description: "Utilization (percent) the suggested size should run at.",
      },
      observedUtilizationFile: {
        type: "string",
        default: "",
        description:
          "Observed p95 utilization (JSON, kind lepton-observed-utilization; write one with lepton-mc utilization import). Relative paths resolve against the pack directory.",
      },
      minMonthlySavingUsd: {
        type: "number",
        minimum: 0,
        default: 5,
        description: "Suggest a change only when it saves at least this much per month, USD.",
      },
      catalogFile: CATALOG_FILE_SCHEMA,
    },
  },
  appliesTo: (type) => COMPONENTS.has(type) || (type in COMPUTE_TYPES && COMPUTE_TYPES[type] !== "template"),
  files: (props) => {
    if (typeof props.observedUtilizationFile === "string" && props.observedUtilizationFile)
      observedUtilization(props.observedUtilizationFile);
  },
  check: (s, ctx) => {
    const u = utilizationOf(s, ctx);
    if (u === "unknown") {
      ctx.note(
        `${s.name}: could not check for rightsizing: the expected utilization is unknown during preview.`,
      );
      return;
    }
    if (!u || u.cpu >= ctx.config.thresholdPercent) return;
    const catalog = ctx.catalog();
    if (COMPONENTS.has(s.type)) component(s, u, ctx, catalog);
    else if (COMPUTE_TYPES[s.type] === "workload") workload(s, u, ctx, catalog);
    else machine(s, u, ctx, catalog);
  },
});
