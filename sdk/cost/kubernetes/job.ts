import { describeUsage, dig, priced, Props, str, unpriced, usageCharge } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { podHourlyUsd, podRequests } from "./pod-resources";

/**
 * A Job or CronJob: its pods run to completion, so what it costs is the pod-hours it runs in a
 * month, which no input says. The pod's hourly price (its requests × the Kubernetes profile) is the
 * unit price of a usage charge (`monthlyPodHours`); without a usage file it is listed, not added.
 */
function batch(kind: "Job" | "CronJob", podSpecPath: string) {
  return (props: Props, ctx: PriceContext): ResourcePrice => {
    const pod = podRequests(dig(props, podSpecPath), podSpecPath);
    if (typeof pod === "string") return unpriced(pod, "kubernetes");
    const k = ctx.catalog.kubernetes;
    const perPodHour = Math.round(podHourlyUsd(pod, ctx) * 1e6) / 1e6;
    // On nodes the plan prices, the pods' hours are capacity already counted there.
    if (ctx.kubernetesNodesPricedOn)
      return priced(
        "kubernetes",
        undefined,
        [],
        [
          `a ${kind} runs pods to completion on the nodes of cluster ${ctx.kubernetesNodesPricedOn}, priced on its node groups or pools: their requests (${Math.round(pod.cpu * 1000) / 1000} vCPU, ${Math.round(pod.memoryGiB * 1000) / 1000} GiB per pod) take that capacity and are not priced again ($${perPodHour}/pod-hour alone with the Kubernetes profile)`,
          ...pod.assumptions,
        ],
        { perInstanceHourlyUsd: perPodHour },
      );
    const charge = usageCharge(ctx, {
      key: "monthlyPodHours",
      quantityUnit: "pod-hours run per month",
      unit: "pod-hour",
      unitSize: 1,
      usdPerUnit: perPodHour,
      source: `its requests (${Math.round(pod.cpu * 1000) / 1000} vCPU, ${Math.round(pod.memoryGiB * 1000) / 1000} GiB) × the Kubernetes profile: ${k.derivation}`,
    });
    const schedule = str(dig(props, "spec.schedule"));
    return priced(
      "kubernetes",
      undefined,
      [],
      [
        kind === "CronJob"
          ? `a CronJob runs Jobs on its schedule${schedule ? ` (${schedule})` : ""}: its cost is the pod-hours they run, ${describeUsage(charge)}`
          : `a Job runs its pods to completion: its cost is the pod-hours they run, ${describeUsage(charge)}`,
        "parallel pods count one pod-hour each per hour",
        ...pod.assumptions,
      ],
      { usage: [charge], perInstanceHourlyUsd: perPodHour },
    );
  };
}

export const pricers: PricerModule["pricers"] = {
  "kubernetes:batch/v1:Job": batch("Job", "spec.template.spec"),
  "kubernetes:batch/v1:CronJob": batch("CronJob", "spec.jobTemplate.spec.template.spec"),
};
