import type { Cloud } from "../../sdk/catalog/types";
import { normalizeTags, TAGS } from "../../sdk/tags";
import type { ResolvedComputeUnit } from "../../sdk/units/compute";
import { findCostSink } from "./cost-sink";
import type * as pulumi from "@pulumi/pulumi";

/**
 * The tags every child of a Lepton component carries, normalized for its cloud: the cost-allocation
 * tags (`lepton:component`, `lepton:unit`), those of a budget above (owner, cost centre …), any
 * extra the component adds (expected utilization …), and the user's (which win).
 */
export function childTags(
  cloud: Cloud,
  component: { type: string; name: string; parent?: pulumi.Resource },
  unitLabel: string,
  extra: Record<string, string> = {},
  user: Record<string, string> = {},
): Record<string, string> {
  const budgetTags = findCostSink(component.parent)?.costTags ?? {};
  return normalizeTags(cloud, {
    ...budgetTags,
    [TAGS.component]: `${component.type.split(":").pop()}/${component.name}`,
    [TAGS.unit]: unitLabel,
    ...extra,
    ...user,
  });
}

/** The `lepton:unit` tag value of a compute unit, e.g. `2vcpu-4gib-x86_64` or `8vcpu-32gib-x86_64-1xT4`. */
export function unitLabel(unit: ResolvedComputeUnit): string {
  const gpu = unit.gpu ? `-${unit.gpu.count}x${unit.gpu.model ?? "gpu"}` : "";
  return `${unit.vcpus}vcpu-${unit.memoryGiB}gib-${unit.arch}${gpu}`;
}
