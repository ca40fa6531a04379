import { gcpLabel, readTag } from "../tags";
import { UNKNOWN } from "../cost/types";
import type { ObservedUtilization } from "./format";

/** A resource as matching sees it: its Pulumi name, type and properties. */
export interface MatchSubject {
  name: string;
  type: string;
  props: Record<string, unknown>;
  /** Outputs, when the resource came from a stack's state (they hold the cloud's ids). */
  outputs?: Record<string, unknown>;
  /** Other Pulumi names it answers to: a component's lock key (`platform/api`, `web[0]`). */
  aliases?: readonly string[];
}

/** Input properties that hold the name the cloud gives a machine or group. */
const PHYSICAL_NAME: Record<string, string> = {
  "azure-native:compute:VirtualMachine": "vmName",
  "azure-native:compute:VirtualMachineScaleSet": "vmScaleSetName",
  "gcp:compute/instance:Instance": "name",
  "gcp:compute/instanceGroupManager:InstanceGroupManager": "name",
  "gcp:compute/regionInstanceGroupManager:RegionInstanceGroupManager": "name",
  "aws:autoscaling/group:Group": "name",
};

const known = (v: unknown): v is string => typeof v === "string" && v !== "" && v !== UNKNOWN;

/** Whether a tag value matches, as written or as GCP normalizes label values. */
function tagValueMatches(actual: string | undefined, wanted: string): boolean {
  return actual !== undefined && (actual === wanted || actual === gcpLabel(wanted, false));
}

/** The resource group an Azure resource id names. */
const azureGroup = (id: string) => /\/resourceGroups\/([^/]+)/i.exec(id)?.[1];

/**
 * Whether an observed-utilization entry is about a resource: by Pulumi name (or alias), by a tag
 * it carries (under every spelling; GCP-normalized values too), or by the cloud's id — the id or
 * ARN in its outputs, or the machine's name as the cloud knows it (Azure `vmName`, GCP `name`,
 * in the resource group the Azure id names). Never by a partial or fuzzy name.
 */
export function observationMatches(e: ObservedUtilization, s: MatchSubject): boolean {
  if (e.name !== undefined) return e.name === s.name || (s.aliases ?? []).includes(e.name);
  if (e.tag !== undefined) return tagValueMatches(readTag(s.props, e.tag.key), e.tag.value);
  if (e.resourceId === undefined) return false;
  const id = e.resourceId.toLowerCase();
  for (const f of ["id", "arn", "selfLink", "instanceId"]) {
    const v = s.outputs?.[f];
    if (known(v) && v.toLowerCase() === id) return true;
  }
  const field = PHYSICAL_NAME[s.type];
  const physical = field ? s.props[field] : undefined;
  if (!known(physical)) return false;
  const isAzure = s.type.startsWith("azure-native:");
  const name = e.resourceName ?? (isAzure ? e.resourceId.split("/").pop() : undefined);
  if (name === undefined) return false;
  if (isAzure) {
    const group = azureGroup(e.resourceId);
    const rg = s.props.resourceGroupName;
    if (group && known(rg) && rg.toLowerCase() !== group.toLowerCase()) return false;
    return physical.toLowerCase() === name.toLowerCase();
  }
  return physical === name;
}
