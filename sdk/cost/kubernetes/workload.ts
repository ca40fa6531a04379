import { dig, missing, num, priced, Props, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { parseQuantity } from "./quantity";

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

export const pricers: PricerModule["pricers"] = {
  "kubernetes:apps/v1:Deployment": workload("Deployment"),
  "kubernetes:apps/v1:StatefulSet": workload("StatefulSet"),
};
