import { dig, missing, num, priced, Props, unpriced } from "./helpers";
import type { PriceContext, ResourcePrice } from "./types";

const SUFFIX: Record<string, number> = {
  n: 1e-9,
  u: 1e-6,
  m: 1e-3,
  k: 1e3,
  M: 1e6,
  G: 1e9,
  T: 1e12,
  P: 1e15,
  E: 1e18,
  Ki: 2 ** 10,
  Mi: 2 ** 20,
  Gi: 2 ** 30,
  Ti: 2 ** 40,
  Pi: 2 ** 50,
  Ei: 2 ** 60,
};

/** A Kubernetes resource quantity ("500m", "2", "4Gi", "1e3") as a number, or undefined. */
export function parseQuantity(q: unknown): number | undefined {
  if (typeof q === "number") return Number.isFinite(q) ? q : undefined;
  if (typeof q !== "string") return undefined;
  const m = /^([+-]?[0-9.]+(?:[eE][+-]?\d+)?)(n|u|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$/.exec(q.trim());
  if (!m) return undefined;
  const value = Number(m[1]) * (m[2] ? SUFFIX[m[2]] : 1);
  return Number.isFinite(value) ? value : undefined;
}

/** Prices a pod template: per container, requests (else limits) × the catalog's Kubernetes profile. */
function workload(kind: string) {
  return (props: Props, ctx: PriceContext): ResourcePrice => {
    const containers = dig(props, "spec.template.spec.containers");
    if (!Array.isArray(containers))
      return unpriced(missing("spec.template.spec.containers", containers), "kubernetes");
    const replicasValue = dig(props, "spec.replicas");
    const replicas = num(replicasValue) ?? 1;
    let cpu = 0;
    let mem = 0;
    let gpu = 0;
    for (const [i, c] of containers.entries()) {
      const res = (c as Props).resources as Props | undefined;
      const pick = (k: string) => dig(res, `requests.${k}`) ?? dig(res, `limits.${k}`);
      const cpuQ = parseQuantity(pick("cpu"));
      const memQ = parseQuantity(pick("memory"));
      if (cpuQ === undefined || memQ === undefined) {
        return unpriced(
          `container ${i} (${(c as Props).name ?? "unnamed"}) has no cpu and memory requests or limits: a pod without requests has no share of a node to price; set resources.requests`,
          "kubernetes",
        );
      }
      cpu += cpuQ;
      mem += memQ / 2 ** 30;
      gpu += parseQuantity((dig(res, "limits") as Props | undefined)?.["nvidia.com/gpu"]) ?? 0;
    }
    const k = ctx.catalog.kubernetes;
    const lines = [
      { item: `${cpu} vCPU × ${replicas}`, hourlyUsd: cpu * k.vcpuHourUsd * replicas },
      {
        item: `${Math.round(mem * 100) / 100} GiB × ${replicas}`,
        hourlyUsd: mem * k.memoryGiBHourUsd * replicas,
      },
      ...(gpu ? [{ item: `${gpu} GPU × ${replicas}`, hourlyUsd: gpu * k.gpuHourUsd * replicas }] : []),
    ];
    return priced(
      "kubernetes",
      undefined,
      lines,
      [
        `${kind} requests priced with the Kubernetes profile: ${k.derivation}`,
        replicasValue === undefined ? "spec.replicas not set: 1 assumed" : `${replicas} replicas`,
        "persistent volumes not included",
      ],
      {
        count: replicas,
        perInstanceHourlyUsd:
          Math.round((cpu * k.vcpuHourUsd + mem * k.memoryGiBHourUsd + gpu * k.gpuHourUsd) * 1e6) / 1e6,
      },
    );
  };
}

export const kubernetesPricers: Record<string, (props: Props, ctx: PriceContext) => ResourcePrice> = {
  "kubernetes:apps/v1:Deployment": workload("Deployment"),
  "kubernetes:apps/v1:StatefulSet": workload("StatefulSet"),
};
