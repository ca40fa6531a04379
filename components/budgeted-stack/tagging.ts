import * as pulumi from "@pulumi/pulumi";
import type { Cloud } from "../../sdk/catalog/types";
import { isKubernetesObject, TAGGABLE_TYPES, KUBERNETES_LABELS } from "../../sdk/taggable-types";
import { normalizeTags } from "../../sdk/tags";

/**
 * The taggable types whose tags are a string map in a top-level input, by that input (`tags`,
 * `labels`, `userLabels`): a view of the sdk's one list, `TAGGABLE_TYPES`, which also holds the
 * nested and list-shaped carriers (GCP groups' `allInstancesConfig.labels`, AWS auto-scaling groups).
 */
export const TAGGED_TYPES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(TAGGABLE_TYPES)
    .filter(([, c]) => c.form === "map" && !c.path.includes("."))
    .map(([type, c]) => [type, c.path]),
);

/** Kubernetes workloads whose pods carry their own labels (which cost tools such as OpenCost read). */
const POD_TEMPLATES: Record<string, string[]> = {
  Deployment: ["spec", "template"],
  StatefulSet: ["spec", "template"],
  DaemonSet: ["spec", "template"],
  ReplicaSet: ["spec", "template"],
  Job: ["spec", "template"],
  CronJob: ["spec", "jobTemplate", "spec", "template"],
};

type Props = Record<string, unknown>;

/** A map the transform may merge into: present, known and not a secret (left as the user made it). */
function mergeable(v: unknown): v is Props {
  return (
    typeof v === "object" &&
    v !== null &&
    !Array.isArray(v) &&
    !pulumi.isUnknown(v) &&
    !Object.keys(v).includes(pulumi.runtime.specialSigKey)
  );
}

/** `base` with `extra` added underneath: what the resource already says wins. */
function under(base: unknown, extra: Record<string, string>): Props | undefined {
  if (base === undefined || base === null) return { ...extra };
  return mergeable(base) ? { ...extra, ...base } : undefined;
}

/**
 * `obj` with `tags` merged under the map at `path` (created, with its parents, when absent),
 * copying only what it changes; `obj` itself when something on the way is not a known map.
 */
function mergeAt(obj: Props, path: readonly string[], tags: Record<string, string>): Props {
  const [head, ...rest] = path;
  const inner = obj[head];
  if (rest.length === 0) {
    const merged = under(inner, tags);
    return merged ? { ...obj, [head]: merged } : obj;
  }
  const container = inner === undefined || inner === null ? {} : inner;
  if (!mergeable(container)) return obj;
  const next = mergeAt(container, rest, tags);
  return next === container ? obj : { ...obj, [head]: next };
}

/** Sets the labels of the Kubernetes object found at `path` in `obj` (existing maps only on the way). */
function withLabels(obj: Props, path: string[], labels: Record<string, string>): Props {
  if (path.length === 0) return mergeAt(obj, KUBERNETES_LABELS.path.split("."), labels);
  const [head, ...rest] = path;
  const inner = obj[head];
  return mergeable(inner) ? { ...obj, [head]: withLabels(inner, rest, labels) } : obj;
}

/** Adds tags to an AWS auto-scaling group's list, each inherited by its instances; the group's own win. */
function withListTags(props: Props, field: string, tags: Record<string, string>): Props {
  const given = props[field] === undefined ? [] : props[field];
  if (!Array.isArray(given)) return props;
  const have = new Set(given.map((t) => (t as { key?: unknown })?.key));
  const added = Object.entries(tags)
    .filter(([k]) => !have.has(k))
    .map(([key, value]) => ({ key, value, propagateAtLaunch: true }));
  return added.length ? { ...props, [field]: [...given, ...added] } : props;
}

/**
 * The resource's inputs with the cost tags added where its type takes them (see
 * `TAGGABLE_TYPES`; a Kubernetes object's labels and its pods'), normalized for the cloud; tags the
 * resource already has win. Returns `props` itself when the type takes no tags or they are not a
 * known map.
 */
export function withCostTags(
  type: string,
  cloud: Cloud,
  props: Props,
  costTags: Record<string, string>,
): Props {
  const tags = normalizeTags(cloud, costTags);
  if (cloud === "kubernetes") {
    if (!isKubernetesObject(type)) return props;
    let out = withLabels(props, [], tags);
    const template = POD_TEMPLATES[type.split(":").pop() ?? ""];
    if (template) out = withLabels(out, template, tags);
    return out;
  }
  const carrier = TAGGABLE_TYPES[type];
  if (!carrier) return props;
  if (carrier.form === "list") return withListTags(props, carrier.path, tags);
  return mergeAt(props, carrier.path.split("."), tags);
}
