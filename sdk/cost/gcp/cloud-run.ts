import { HOURS_PER_MONTH } from "../formulas";
import { dig, isUnknown, missing, num, priced, Props, str, unpriced } from "../helpers";
import { parseQuantity } from "../kubernetes/quantity";
import type { ListPrice } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, PriceLine, ResourcePrice, UsageCharge } from "../types";
import { derivedUsage, golden } from "./price-kit";
import { gcpRegion, noGcpRegion } from "./region";

const RUN = (usd: number, unit: string, test = "cloud_run_v2_service") =>
  golden(test, usd, unit, "europe-west3", "2024-07-01");
/** Request-based billing (CPU only allocated during requests), printed exactly in the goldens. */
export const REQUEST_CPU = RUN(0.0000336, "vCPU-second");
export const REQUEST_MEMORY = RUN(0.0000035, "GiB-second");
export const REQUESTS = RUN(0.4, "1M requests");
/** Instance-based billing (CPU always allocated), printed exactly in the cloud_run_v2_job golden. */
export const INSTANCE_CPU = RUN(0.0000216, "vCPU-second", "cloud_run_v2_job");
export const INSTANCE_MEMORY = RUN(0.0000024, "GiB-second", "cloud_run_v2_job");

/** The note on Cloud Run's regional price tiers (the goldens are for europe-west3, a tier 2 region). */
export function cloudRunRegionNote(region: string): string {
  return region === "europe-west3"
    ? ""
    : `Cloud Run's europe-west3 (tier 2) list prices are used for ${region}; tier 1 regions (us-central1, europe-west1 …) list lower prices, so the figure can be high`;
}

const describe = (p: ListPrice) => `$${p.usd} per ${p.unit}`;

/** What one instance of a Cloud Run workload is given: vCPUs and GiB of memory. */
export interface RunShape {
  vcpu: number;
  memoryGib: number;
  notes: string[];
}

/**
 * vCPU and memory of a list of containers (`resources.limits.cpu` / `memory`, default 1 vCPU and
 * 512 MiB each, Cloud Run's defaults), summed over sidecars.
 */
export function containersShape(containers: unknown, field: string): RunShape | string {
  const list = Array.isArray(containers) && containers.length > 0 ? (containers as Props[]) : [{}];
  let vcpu = 0;
  let memoryGib = 0;
  const notes: string[] = [];
  for (const [i, c] of list.entries()) {
    const cpuRaw = dig(c, "resources.limits.cpu");
    const memRaw = dig(c, "resources.limits.memory");
    if (isUnknown(cpuRaw) || isUnknown(memRaw))
      return missing(`${field}.${i}.resources.limits`, isUnknown(cpuRaw) ? cpuRaw : memRaw);
    const cpu = cpuRaw === undefined ? 1 : parseQuantity(cpuRaw);
    const mem = memRaw === undefined ? 512 * 2 ** 20 : parseQuantity(memRaw);
    if (cpu === undefined) return `${field}.${i}.resources.limits.cpu "${String(cpuRaw)}" is not a quantity`;
    if (mem === undefined)
      return `${field}.${i}.resources.limits.memory "${String(memRaw)}" is not a quantity`;
    if (cpuRaw === undefined || memRaw === undefined)
      notes.push(`container ${i}: limits not set: Cloud Run's defaults (1 vCPU, 512 MiB) assumed`);
    vcpu += cpu;
    memoryGib += mem / 2 ** 30;
  }
  return { vcpu, memoryGib, notes };
}

/**
 * Request-based usage: vCPU- and GiB-seconds from `monthlyRequests` × `averageRequestDurationMs` /
 * concurrency, and the requests themselves.
 */
export function requestUsage(shape: RunShape, concurrency: number, ctx: PriceContext): UsageCharge[] {
  const requests = ctx.usage?.monthlyRequests;
  const durationMs = ctx.usage?.averageRequestDurationMs;
  const perInstance = ctx.usage?.concurrentRequestsPerInstance ?? concurrency;
  const busySeconds =
    requests !== undefined && durationMs !== undefined
      ? (requests * durationMs) / 1000 / perInstance
      : undefined;
  const times = (k: number) => (busySeconds === undefined ? undefined : busySeconds * k);
  return [
    derivedUsage(
      REQUEST_CPU,
      "monthlyRequests",
      "vCPU-seconds (monthlyRequests × averageRequestDurationMs / concurrency × vCPU)",
      times(shape.vcpu),
    ),
    derivedUsage(
      REQUEST_MEMORY,
      "monthlyRequests",
      "GiB-seconds (monthlyRequests × averageRequestDurationMs / concurrency × GiB)",
      times(shape.memoryGib),
    ),
    derivedUsage(REQUESTS, "monthlyRequests", "requests", requests, 1e6),
  ];
}

