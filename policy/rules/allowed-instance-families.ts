import type { Catalog } from "../../sdk/catalog/catalog";
import { defaultCatalog } from "../../sdk/catalog/catalog";
import type { PublicCloud } from "../../sdk/catalog/types";
import { PUBLIC_CLOUDS } from "../../sdk/catalog/types";
import { HOURS_PER_MONTH } from "../../sdk/cost/formulas";
import { cloudOfInstanceType, instanceTypesOf, isCompute, priceSubject } from "../lib/compute";
import { RULES } from "../lib/names";
import { perHour, usd } from "../lib/report";
import { CATALOG_FILE_SCHEMA, resourceRule } from "../lib/rule";
import { isUnknown, providerRegion } from "../lib/subject";

export interface AllowedInstanceFamiliesConfig {
  allowedFamilies: { aws: string[]; azure: string[]; gcp: string[] };
  catalogFile: string;
}

/** Families of the shipped catalog that are not GPU machines: GPUs need a deliberate allow. */
export function defaultFamilies(): AllowedInstanceFamiliesConfig["allowedFamilies"] {
  const catalog = defaultCatalog();
  const of = (cloud: PublicCloud) => [
    ...new Set(
      catalog
        .instanceTypes(cloud)
        .filter((t) => t.category !== "gpu")
        .map((t) => t.family),
    ),
  ];
  return { aws: of("aws"), azure: of("azure"), gcp: of("gcp") };
}

/** The catalog family of a type; for types the catalog lacks, AWS `m5.large` → `m5`, GCP `n2-standard-4` → `n2`. */
function familyOf(cloud: PublicCloud, type: string, catalog: Catalog): string | undefined {
  const known = catalog.instanceType(cloud, type)?.family;
  if (known) return known;
  if (cloud === "aws" && type.includes(".")) return type.split(".")[0];
  if (cloud === "gcp" && type.includes("-")) return type.split("-")[0];
  return undefined;
}

/** A type the rule suggests instead: the catalog's spec and its on-demand price in the region. */
interface Replacement {
  instanceType: string;
  family: string;
  vcpus: number;
  memoryGiB: number;
  instanceHourlyUsd: number;
}

/** Cheaper first; at the same price the smaller machine, then by name (deterministic). */
const compareReplacements = (a: Replacement, b: Replacement) =>
  a.instanceHourlyUsd - b.instanceHourlyUsd ||
  a.vcpus - b.vcpus ||
  a.memoryGiB - b.memoryGiB ||
  a.instanceType.localeCompare(b.instanceType);

/**
 * The cheapest type of an allowed family, of the same architecture, with at least the vCPUs,
 * memory and GPUs of the current one, offered in the region: searched in the whole catalog (the
 * full tables too, not only the curated set placement chooses among), so a t2.micro is told of a
 * t3.micro, not of the smallest curated t3. Ties go to the smaller machine, then the name.
 */
export function allowedReplacement(
  cloud: PublicCloud,
  region: string,
  type: string,
  families: string[],
  catalog: Catalog,
): Replacement | undefined {
  const spec = catalog.instanceType(cloud, type);
  if (!spec || !catalog.region(cloud, region)) return undefined;
  const allowed = new Set(families);
  let best: Replacement | undefined;
  for (const name of catalog.instanceTypeNames(cloud)) {
    const t = catalog.instanceType(cloud, name);
    if (!t || !allowed.has(t.family) || t.arch !== spec.arch) continue;
    if (t.vcpus < spec.vcpus || t.memoryGiB < spec.memoryGiB || t.gpuCount < spec.gpuCount) continue;
    // No GPU machine for one that has none: it is never what was asked for.
    if (spec.gpuCount === 0 && t.gpuCount > 0) continue;
    const offer = catalog.offer(cloud, region, name);
    if (!offer) continue;
    const candidate = {
      instanceType: name,
      family: t.family,
      vcpus: t.vcpus,
      memoryGiB: t.memoryGiB,
      instanceHourlyUsd: offer.hourlyUsd,
    };
    if (!best || compareReplacements(candidate, best) < 0) best = candidate;
  }
  return best;
}

/** Instance types (and Kubernetes node selectors) must belong to an allowed family of their cloud. */
export const allowedInstanceFamilies = resourceRule<AllowedInstanceFamiliesConfig>({
  name: RULES.allowedInstanceFamilies,
  description: "Instance types must belong to an allowed instance family.",
  enforcementLevel: "mandatory",
  configSchema: {
    properties: {
      allowedFamilies: {
        type: "object",
        properties: {
          aws: { type: "array", items: { type: "string" } },
          azure: { type: "array", items: { type: "string" } },
          gcp: { type: "array", items: { type: "string" } },
        },
        required: ["aws", "azure", "gcp"],
        default: defaultFamilies(),
        description:
          "Catalog family names allowed per cloud (e.g. m7i, Ds_v5, n2d). Default: every non-GPU family of the shipped catalog.",
      },
      catalogFile: CATALOG_FILE_SCHEMA,
    },
  },
  appliesTo: isCompute,
  check: (s, ctx) => {
    const catalog = ctx.catalog();
    for (const type of instanceTypesOf(s)) {
      if (isUnknown(type)) {
        ctx.note(
          `${s.name}: could not check the instance family: the instance type is unknown during preview (checked again at pulumi up).`,
        );
        continue;
      }
      const cloud =
        s.cloud === "kubernetes" ? cloudOfInstanceType(type, catalog) : (s.cloud as PublicCloud | undefined);
      if (!cloud || !(PUBLIC_CLOUDS as readonly string[]).includes(cloud)) {
        ctx.note(
          `${s.name}: could not check the instance family of ${type}: it is not in the catalog; add it with a user catalog (catalogFile).`,
        );
        continue;
      }
      const family = familyOf(cloud, type, catalog);
      if (!family) {
        ctx.note(
          `${s.name}: could not check the instance family of ${cloud} type ${type}: it is not in the catalog; add it with a user catalog (catalogFile).`,
        );
        continue;
      }
      const allowed = ctx.config.allowedFamilies[cloud] ?? [];
      if (allowed.includes(family)) continue;
      const price = priceSubject(s, catalog);
      const region = (price.priced ? price.region : undefined) ?? providerRegion(s);
      const current = region ? catalog.offer(cloud, region, type) : undefined;
      const better = region ? allowedReplacement(cloud, region, type, allowed, catalog) : undefined;
      let suggestion = `use a type of an allowed ${cloud} family (${allowed.join(", ") || "none allowed"})`;
      if (better && current) {
        const delta =
          (current.hourlyUsd - better.instanceHourlyUsd) *
          HOURS_PER_MONTH *
          Math.max(price.priced ? (price.count ?? 1) : 1, 1);
        suggestion = `use ${better.instanceType} (family ${better.family}, ${better.vcpus} vCPU, ${better.memoryGiB} GiB, ${perHour(better.instanceHourlyUsd)} in ${region}), which ${
          delta > 0.005
            ? `saves ${usd(delta)}/month`
            : delta < -0.005
              ? `costs ${usd(-delta)}/month more`
              : "costs the same"
        }`;
      }
      ctx.violation(
        `${s.name}: ${cloud} type ${type} is of family ${family}, which is not allowed; ${suggestion}.`,
      );
    }
  },
});
