import { dig, isUnknown, num, priced, Props, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
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
    return priced(
      "kubernetes",
      undefined,
      podLines(pod, replicas, ctx),
      [
        `${kind.name} requests priced with the Kubernetes profile: ${k.derivation}`,
        replicasNote,
        ...pod.assumptions,
        "persistent volumes are priced on their claims",
      ],
      { count: replicas, perInstanceHourlyUsd: Math.round(podHourlyUsd(pod, ctx) * 1e6) / 1e6 },
    );
  };
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
