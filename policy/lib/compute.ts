import type { Catalog } from "../../sdk/catalog/catalog";
import type { PublicCloud } from "../../sdk/catalog/types";
import { priceResource } from "../../sdk/cost/price-resource";
import type { ResourcePrice } from "../../sdk/cost/types";
import { readTag, TAGS } from "../../sdk/tags";
import { at, isUnknown, providerRegion, Subject } from "./subject";

/** How a compute resource runs machines. */
export type ComputeKind = "instance" | "group" | "template" | "workload";

/** Raw compute types of the four targets (templates launch the members of groups). */
export const COMPUTE_TYPES: Record<string, ComputeKind> = {
  "aws:ec2/instance:Instance": "instance",
  "aws:autoscaling/group:Group": "group",
  "aws:ec2/launchTemplate:LaunchTemplate": "template",
  "azure-native:compute:VirtualMachine": "instance",
  "azure-native:compute:VirtualMachineScaleSet": "group",
  "gcp:compute/instance:Instance": "instance",
  "gcp:compute/instanceGroupManager:InstanceGroupManager": "group",
  "gcp:compute/regionInstanceGroupManager:RegionInstanceGroupManager": "group",
  "gcp:compute/instanceTemplate:InstanceTemplate": "template",
  "gcp:compute/regionInstanceTemplate:RegionInstanceTemplate": "template",
  "kubernetes:apps/v1:Deployment": "workload",
  "kubernetes:apps/v1:StatefulSet": "workload",
};

export const isCompute = (type: string): boolean => type in COMPUTE_TYPES;

/** A template priced as one instance it launches (templates themselves are not billed). */
function asInstance(s: Subject): { type: string; props: Record<string, unknown> } {
  if (s.type === "aws:ec2/launchTemplate:LaunchTemplate")
    return {
      type: "aws:ec2/instance:Instance",
      props: { instanceType: s.props.instanceType, region: s.props.region },
    };
  if (COMPUTE_TYPES[s.type] === "template")
    return {
      type: "gcp:compute/instance:Instance",
      props: {
        machineType: s.props.machineType,
        region: s.props.region,
        guestAccelerators: s.props.guestAccelerators,
      },
    };
  return { type: s.type, props: s.props };
}

/** Prices a resource through the sdk cost engine, with its provider's region. */
export function priceSubject(s: Subject, catalog: Catalog): ResourcePrice {
  const r = asInstance(s);
  return priceResource(r.type, r.props, { catalog, region: providerRegion(s) });
}

/** True when the engine could not price because a value is unknown during preview. */
export const unknownPrice = (p: ResourcePrice): boolean =>
  !p.priced && /unknown during preview/.test(p.reason);

/**
 * Instance types a compute resource names: its own field, every mixed-instances override, the
 * `lepton:instance-type` tag, or a Kubernetes pod's node selector. `UNKNOWN` entries stay in.
 */
export function instanceTypesOf(s: Subject): string[] {
  const p = s.props;
  const last = (v: unknown): unknown =>
    typeof v === "string" && !isUnknown(v) ? (v.split("/").pop() ?? v) : v;
  const found: unknown[] = [];
  switch (s.type) {
    case "aws:ec2/instance:Instance":
    case "aws:ec2/launchTemplate:LaunchTemplate":
      found.push(p.instanceType);
      break;
    case "aws:autoscaling/group:Group": {
      const overrides = at(p, "mixedInstancesPolicy.launchTemplate.overrides");
      if (Array.isArray(overrides)) found.push(...overrides.map((o) => at(o, "instanceType")));
      else if (isUnknown(overrides)) found.push(overrides);
      break;
    }
    case "azure-native:compute:VirtualMachine":
      found.push(at(p, "hardwareProfile.vmSize"));
      break;
    case "azure-native:compute:VirtualMachineScaleSet":
      found.push(at(p, "sku.name"));
      break;
    case "gcp:compute/instance:Instance":
    case "gcp:compute/instanceTemplate:InstanceTemplate":
    case "gcp:compute/regionInstanceTemplate:RegionInstanceTemplate":
      found.push(last(p.machineType));
      break;
    case "kubernetes:apps/v1:Deployment":
    case "kubernetes:apps/v1:StatefulSet": {
      const selector = at(p, "spec.template.spec.nodeSelector");
      if (isUnknown(selector)) found.push(selector);
      else if (selector && typeof selector === "object") {
        const sel = selector as Record<string, unknown>;
        found.push(sel["node.kubernetes.io/instance-type"] ?? sel["beta.kubernetes.io/instance-type"]);
      }
      break;
    }
  }
  const tagged = readTag(p, TAGS.instanceType);
  if (tagged !== undefined && !found.some((f) => f !== undefined)) found.push(last(tagged));
  return found.filter((f): f is string => typeof f === "string" && f !== "");
}

/** The public cloud an instance type name belongs to in the catalog (for Kubernetes node selectors). */
export function cloudOfInstanceType(name: string, catalog: Catalog): PublicCloud | undefined {
  return (["aws", "azure", "gcp"] as const).find((c) => catalog.instanceType(c, name));
}
