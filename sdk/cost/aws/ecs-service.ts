import { dig, isUnknown, num, Props, priced, resolveReference, shownValue, str, unpriced } from "../helpers";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";
import { FARGATE_GB_HOUR, FARGATE_VCPU_HOUR, taskMemoryGb, taskVcpus } from "./fargate";
import { isUnpriced, placeAws, priceNotes } from "./golden";

/** How a service's tasks run: Fargate, or on the cluster's EC2 instances (billed as those instances). */
function launchKind(props: Props, taskDef: Props | undefined): { fargate: boolean; note: string } {
  const launchType = str(props.launchType);
  if (launchType) return { fargate: launchType === "FARGATE", note: `launchType ${launchType}` };
  const providers = ((props.capacityProviderStrategies as Props[] | undefined) ?? []).map((s) =>
    str(s.capacityProvider),
  );
  if (providers.length)
    return {
      fargate: providers.some((p) => p === "FARGATE" || p === "FARGATE_SPOT"),
      note: `capacity providers ${providers.join(", ")}`,
    };
  const compat = (taskDef?.requiresCompatibilities as unknown[] | undefined) ?? [];
  return compat.includes("FARGATE")
    ? { fargate: true, note: "no launch type set: Fargate assumed, as the task definition requires it" }
    : {
        fargate: false,
        note: "no launch type set and the task definition does not require Fargate: EC2 assumed",
      };
}

/**
 * An ECS service: on Fargate, desiredCount tasks of its task definition's vCPU and memory per hour;
 * on EC2 nothing by itself (the container instances are billed as EC2).
 */
function service(props: Props, ctx: PriceContext): ResourcePrice {
  const place = placeAws(props, ctx);
  if (isUnpriced(place)) return place;
  const { region } = place;
  const resolved = resolveReference(props, "taskDefinition", ctx);
  const taskDef = resolved?.props;
  const { fargate, note } = launchKind(props, taskDef);
  if (!fargate)
    return priced(
      "aws",
      region,
      [],
      [place.assumption, note, "EC2 tasks are billed as the cluster's instances"],
    );
  if (!taskDef)
    return unpriced(
      "taskDefinition could not be resolved: task vCPU and memory come from the task definition",
      "aws",
      region,
    );
  const unknownSize = (["cpu", "memory"] as const).filter((f) => isUnknown(taskDef[f]));
  if (unknownSize.length)
    return unpriced(
      `the task definition's ${unknownSize.join(" and ")} ${unknownSize.length > 1 ? "are" : "is"} unknown during preview` +
        (resolved?.component
          ? `: computed from other resources' outputs by the ${resolved.component} component that made the task definition`
          : ": computed from other resources' outputs") +
        "; set cpu and memory on the task definition to literal task sizes to price the tasks",
      "aws",
      region,
    );
  const vcpus = taskVcpus(taskDef.cpu);
  const gb = taskMemoryGb(taskDef.memory);
  if (vcpus === undefined || gb === undefined)
    return unpriced(
      `the task definition's ${vcpus === undefined ? `cpu (${shownValue(taskDef.cpu)})` : `memory (${shownValue(taskDef.memory)})`} is not a task size: Fargate needs cpu in units ("256") or "N vCPU" and memory in MiB ("512") or "N GB"`,
      "aws",
      region,
    );
  const count = num(props.desiredCount) ?? 0;
  const assumptions = [place.assumption, note];
  if (num(props.desiredCount) === undefined)
    assumptions.push("desiredCount not set: 0 tasks (the provider's default)");
  if (str(dig(taskDef, "runtimePlatform.cpuArchitecture")) === "ARM64")
    assumptions.push("ARM64 tasks priced at the x86 rates (an upper bound; no ARM figure in the data)");
  if (
    (props.capacityProviderStrategies as Props[] | undefined)?.some(
      (s) => s.capacityProvider === "FARGATE_SPOT",
    )
  )
    assumptions.push("FARGATE_SPOT tasks priced at on-demand rates (an upper bound)");
  if ((num(dig(taskDef, "ephemeralStorage.sizeInGib")) ?? 20) > 20)
    assumptions.push("ephemeral storage above the included 20 GB is not priced");
  return priced(
    "aws",
    region,
    [
      { item: `Fargate ${vcpus} vCPU × ${count} task(s)`, hourlyUsd: FARGATE_VCPU_HOUR.usd * vcpus * count },
      { item: `Fargate ${gb} GB × ${count} task(s)`, hourlyUsd: FARGATE_GB_HOUR.usd * gb * count },
    ],
    [...assumptions, ...priceNotes(region, [FARGATE_VCPU_HOUR, FARGATE_GB_HOUR])],
    {
      count,
      perInstanceHourlyUsd:
        Math.round((FARGATE_VCPU_HOUR.usd * vcpus + FARGATE_GB_HOUR.usd * gb) * 1e6) / 1e6,
    },
  );
}

export const pricers: PricerModule["pricers"] = { "aws:ecs/service:Service": service };