/** Always-on instances under instance-based billing, as fixed lines. */
export function alwaysOnLines(shape: RunShape, instances: number): PriceLine[] {
  const seconds = 3600;
  return [
    {
      item: `${instances} instance(s) × ${shape.vcpu} vCPU always on`,
      hourlyUsd: instances * shape.vcpu * seconds * INSTANCE_CPU.usd,
    },
    {
      item: `${instances} instance(s) × ${Math.round(shape.memoryGib * 1000) / 1000} GiB always on`,
      hourlyUsd: instances * shape.memoryGib * seconds * INSTANCE_MEMORY.usd,
    },
  ];
}

interface ServiceSpec {
  containers: unknown;
  containersField: string;
  /** True when CPU is only allocated during requests. */
  requestBased: boolean;
  minInstances: number;
  concurrency: number;
  notes: string[];
}

function priceService(spec: ServiceSpec, props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = gcpRegion(props, ctx);
  if (!region) return unpriced(noGcpRegion("location"), "gcp");
  const shape = containersShape(spec.containers, spec.containersField);
  if (typeof shape === "string") return unpriced(shape, "gcp", region);
  const assumptions = [
    assumption,
    ...spec.notes,
    ...shape.notes,
    `${shape.vcpu} vCPU and ${Math.round(shape.memoryGib * 1000) / 1000} GiB per instance`,
    cloudRunRegionNote(region),
  ];
  if (!spec.requestBased) {
    const extra = ctx.usage?.instanceHours;
    const usage = [
      derivedUsage(
        INSTANCE_CPU,
        "instanceHours",
        "vCPU-seconds (instanceHours beyond the minimum × 3600 × vCPU)",
        extra === undefined ? undefined : extra * 3600 * shape.vcpu,
      ),
      derivedUsage(
        INSTANCE_MEMORY,
        "instanceHours",
        "GiB-seconds (instanceHours beyond the minimum × 3600 × GiB)",
        extra === undefined ? undefined : extra * 3600 * shape.memoryGib,
      ),
    ];
    return priced(
      "gcp",
      region,
      spec.minInstances > 0 ? alwaysOnLines(shape, spec.minInstances) : [],
      [
        ...assumptions,
        `instance-based billing (CPU always allocated): ${describe(INSTANCE_CPU)}, ${describe(INSTANCE_MEMORY)} (${INSTANCE_CPU.source}, ${INSTANCE_CPU.asOf}); ${spec.minInstances} minimum instance(s) always on over ${HOURS_PER_MONTH} h`,
      ],
      { usage },
    );
  }
  return priced(
    "gcp",
    region,
    [],
    [
      ...assumptions,
      `request-based billing: ${describe(REQUEST_CPU)}, ${describe(REQUEST_MEMORY)}, ${describe(REQUESTS)} (${REQUEST_CPU.source}, ${REQUEST_CPU.asOf}); request concurrency ${spec.concurrency}`,
      spec.minInstances > 0
        ? `${spec.minInstances} minimum instance(s) are kept warm; their idle time is billed at a reduced rate not in the sources, so the figure leaves it out (a lower bound)`
        : "",
    ],
    { usage: requestUsage(shape, spec.concurrency, ctx) },
  );
}

