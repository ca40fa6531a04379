import { FARGATE_GB_HOUR, FARGATE_VCPU_HOUR } from "../aws/fargate";
import { awsRegion, NO_AWS_REGION } from "../aws/region";
import { dig, isUnknown, num, priced, Props, resolveReference, str, unpriced } from "../helpers";
import { describePrice, regionNote } from "../list-price";
import type { PricerModule } from "../registry";
import type { PriceContext, ResourcePrice } from "../types";

/**
 * The task sizes Fargate accepts, as awsx enumerates them when it sizes a task from its containers:
 * vCPUs, and the whole GB of memory each allows (AWS: "Task CPU and memory", Amazon ECS guide).
 */
const FARGATE_SIZES: readonly { vcpu: number; minGb: number; maxGb: number }[] = [
  { vcpu: 0.25, minGb: 0.5, maxGb: 2 },
  { vcpu: 0.5, minGb: 1, maxGb: 4 },
  { vcpu: 1, minGb: 2, maxGb: 8 },
  { vcpu: 2, minGb: 4, maxGb: 16 },
  { vcpu: 4, minGb: 8, maxGb: 30 },
  { vcpu: 8, minGb: 16, maxGb: 60 },
  { vcpu: 16, minGb: 32, maxGb: 120 },
];

/** Hourly price of a task size. */
const taskHourly = (vcpu: number, gb: number) => vcpu * FARGATE_VCPU_HOUR.usd + gb * FARGATE_GB_HOUR.usd;

/**
 * The cheapest Fargate size with at least `vcpu` and `gb` — how awsx sizes a task whose
 * definition gives no task-level cpu and memory. Memory steps: 0.5, 1 and 2 GB at 0.25 vCPU,
 * whole GB above.
 */
