import { dig, isUnknown, Props } from "../helpers";
import type { PriceContext, PriceLine } from "../types";
import { parseQuantity } from "./quantity";

/**
 * The request a container without one is priced at. Kubernetes sets no default request (a
 * namespace LimitRange may); a pod without requests still takes a share of a node, so the plan
 * assumes this small one and says so.
 */
export const DEFAULT_CONTAINER_REQUEST = {
  cpu: 0.1,
  memoryBytes: 128 * 2 ** 20,
  label: "100m CPU / 128Mi",
  labels: { cpu: "100m", memory: "128Mi" },
};

/** What one pod asks of its node: vCPUs, GiB of memory and GPUs, with how each was read. */
export interface PodRequests {
  cpu: number;
  memoryGiB: number;
  gpu: number;
  assumptions: string[];
  /** How many containers were priced at the assumed default, per resource (0 when none). */
  defaulted: { cpu: number; memory: number };
}

type Resource = "cpu" | "memory";

/** One container's request for a resource: its request, else its limit (Kubernetes copies it), else the default. */
function containerRequest(
  container: Props,
  resource: Resource,
  where: string,
  notes: Set<string>,
): number | string {
  const res = container.resources as Props | undefined;
  const value = dig(res, `requests.${resource}`) ?? dig(res, `limits.${resource}`);
  if (value === undefined) {
    notes.add(resource);
    return resource === "cpu" ? DEFAULT_CONTAINER_REQUEST.cpu : DEFAULT_CONTAINER_REQUEST.memoryBytes;
  }
  if (isUnknown(value)) return `${where}.resources ${resource} is unknown during preview`;
  const q = parseQuantity(value);
  if (q === undefined || q < 0)
    return `${where}.resources ${resource}: ${JSON.stringify(value)} is not a Kubernetes quantity (e.g. ${resource === "cpu" ? '"500m" or "2"' : '"512Mi" or "4Gi"'})`;
  return q;
}

/**
 * A pod's effective requests as the scheduler counts them: the sum over its containers (and
 * sidecar init containers, `restartPolicy: Always`), or the largest ordinary init container when
 * that is more. A container with neither request nor limit is priced at DEFAULT_CONTAINER_REQUEST.
 * @param path where the pod spec is in the object, for messages (`spec.template.spec`).
 * @returns the requests, or the reason they cannot be read.
 */
export function podRequests(podSpec: unknown, path: string): PodRequests | string {
  const containers = dig(podSpec, "containers");
  if (!Array.isArray(containers) || containers.length === 0)
    return isUnknown(containers)
      ? `${path}.containers is unknown during preview`
      : `${path}.containers is not set`;
  const initContainers = dig(podSpec, "initContainers");
  const inits = Array.isArray(initContainers) ? (initContainers as Props[]) : [];
  const running = [...(containers as Props[]), ...inits.filter((c) => c?.restartPolicy === "Always")];
  const ordinaryInits = inits.filter((c) => c?.restartPolicy !== "Always");
  const defaulted: string[] = [];
  const defaultedCount = { cpu: 0, memory: 0 };
  const sum = { cpu: 0, memory: 0, gpu: 0 };
  const peakInit = { cpu: 0, memory: 0 };
  const read = (list: Props[], field: string, add: (r: Resource, q: number) => void): string | undefined => {
    for (const [i, c] of list.entries()) {
      const where = `${field}[${i}] (${typeof c?.name === "string" ? c.name : "unnamed"})`;
      const notes = new Set<string>();
      for (const r of ["cpu", "memory"] as const) {
        const q = containerRequest(c ?? {}, r, where, notes);
        if (typeof q === "string") return q;
        add(r, q);
      }
      if (notes.size > 0) defaulted.push(`${where} has no ${[...notes].join(" or ")} request`);
      for (const r of notes) defaultedCount[r as Resource]++;
    }
    return undefined;
  };
  const failed =
    read(running, `${path}.containers`, (r, q) => (sum[r] += q)) ??
    read(ordinaryInits, `${path}.initContainers`, (r, q) => (peakInit[r] = Math.max(peakInit[r], q)));
  if (failed) return failed;
  for (const c of running)
    sum.gpu += parseQuantity((dig(c, "resources.limits") as Props | undefined)?.["nvidia.com/gpu"]) ?? 0;
  const assumptions = defaulted.length
    ? [
        `${defaulted.join("; ")}: priced at ${DEFAULT_CONTAINER_REQUEST.label} each (an assumption: Kubernetes sets no default request; set resources.requests)`,
      ]
    : [];
  return {
    cpu: Math.max(sum.cpu, peakInit.cpu),
    memoryGiB: Math.max(sum.memory, peakInit.memory) / 2 ** 30,
    gpu: sum.gpu,
    assumptions,
    defaulted: defaultedCount,
  };
}

/**
 * What a price line says when some containers had no request (nor limit) for its resource, so
 * the figure's note shows the default was assumed: ` (assumed: 1 container without a cpu request, 100m each)`.
 */
function defaultNote(pod: PodRequests, resource: Resource): string {
  const n = pod.defaulted[resource];
  if (n === 0) return "";
  return ` (assumed: ${n} container${n === 1 ? "" : "s"} without a ${resource} request, ${DEFAULT_CONTAINER_REQUEST.labels[resource]} each)`;
}

/** What one pod of these requests costs per hour with the catalog's Kubernetes profile. */
export function podHourlyUsd(pod: PodRequests, ctx: PriceContext): number {
  const k = ctx.catalog.kubernetes;
  return pod.cpu * k.vcpuHourUsd + pod.memoryGiB * k.memoryGiBHourUsd + pod.gpu * k.gpuHourUsd;
}

/** Price lines for `count` pods (vCPU, memory, GPU). */
export function podLines(pod: PodRequests, count: number, ctx: PriceContext, unit = "×"): PriceLine[] {
  const k = ctx.catalog.kubernetes;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return [
    {
      item: `${round(pod.cpu)} vCPU ${unit} ${count}${defaultNote(pod, "cpu")}`,
      hourlyUsd: pod.cpu * k.vcpuHourUsd * count,
    },
    {
      item: `${round(pod.memoryGiB)} GiB ${unit} ${count}${defaultNote(pod, "memory")}`,
      hourlyUsd: pod.memoryGiB * k.memoryGiBHourUsd * count,
    },
    ...(pod.gpu
      ? [{ item: `${pod.gpu} GPU ${unit} ${count}`, hourlyUsd: pod.gpu * k.gpuHourUsd * count }]
      : []),
  ];
}
