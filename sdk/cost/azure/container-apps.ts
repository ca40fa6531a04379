import { HOURS_PER_MONTH } from "../formulas";
import { dig, isUnknown, missing, num, priced, Props, str, unpriced } from "../helpers";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { hourlyOf, priceNotes, usageAt } from "./list-prices";
import { azureRegion, NO_AZURE_LOCATION } from "./region";

/**
 * Container Apps prices are read from Infracost's container_app and container_app_environment
 * goldens at commit 228d15e9 / 3f48a02a, which are not on Infracost's main branch at 95ba4f49 (the
 * transcribed commit); their commit date is not known here, so `asOf` says so.
 */
const UNDATED = "undated (commit not on infracost main at 95ba4f49)";
const appPrice = (usd: number, unit: string): ListPrice => ({
  usd,
  unit,
  region: "westeurope",
  source: "infracost@228d15e9 golden azure/container_app_test",
  asOf: UNDATED,
});
const envPrice = (usd: number, unit: string): ListPrice => ({
  usd,
  unit,
  region: "westeurope",
  source: "infracost@3f48a02a golden azure/container_app_environment_test",
  asOf: UNDATED,
});

/** Consumption plan: $78.88 / 2,320,000 vCPU-s, $18.56 / 4,640,000 GiB-s, $15.77 / 3,942,000 idle vCPU-s, $31.54 / 7,884,000 idle GiB-s, $1.68 / 3M requests. */
const ACTIVE_VCPU = appPrice(0.000034, "vCPU-second");
const ACTIVE_MEMORY = appPrice(0.000004, "GiB-second");
const IDLE_VCPU = appPrice(0.000004, "vCPU-second");
const IDLE_MEMORY = appPrice(0.000004, "GiB-second");
const REQUESTS = appPrice(0.56, "1M requests");

/** Dedicated plan: $236.11 / 2,920 vCPU-hours (D4 and E4 alike), $77.53 / 11,680 GiB-hours, $73.00 / 730 h. */
const DEDICATED_VCPU = envPrice(0.08086, "vCPU-hour");
const DEDICATED_MEMORY = envPrice(0.0066378, "GiB-hour");
const MANAGEMENT_FEE = envPrice(0.1, "hour");

/** vCPU and GiB of each dedicated workload profile type (Azure's D and E series profiles). */
const PROFILES: Record<string, { vcpu: number; gib: number }> = {
  D4: { vcpu: 4, gib: 16 },
  D8: { vcpu: 8, gib: 32 },
  D16: { vcpu: 16, gib: 64 },
  D32: { vcpu: 32, gib: 128 },
  E4: { vcpu: 4, gib: 32 },
  E8: { vcpu: 8, gib: 64 },
  E16: { vcpu: 16, gib: 128 },
  E32: { vcpu: 32, gib: 256 },
};

const SECONDS_PER_HOUR = 3600;
const FREE_GRANTS =
  "the monthly free grants (180,000 vCPU-seconds, 360,000 GiB-seconds, 2M requests) are per subscription: not deducted";

/** `1.5Gi` / `512Mi` / `2` → GiB. */
function gib(memory: unknown): number | undefined {
  const m = /^([\d.]+)\s*(Gi|Mi|G|M)?$/i.exec(String(memory ?? "").trim());
  if (!m) return undefined;
  const v = Number(m[1]);
  return /^M/i.test(m[2] ?? "") ? v / 1024 : v;
}

/** The vCPU and GiB of one replica: the sum over its containers, with the defaults stated. */
function replicaSize(containers: Props[]): { vcpu: number; gib: number; notes: string[] } | string {
  let vcpu = 0;
  let mem = 0;
  const notes: string[] = [];
  for (const [i, c] of containers.entries()) {
    const cpu = dig(c, "resources.cpu");
    const memory = dig(c, "resources.memory");
    if (isUnknown(cpu)) return missing(`template.containers[${i}].resources.cpu`, cpu);
    if (isUnknown(memory)) return missing(`template.containers[${i}].resources.memory`, memory);
    const cpuN = num(cpu);
    const memG = memory === undefined ? undefined : gib(memory);
    if (memory !== undefined && memG === undefined)
      return `template.containers[${i}].resources.memory "${String(memory)}" is not a size such as "1Gi" or "512Mi"`;
    if (cpuN === undefined || memG === undefined)
      notes.push(
        `container ${str(c.name) ?? i}: resources not set: 0.5 vCPU and 1 GiB assumed (what Azure gives a container with none)`,
      );
    vcpu += cpuN ?? 0.5;
    mem += memG ?? 1;
  }
  return { vcpu, gib: mem, notes };
}

/**
 * A container app on the Consumption plan: replicas bill vCPU-seconds and GiB-seconds while active
 * and requests, all usage (`activeVcpuSeconds`, `activeMemoryGibSeconds`, `monthlyRequests`); the `minReplicas` kept
 * warm bill the idle rate all month, a fixed cost. An app on a dedicated workload profile is billed
 * through its environment's profile instances.
 */
