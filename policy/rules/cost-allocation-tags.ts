import type { Catalog } from "../../sdk/catalog/catalog";
import type { Cloud } from "../../sdk/catalog/types";
import { priceResource } from "../../sdk/cost/price-resource";
import type { ResourcePrice } from "../../sdk/cost/types";
import { TagCarrier, tagCarrierOf, USUAL_TAG_CARRIER } from "../../sdk/taggable-types";
import { normalizeTags, readTag } from "../../sdk/tags";
import { RULES } from "../lib/names";
import { usd } from "../lib/report";
import { CATALOG_FILE_SCHEMA, resourceRule } from "../lib/rule";
import { catalogFor } from "../lib/settings";
import { isUnknown, Props, providerRegion, Subject } from "../lib/subject";

export interface CostAllocationTagsConfig {
  requiredTags: string[];
  defaults: Record<string, string>;
  catalogFile: string;
}

/**
 * Where a resource keeps its tags: as the sdk's list says for the types it names (AWS/Azure `tags`,
 * GCP `labels`, GCP groups `allInstancesConfig.labels`, notification channels `userLabels`,
 * Kubernetes objects `metadata.labels`), else where its cloud usually keeps them.
 */
function carrierOf(s: Subject): TagCarrier {
  return tagCarrierOf(s.type) ?? USUAL_TAG_CARRIER[s.cloud as Cloud];
}

const tagField = (s: Subject) => carrierOf(s).path;

/** Types this rule looks at: every resource of the three clouds, and every Kubernetes object. */
function appliesTo(type: string): boolean {
  return tagCarrierOf(type) !== undefined || /^(aws|azure-native|gcp):/.test(type);
}

/**
 * The resource's price from the cost engine. What the engine knows is not billed (`free`: IAM,
 * VPCs, resource groups, a web app on its plan, a ClusterIP Service, Kubernetes RBAC …) is not
 * judged: a tag on it allocates no cost. Priced and unpriced resources both are: an unpriced one
 * is billed all the same.
 */
function priceOf(s: Subject, catalog: Catalog): ResourcePrice {
  return priceResource(s.type, s.props, { catalog, region: providerRegion(s) });
}

const notBilled = (price: ResourcePrice) => price.priced && price.free === true;

/** The tag map (or AWS group tag list) at a dotted path. */
function tagsAt(props: Props, path: string): unknown {
  let cur: unknown = props;
  for (const part of path.split("."))
    cur = cur && typeof cur === "object" && !isUnknown(cur) ? (cur as Props)[part] : cur;
  return cur;
}

/** Missing required tags, or "unknown" when the tag map itself is unknown during preview. */
function missingTags(s: Subject, required: string[]): string[] | "unknown" | "untaggable" {
  const field = tagField(s);
  const tags = tagsAt(s.props, field);
  if (
    isUnknown(tags) ||
    (field !== "tags" && field.includes(".") && isUnknown(tagsAt(s.props, field.split(".")[0])))
  )
    return "unknown";
  // A type the list does not name may take no tags at all: judged only when it has some.
  if (tags === undefined && tagCarrierOf(s.type) === undefined) return "untaggable";
  return required.filter((t) => {
    const v = readTag(s.props, t);
    return v === undefined || v.trim() === "";
  });
}

/**
 * Every billed, taggable resource of the three clouds, and every billed Kubernetes object, carries
 * the cost-allocation tags (labels); `remediate` adds missing ones from the configured defaults.
 * Resources the cost engine knows are not billed are left alone: a tag on them allocates no cost.
 */
export const costAllocationTags = resourceRule<CostAllocationTagsConfig>({
  name: RULES.costAllocationTags,
  description:
    "Billed taggable resources must carry the cost-allocation tags (labels on GCP and Kubernetes); resources the cost engine knows are not billed (IAM, networks, resource groups, ClusterIP Services, RBAC …) are not checked, since a tag on them allocates no cost.",
  enforcementLevel: "mandatory",
  configSchema: {
    properties: {
      requiredTags: {
        type: "array",
        items: { type: "string", minLength: 1 },
        default: ["owner", "cost-center"],
        description:
          "Tag names every taggable resource must carry (any spelling normalized per cloud is accepted).",
      },
      defaults: {
        type: "object",
        additionalProperties: { type: "string" },
        default: {},
        description:
          'Values remediation writes for missing tags, e.g. { "owner": "platform" } (normalized per cloud).',
      },
      catalogFile: CATALOG_FILE_SCHEMA,
    },
  },
  appliesTo,
  check: (s, ctx) => {
    const price = priceOf(s, ctx.catalog());
    if (notBilled(price)) return;
    const missing = missingTags(s, ctx.config.requiredTags);
    if (missing === "untaggable") return;
    if (missing === "unknown") {
      ctx.note(
        `${s.name}: could not check the cost-allocation tags: ${tagField(s)} is unknown during preview (checked again at pulumi up).`,
      );
      return;
    }
    if (missing.length === 0) return;
    const cost =
      price.priced && price.monthlyUsd > 0
        ? ` so its ${usd(price.monthlyUsd)}/month is charged to an owner`
        : "";
    const fixable = missing.filter((t) => ctx.config.defaults[t] !== undefined);
    ctx.violation(
      `${s.name}: missing cost-allocation ${s.cloud === "gcp" || s.cloud === "kubernetes" ? "labels" : "tags"} ${missing.join(", ")}; add them to ${tagField(s)}${cost}${
        fixable.length ? ` (enforcementLevel "remediate" adds ${fixable.join(", ")} from defaults)` : ""
      }.`,
    );
  },
  remediate: (s, config) => {
    if (notBilled(priceOf(s, catalogFor(config.catalogFile)))) return undefined;
    const missing = missingTags(s, config.requiredTags);
    if (!Array.isArray(missing)) return undefined;
    const add: Record<string, string> = {};
    for (const t of missing) if (config.defaults[t] !== undefined) add[t] = config.defaults[t];
    if (Object.keys(add).length === 0) return undefined;
    const normalized = normalizeTags(s.cloud as Cloud, add);
    const props: Props = { ...s.props };
    const carrier = carrierOf(s);
    if (carrier.form === "list") {
      const list = props[carrier.path];
      if (!Array.isArray(list) && list !== undefined) return undefined;
      // AWS group tags are a list; propagate them so the instances carry them too.
      props[carrier.path] = [
        ...((list as unknown[]) ?? []),
        ...Object.entries(normalized).map(([key, value]) => ({ key, value, propagateAtLaunch: true })),
      ];
      return props;
    }
    const path = carrier.path.split(".");
    let target = props;
    for (const part of path.slice(0, -1)) {
      target[part] = { ...((target[part] as Props) ?? {}) };
      target = target[part] as Props;
    }
    const leaf = path[path.length - 1];
    target[leaf] = { ...((target[leaf] as Props) ?? {}), ...normalized };
    return props;
  },
});
