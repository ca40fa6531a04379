import type { Catalog } from "../../sdk/catalog/catalog";
import { defaultCatalog } from "../../sdk/catalog/catalog";
import type { PublicCloud } from "../../sdk/catalog/types";
import { PUBLIC_CLOUDS } from "../../sdk/catalog/types";
import { HOURS_PER_MONTH } from "../../sdk/cost/formulas";
import { placeValidated } from "../../sdk/placement/place";
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
function defaultFamilies(): AllowedInstanceFamiliesConfig["allowedFamilies"] {
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

/** The cheapest type of an allowed family that offers at least the same vCPUs, memory and GPUs there. */
function allowedReplacement(
  cloud: PublicCloud,
  region: string,
  type: string,
  families: string[],
  catalog: Catalog,
) {
  const spec = catalog.instanceType(cloud, type);
  if (!spec || !catalog.region(cloud, region)) return undefined;
  try {
    return placeValidated(
      {
        vcpus: spec.vcpus,
        memoryGiB: spec.memoryGiB,
        arch: spec.arch,
        ...(spec.gpuCount >= 1 ? { gpu: { count: Math.ceil(spec.gpuCount) } } : {}),
        diskGiB: 20,
        diskClass: "standard",
        image: "ubuntu-24.04",
      },
      { cloud, region, families, allowBurstable: true, alternatives: 0 },
      catalog,
    );
  } catch {
    return undefined;
  }
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