export function fargateSizeFor(vcpu: number, gb: number): { vcpu: number; gb: number } | undefined {
  let best: { vcpu: number; gb: number } | undefined;
  for (const s of FARGATE_SIZES) {
    if (s.vcpu < vcpu) continue;
    const steps = s.vcpu === 0.25 ? [0.5, 1, 2] : range(s.minGb, s.maxGb);
    const memory = steps.find((m) => m >= gb);
    if (memory === undefined) continue;
    if (!best || taskHourly(s.vcpu, memory) < taskHourly(best.vcpu, best.gb))
      best = { vcpu: s.vcpu, gb: memory };
  }
  return best;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

/** Task CPU as ECS reads it: CPU units (`"1024"`, 1024) or `"1 vCPU"`; in vCPUs. */
export function parseTaskCpu(v: unknown): number | undefined {
  const units = num(v);
  if (units !== undefined) return units / 1024;
  const m = typeof v === "string" ? /^\s*([\d.]+)\s*vcpu\s*$/i.exec(v) : null;
  return m ? Number(m[1]) : undefined;
}

/** Task memory as ECS reads it: MiB (`"2048"`, 2048) or `"2 GB"`; in GB. */
export function parseTaskMemory(v: unknown): number | undefined {
  const mib = num(v);
  if (mib !== undefined) return mib / 1024;
  const m = typeof v === "string" ? /^\s*([\d.]+)\s*gb\s*$/i.exec(v) : null;
  return m ? Number(m[1]) : undefined;
}

interface TaskSize {
  vcpu: number;
  gb: number;
  how: string;
}

/** The size of the task: the task-level cpu and memory, else sized from the containers as awsx does. */
function taskSize(task: Props, where: string): TaskSize | string {
  const cpuValue = task.cpu;
  const memoryValue = task.memory;
  if (cpuValue !== undefined || memoryValue !== undefined) {
    const vcpu = parseTaskCpu(cpuValue);
    const gb = parseTaskMemory(memoryValue);
    if (isUnknown(cpuValue) || isUnknown(memoryValue)) return `${where}.cpu/memory is unknown during preview`;
    if (vcpu === undefined || gb === undefined)
      return `${where}.cpu ${JSON.stringify(cpuValue)} / memory ${JSON.stringify(memoryValue)} are not valid; give both, as CPU units ("1024") or "1 vCPU" and MiB ("2048") or "2 GB"`;
    return { vcpu, gb, how: `${where}.cpu/memory` };
  }
  const containers: Props[] = [];
  if (task.container && typeof task.container === "object") containers.push(task.container as Props);
  if (task.containers && typeof task.containers === "object")
    containers.push(...(Object.values(task.containers as Record<string, unknown>) as Props[]));
  if (containers.length === 0)
    return `${where} has neither cpu/memory nor container(s): the task's size is not known`;
  let units = 0;
  let mib = 0;
  for (const c of containers) {
    units += num(c.cpu) ?? 0;
    mib += num(c.memoryReservation) ?? num(c.memory) ?? 0;
  }
  const size = fargateSizeFor(units / 1024, mib / 1024);
  if (!size)
    return `the containers ask for ${units / 1024} vCPU and ${mib / 1024} GB, more than a Fargate task can have (16 vCPU, 120 GB)`;
  return {
    ...size,
    how: `${where}.cpu/memory not set: sized as awsx does, the cheapest Fargate size for the containers' ${units / 1024} vCPU and ${mib / 1024} GB`,
  };
}

/** The size of a task definition given by reference (`taskDefinition`), when the plan can see it. */
function referencedTaskSize(props: Props, ctx: PriceContext): TaskSize | string {
  const target = resolveReference(props, "taskDefinition", ctx);
  if (target?.type === "aws:ecs/taskDefinition:TaskDefinition")
    return taskSize(target.props, "taskDefinition");
  return "taskDefinition refers to a task definition the plan cannot see (not an aws.ecs.TaskDefinition of this program): its cpu and memory are not known";
}

/**
 * An awsx `ecs.FargateService`: `desiredCount` tasks (awsx's default 1) of the task's vCPU and memory
 * at the Fargate x86 Linux on-demand prices. The cluster, task definition and security group it
 * creates are not billed.
 */
function fargateService(props: Props, ctx: PriceContext): ResourcePrice {
  const { region, assumption } = awsRegion(props, ctx);
  if (!region) return unpriced(NO_AWS_REGION, "aws");
  const taskArgs = props.taskDefinitionArgs;
  const size =
    taskArgs && typeof taskArgs === "object"
      ? taskSize(taskArgs as Props, "taskDefinitionArgs")
      : props.taskDefinition !== undefined
        ? referencedTaskSize(props, ctx)
        : "neither taskDefinitionArgs nor taskDefinition is set: the task's size is not known";
  if (typeof size === "string") return unpriced(size, "aws", region);

  const countValue = props.desiredCount;
  const count = countValue === undefined ? 1 : num(countValue);
  if (count === undefined || !Number.isInteger(count) || count < 0)
    return unpriced(
      isUnknown(countValue)
        ? "desiredCount is unknown during preview"
        : `desiredCount: ${JSON.stringify(countValue)} is not valid; use a whole number of tasks`,
      "aws",
      region,
    );
  const assumptions = [
    assumption,
    size.how,
    countValue === undefined ? "desiredCount not set: awsx's default of 1 task" : `${count} tasks`,
    `Fargate vCPU: ${describePrice(FARGATE_VCPU_HOUR)}`,
    `Fargate memory: ${describePrice(FARGATE_GB_HOUR)}`,
    regionNote(FARGATE_VCPU_HOUR, region),
  ];
  const arch = str(dig(taskArgs, "runtimePlatform.cpuArchitecture"));
  if (arch && arch.toUpperCase() === "ARM64")
    assumptions.push("ARM64 tasks are billed below the x86 price used here");
  const os = str(dig(taskArgs, "runtimePlatform.operatingSystemFamily"));
  if (os && os.toUpperCase().startsWith("WINDOWS"))
    assumptions.push("Windows tasks also pay an OS licence fee per vCPU, not included");
  const strategies = Array.isArray(props.capacityProviderStrategies) ? props.capacityProviderStrategies : [];
  if (strategies.some((s) => dig(s, "capacityProvider") === "FARGATE_SPOT"))
    assumptions.push("FARGATE_SPOT tasks are priced at the on-demand rate (an upper bound)");
  const storage = num(dig(taskArgs, "ephemeralStorage.sizeInGib"));
  if (storage !== undefined && storage > 20)
    assumptions.push(
      `ephemeral storage beyond the included 20 GiB (${storage} GiB asked) is billed apart, not included`,
    );
  return priced(
    "aws",
    region,
    [
      {
        item: `${size.vcpu} vCPU × ${count}`,
        hourlyUsd: size.vcpu * count * FARGATE_VCPU_HOUR.usd,
      },
      {
        item: `${size.gb} GB × ${count}`,
        hourlyUsd: size.gb * count * FARGATE_GB_HOUR.usd,
      },
    ],
    assumptions,
    { count, perInstanceHourlyUsd: Math.round(taskHourly(size.vcpu, size.gb) * 1e6) / 1e6 },
  );
}

export const pricers: PricerModule["pricers"] = { "awsx:ecs:FargateService": fargateService };