/** Cloud Run v2 service: request- or instance-based by `cpuIdle`, minimum instances always on. */
function serviceV2(props: Props, ctx: PriceContext): ResourcePrice {
  const template = (props.template as Props | undefined) ?? {};
  const containers = template.containers as Props[] | undefined;
  const resourcesSet = (containers ?? []).some((c) => c.resources !== undefined);
  const idle = (containers ?? []).map((c) => dig(c, "resources.cpuIdle"));
  // cpuIdle defaults to true only when `resources` is not set at all (provider docs).
  const requestBased = idle.some((v) => v === true) || (!resourcesSet && !idle.some((v) => v === false));
  const manual = str(dig(props, "scaling.scalingMode"))?.toUpperCase() === "MANUAL";
  const minInstances = manual
    ? (num(dig(props, "scaling.manualInstanceCount")) ?? 0)
    : Math.max(
        num(dig(template, "scaling.minInstanceCount")) ?? 0,
        num(dig(props, "scaling.minInstanceCount")) ?? 0,
      );
  return priceService(
    {
      containers,
      containersField: "template.containers",
      requestBased: requestBased && !manual,
      minInstances,
      concurrency: num(template.maxInstanceRequestConcurrency) ?? 80,
      notes: [
        manual ? `manual scaling: ${minInstances} instance(s) always on` : "",
        resourcesSet && !idle.some((v) => v !== undefined)
          ? "resources set without cpuIdle: CPU is always allocated (instance-based billing)"
          : "",
      ],
    },
    props,
    ctx,
  );
}

/** Cloud Run v1 (Knative) service: billing mode and minimum instances from the template annotations. */
function serviceV1(props: Props, ctx: PriceContext): ResourcePrice {
  // Knative reads these on the revision template; the cpu-throttling one is also seen on the service.
  const annotations = {
    ...((dig(props, "metadata.annotations") as Props | undefined) ?? {}),
    ...((dig(props, "template.metadata.annotations") as Props | undefined) ?? {}),
  };
  const throttling = String(annotations["run.googleapis.com/cpu-throttling"] ?? "true");
  return priceService(
    {
      containers: dig(props, "template.spec.containers"),
      containersField: "template.spec.containers",
      requestBased: throttling !== "false",
      minInstances: num(annotations["autoscaling.knative.dev/minScale"]) ?? 0,
      concurrency: num(dig(props, "template.spec.containerConcurrency")) ?? 80,
      notes: [],
    },
    props,
    ctx,
  );
}

/**
 * Cloud Run v2 job: instance-based vCPU- and GiB-seconds of its tasks, from `monthlyJobExecutions`
 * × `taskCount` × `averageTaskExecutionMinutes`.
 */
function jobV2(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = gcpRegion(props, ctx);
  if (!region) return unpriced(noGcpRegion("location"), "gcp");
  const shape = containersShape(dig(props, "template.template.containers"), "template.template.containers");
  if (typeof shape === "string") return unpriced(shape, "gcp", region);
  const tasks = num(dig(props, "template.taskCount")) ?? 1;
  const executions = ctx.usage?.monthlyJobExecutions;
  const minutes = ctx.usage?.averageTaskExecutionMinutes;
  const seconds =
    executions !== undefined && minutes !== undefined ? executions * tasks * minutes * 60 : undefined;
  const of = (k: number) => (seconds === undefined ? undefined : seconds * k);
  return priced(
    "gcp",
    region,
    [],
    [
      assumption,
      ...shape.notes,
      `${tasks} task(s) per execution, ${shape.vcpu} vCPU and ${Math.round(shape.memoryGib * 1000) / 1000} GiB each`,
      `jobs are billed instance-based: ${describe(INSTANCE_CPU)}, ${describe(INSTANCE_MEMORY)} (${INSTANCE_CPU.source}, ${INSTANCE_CPU.asOf})`,
      cloudRunRegionNote(region),
    ],
    {
      usage: [
        derivedUsage(
          INSTANCE_CPU,
          "monthlyJobExecutions",
          "vCPU-seconds (executions × tasks × averageTaskExecutionMinutes × 60 × vCPU)",
          of(shape.vcpu),
        ),
        derivedUsage(
          INSTANCE_MEMORY,
          "monthlyJobExecutions",
          "GiB-seconds (executions × tasks × averageTaskExecutionMinutes × 60 × GiB)",
          of(shape.memoryGib),
        ),
      ],
    },
  );
}

export const pricers: PricerModule["pricers"] = {
  "gcp:cloudrun/service:Service": serviceV1,
  "gcp:cloudrunv2/service:Service": serviceV2,
  "gcp:cloudrunv2/job:Job": jobV2,
};