function containerApp(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const profile = str(props.workloadProfileName);
  if (profile && profile !== "Consumption")
    return priced(
      "azure",
      region,
      [],
      [
        assumption,
        `runs on workload profile ${profile}: billed through the environment's dedicated profile instances (priced on the ManagedEnvironment)`,
      ],
    );
  const usage = [
    usageAt(ctx, ACTIVE_VCPU, "activeVcpuSeconds", "vCPU-seconds of active replicas"),
    usageAt(ctx, ACTIVE_MEMORY, "activeMemoryGibSeconds", "GiB-seconds of active replicas"),
    usageAt(ctx, REQUESTS, "monthlyRequests", "requests", 1e6),
  ];
  const notes = [
    assumption,
    "active vCPU-seconds, GiB-seconds and requests are usage",
    FREE_GRANTS,
    ...priceNotes(region, ACTIVE_VCPU, ACTIVE_MEMORY, IDLE_VCPU, IDLE_MEMORY, REQUESTS),
  ];
  const idlePerVcpuMonth = IDLE_VCPU.usd * SECONDS_PER_HOUR * HOURS_PER_MONTH;
  const idlePerGibMonth = IDLE_MEMORY.usd * SECONDS_PER_HOUR * HOURS_PER_MONTH;
  const idleNote = `each replica kept warm (minReplicas) adds $${round2(idlePerVcpuMonth)} per vCPU and $${round2(idlePerGibMonth)} per GiB a month at the idle rate`;
  // A template holding a value computed at deploy (an image name) is unknown as a whole in preview.
  if (isUnknown(props.template))
    return priced(
      "azure",
      region,
      [],
      [...notes, `template is unknown during preview: minReplicas 0 (the default) assumed; ${idleNote}`],
      {
        usage,
      },
    );
  const containers = dig(props, "template.containers");
  if (isUnknown(containers)) return unpriced(missing("template.containers", containers), "azure", region);
  if (!Array.isArray(containers) || containers.length === 0)
    return unpriced(
      "template.containers is not set: a container app needs at least one container",
      "azure",
      region,
    );
  const size = replicaSize(containers as Props[]);
  if (typeof size === "string") return unpriced(size, "azure", region);
  const minRaw = dig(props, "template.scale.minReplicas");
  if (isUnknown(minRaw)) return unpriced(missing("template.scale.minReplicas", minRaw), "azure", region);
  const minReplicas = num(minRaw) ?? 0;
  const lines =
    minReplicas > 0
      ? [
          {
            item: `${minReplicas} idle replica(s) × ${size.vcpu} vCPU`,
            hourlyUsd: minReplicas * size.vcpu * SECONDS_PER_HOUR * IDLE_VCPU.usd,
          },
          {
            item: `${minReplicas} idle replica(s) × ${size.gib} GiB`,
            hourlyUsd: minReplicas * size.gib * SECONDS_PER_HOUR * IDLE_MEMORY.usd,
          },
        ]
      : [];
  return priced(
    "azure",
    region,
    lines,
    [
      `one replica: ${size.vcpu} vCPU, ${size.gib} GiB`,
      ...size.notes,
      minReplicas > 0
        ? `minReplicas ${minReplicas} kept warm at the idle rate all month (while active they bill the active rate instead)`
        : `minReplicas 0 (scales to zero): no fixed cost; ${idleNote}`,
      ...notes,
    ],
    { usage },
  );
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * A Container Apps environment: a Consumption-only environment has no charge of its own (its apps
 * are billed); dedicated workload profiles bill their instances' vCPU- and GiB-hours (minimum count)
 * and a management fee.
 */
function managedEnvironment(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = azureRegion(props, ctx);
  if (!region) return unpriced(NO_AZURE_LOCATION, "azure");
  const raw = props.workloadProfiles;
  if (isUnknown(raw)) return unpriced(missing("workloadProfiles", raw), "azure", region);
  const dedicated = (Array.isArray(raw) ? (raw as Props[]) : []).filter(
    (p) => str(p.workloadProfileType) !== "Consumption",
  );
  if (dedicated.length === 0)
    return priced(
      "azure",
      region,
      [],
      [
        assumption,
        "Consumption-only environment: no charge of its own (its container apps are billed for what they use)",
      ],
    );
  const lines = [{ item: "dedicated plan management fee", hourlyUsd: hourlyOf(MANAGEMENT_FEE) }];
  const notes: string[] = [];
  for (const [i, p] of dedicated.entries()) {
    const type = str(p.workloadProfileType);
    const spec = type ? PROFILES[type] : undefined;
    if (!spec)
      return unpriced(
        `workloadProfiles[${i}].workloadProfileType ${String(p.workloadProfileType)}: no price in the data (priced: ${Object.keys(PROFILES).join(", ")})`,
        "azure",
        region,
      );
    if (isUnknown(p.minimumCount))
      return unpriced(missing(`workloadProfiles[${i}].minimumCount`, p.minimumCount), "azure", region);
    const count = num(p.minimumCount) ?? 0;
    if (num(p.minimumCount) === undefined)
      notes.push(`${str(p.name) ?? type}: minimumCount not set: 0 instances`);
    lines.push(
      {
        item: `${type} × ${count}: ${spec.vcpu * count} vCPU`,
        hourlyUsd: hourlyOf(DEDICATED_VCPU, spec.vcpu * count),
      },
      {
        item: `${type} × ${count}: ${spec.gib * count} GiB`,
        hourlyUsd: hourlyOf(DEDICATED_MEMORY, spec.gib * count),
      },
    );
  }
  return priced("azure", region, lines, [
    assumption,
    "dedicated profiles priced at their minimum instance count (autoscaling adds instances up to maximumCount)",
    ...notes,
    ...priceNotes(region, DEDICATED_VCPU, DEDICATED_MEMORY, MANAGEMENT_FEE),
  ]);
}

export const pricers: PricerModule["pricers"] = {
  "azure-native:app:ContainerApp": containerApp,
  "azure-native:app:ManagedEnvironment": managedEnvironment,
};
