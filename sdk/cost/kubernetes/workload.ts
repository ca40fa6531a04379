import { dig, isUnknown, num, priced, Props, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import { HOURS_PER_MONTH } from "../formulas";
import type { PriceContext, PriceLine, ResourcePrice } from "../types";
import { podHourlyUsd, podLines, podRequests } from "./pod-resources";

/** How many pods a kind runs, and where its pod spec is. */
interface Kind {
  name: string;
  podSpec: string;
  /** Replicas: `spec.replicas` (Kubernetes' default 1), one (a Pod), or one per node (a DaemonSet). */
  replicas: "spec.replicas" | "one" | "per-node";
}

/**
 * A long-running workload: its pods' requests (requests, else limits, else a stated default) ×
 * replicas × the catalog's Kubernetes profile per vCPU-hour and GiB-hour.
 */
function workload(kind: Kind) {
  return (props: Props, ctx: PriceContext): ResourcePrice => {
    const pod = podRequests(dig(props, kind.podSpec), kind.podSpec);
    if (typeof pod === "string") return unpriced(pod, "kubernetes");
    let replicas = 1;
    let replicasNote: string;
    if (kind.replicas === "spec.replicas") {
      const value = dig(props, "spec.replicas");
      if (value === undefined) {
        replicasNote = "spec.replicas not set: Kubernetes' default of 1";
      } else {
        const n = num(value);
        if (n === undefined || !Number.isInteger(n) || n < 0)
          return unpriced(
            isUnknown(value)
              ? "spec.replicas is unknown during preview"
              : `spec.replicas: ${JSON.stringify(value)} is not valid; use a whole number of pods`,
            "kubernetes",
          );
        replicas = n;
        replicasNote = `${n} replicas`;
      }
    } else if (kind.replicas === "per-node") {
      replicasNote =
        "a DaemonSet runs one pod per node and the plan does not know the node count: 1 node assumed (multiply by your nodes)";
    } else {
      replicasNote = "one pod";
    }
    const k = ctx.catalog.kubernetes;
    const lines = podLines(pod, replicas, ctx);
    const perPodHour = Math.round(podHourlyUsd(pod, ctx) * 1e6) / 1e6;
    if (ctx.kubernetesNodesPricedOn)
      return priced(
        "kubernetes",
        undefined,
        [],
        [
          onPricedNodes(ctx.kubernetesNodesPricedOn, lines),
          replicasNote,
          ...pod.assumptions,
          "persistent volumes are priced on their claims",
        ],
        { count: replicas, perInstanceHourlyUsd: perPodHour },
      );
    return priced(
      "kubernetes",
      undefined,
      lines,
      [
        `${kind.name} requests priced with the Kubernetes profile: ${k.derivation}`,
        replicasNote,
        ...pod.assumptions,
        "persistent volumes are priced on their claims",
      ],
      { count: replicas, perInstanceHourlyUsd: perPodHour },
    );
  };
}

/**
 * What a workload on priced nodes says instead of a price: its requests take capacity the plan
 * already prices on the cluster's node groups, and what they would cost alone (for sizing).
 */
export function onPricedNodes(cluster: string, lines: readonly PriceLine[]): string {
  const alone = lines.reduce((sum, l) => sum + l.hourlyUsd, 0) * HOURS_PER_MONTH;
  return `runs on the nodes of cluster ${cluster}, priced on its node groups or pools: its requests (${lines.map((l) => l.item).join(", ")}) take that capacity and are not priced again; alone they would be $${alone.toFixed(2)}/month with the Kubernetes profile`;
}

const template = "spec.template.spec";

export const pricers: PricerModule["pricers"] = {
  "kubernetes:apps/v1:Deployment": workload({
    name: "Deployment",
    podSpec: template,
    replicas: "spec.replicas",
  }),
  "kubernetes:apps/v1:StatefulSet": workload({
    name: "StatefulSet",
    podSpec: template,
    replicas: "spec.replicas",
  }),
  "kubernetes:apps/v1:ReplicaSet": workload({
    name: "ReplicaSet",
    podSpec: template,
    replicas: "spec.replicas",
  }),
  // The ReplicaSet's predecessor: same pod template and replicas.
  "kubernetes:core/v1:ReplicationController": workload({
    name: "ReplicationController",
    podSpec: template,
    replicas: "spec.replicas",
  }),
  "kubernetes:apps/v1:DaemonSet": workload({ name: "DaemonSet", podSpec: template, replicas: "per-node" }),
  "kubernetes:core/v1:Pod": workload({ name: "Pod", podSpec: "spec", replicas: "one" }),
};
