import type { PublicCloud } from "../../sdk/catalog/types";
import { HOURS_PER_MONTH } from "../../sdk/cost/formulas";
import { placeValidated } from "../../sdk/placement/place";
import { COMPUTE_TYPES, priceSubject, unknownPrice } from "../lib/compute";
import { RULES } from "../lib/names";
import { perHour, usd } from "../lib/report";
import { allowedRegionsSchema, CATALOG_FILE_SCHEMA, resourceRule } from "../lib/rule";

export interface CheaperRegionConfig {
  minSavingPercent: number;
  allowedRegions: string[];
  catalogFile: string;
}

/**
 * The seed's "move from high-cost to low-cost regions": the same instance type, or the cheapest
 * type satisfying the same vCPUs, memory, architecture and GPUs, costs at least N % less in another
 * allowed region of the same cloud and geography.
 */
export const cheaperRegionAvailable = resourceRule<CheaperRegionConfig>({
  name: RULES.cheaperRegionAvailable,
  description: "The same machine is markedly cheaper in another allowed region of the same geography.",
  enforcementLevel: "advisory",
  configSchema: {
    properties: {
      minSavingPercent: {
        type: "number",
        exclusiveMinimum: 0,
        maximum: 100,
        default: 15,
        description: "Suggest a move only when it saves at least this share of the instance price, percent.",
      },
      allowedRegions: allowedRegionsSchema(
        "Regions a resource may move to (keep it equal to allowed-regions.allowedRegions).",
      ),
      catalogFile: CATALOG_FILE_SCHEMA,
    },
  },
  appliesTo: (type) => type in COMPUTE_TYPES && COMPUTE_TYPES[type] !== "workload",
  check: (s, ctx) => {
    const catalog = ctx.catalog();
    const price = priceSubject(s, catalog);
    if (!price.priced) {
      if (unknownPrice(price)) ctx.note(`${s.name}: could not look for a cheaper region: ${price.reason}.`);
      return;
    }
    const cloud = price.cloud as PublicCloud;
    const spec = price.instanceType ? catalog.instanceType(cloud, price.instanceType) : undefined;
    const here = spec && price.region ? catalog.offer(cloud, price.region, spec.name) : undefined;
    const geography = price.region ? catalog.region(cloud, price.region)?.geography : undefined;
    if (!spec || !here || !geography) return;
    const regions = catalog
      .regions(cloud)
      .filter(
        (r) =>
          r.geography === geography && r.name !== price.region && ctx.config.allowedRegions.includes(r.name),
      )
      .map((r) => r.name);
    if (regions.length === 0) return;
    const sameType = regions
      .map((r) => catalog.offer(cloud, r, spec.name))
      .filter((o) => o !== undefined)
      .sort((a, b) => a.hourlyUsd - b.hourlyUsd || a.region.localeCompare(b.region))[0];
    let equivalent;
    try {
      equivalent = placeValidated(
        {
          vcpus: spec.vcpus,
          memoryGiB: spec.memoryGiB,
          arch: spec.arch,
          ...(spec.gpuCount >= 1
            ? {
                gpu: {
                  count: Math.ceil(spec.gpuCount),
                  ...(spec.gpuModel ? { model: spec.gpuModel as never } : {}),
                },
              }
            : {}),
          diskGiB: 20,
          diskClass: "standard",
          image: "ubuntu-24.04",
        },
        { cloud, regions, allowBurstable: spec.category === "burstable", alternatives: 0 },
        catalog,
      );
    } catch {
      equivalent = undefined;
    }
    const options = [
      ...(sameType
        ? [{ region: sameType.region, type: sameType.instanceType, hourly: sameType.hourlyUsd }]
        : []),
      ...(equivalent
        ? [{ region: equivalent.region, type: equivalent.instanceType, hourly: equivalent.instanceHourlyUsd }]
        : []),
    ].sort((a, b) => a.hourly - b.hourly);
    const best = options[0];
    if (!best) return;
    const savingShare = (here.hourlyUsd - best.hourly) / here.hourlyUsd;
    if (savingShare * 100 < ctx.config.minSavingPercent) return;
    const count = Math.max(price.count ?? 1, 1);
    const saving = (here.hourlyUsd - best.hourly) * HOURS_PER_MONTH * count;
    ctx.violation(
      `${s.name}: ${spec.name} costs ${perHour(here.hourlyUsd)} in ${price.region}; ${best.type === spec.name ? "the same type" : `${best.type} (same vCPUs, memory and architecture or more)`} costs ${perHour(best.hourly)} in ${best.region} (${geography}), ${Math.round(savingShare * 100)} % less: moving saves ${usd(saving)}/month${count > 1 ? ` over ${count} instances` : ""} (mind data location and latency).`,
    );
  },
});
