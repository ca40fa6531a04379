import { num, str } from "../helpers";
import type { ListPrice } from "../list-price";
import { goldenPrice } from "./golden";

/**
 * Fargate (Linux, x86) per vCPU-hour and per GB-hour, us-east-1. The goldens print $29.55 per vCPU
 * and $3.24–$3.245 per GB for 730 hours; 0.04048 and 0.004445 are the rates inside every golden
 * row's rounding interval (ecs_service_test, eks_fargate_profile_test).
 */
export const FARGATE_VCPU_HOUR: ListPrice = goldenPrice("ecs_service_test", 0.04048, "vCPU-hour");
export const FARGATE_GB_HOUR: ListPrice = goldenPrice("ecs_service_test", 0.004445, "GB-hour");

/**
 * Task CPU as vCPUs: ECS takes CPU units (`"256"`, 1024 to a vCPU) or a `"1 vCPU"` string.
 * Undefined for anything else.
 */
export function taskVcpus(cpu: unknown): number | undefined {
  const units = num(cpu);
  if (units !== undefined) return units / 1024;
  const m = /^\s*([\d.]+)\s*vcpu\s*$/i.exec(str(cpu) ?? "");
  return m ? Number(m[1]) : undefined;
}

/** Task memory as GB: ECS takes MiB (`"512"`) or a `"2 GB"` string. Undefined for anything else. */
export function taskMemoryGb(memory: unknown): number | undefined {
  const mib = num(memory);
  if (mib !== undefined) return mib / 1024;
  const m = /^\s*([\d.]+)\s*gb\s*$/i.exec(str(memory) ?? "");
  return m ? Number(m[1]) : undefined;
}
