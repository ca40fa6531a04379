import { SPOT_SNAPSHOT_NOTE } from "../../sdk/catalog/catalog";
import type { PublicCloud } from "../../sdk/catalog/types";

import { HOURS_PER_MONTH } from "../../sdk/cost/formulas";
import type { Priced } from "../../sdk/cost/types";
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
    const geography = price.region ? catalog.region(cloud, price.region)?.geography : undefined;
    if (!spec || !price.region || !geography) return;
    const regions = catalog
      .regions(cloud)
      .filter(
        (r) =>
          r.geography === geography && r.name !== price.region && ctx.config.allowedRegions.includes(r.name),
      )
      .map((r) => r.name);
    if (regions.length === 0) return;
    // A spot (or partly spot) resource pays the spot price for its spot share: compare that mix,
    // not on-demand prices, in every region (spot figures are snapshots, said in the message).
    const mix = spotMix(price);
    const hourlyIn = (region: string, type: string): number | undefined => {
      const onDemand = catalog.offer(cloud, region, type)?.hourlyUsd;
      if (onDemand === undefined) return undefined;
      if (mix.spotShare === 0) return onDemand;
      const spot = catalog.spotPrice(cloud, region, type)?.hourlyUsd;
      return spot === undefined ? undefined : (1 - mix.spotShare) * onDemand + mix.spotShare * spot;
    };
    const hereHourly = hourlyIn(price.region as string, spec.name);
    if (hereHourly === undefined) return;
    const sameType = regions
      .map((r) => ({ region: r, type: spec.name, hourly: hourlyIn(r, spec.name) }))
      .filter((o): o is Option => o.hourly !== undefined)
      .sort((a, b) => a.hourly - b.hourly || a.region.localeCompare(b.region))[0];
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
        {
          cloud,
          regions,
          allowBurstable: spec.category === "burstable",
          alternatives: 0,
          ...(mix.spotShare > 0 ? { priceBy: "spot" as const } : {}),
        },
        catalog,
      );
    } catch {
      equivalent = undefined;
    }
    const equivalentHourly = equivalent ? hourlyIn(equivalent.region, equivalent.instanceType) : undefined;
    const options: Option[] = [
      ...(sameType ? [sameType] : []),
      ...(equivalent && equivalentHourly !== undefined
        ? [{ region: equivalent.region, type: equivalent.instanceType, hourly: equivalentHourly }]
        : []),
    ].sort((a, b) => a.hourly - b.hourly);
    const best = options[0];
    if (!best) return;
    const savingShare = (hereHourly - best.hourly) / hereHourly;
    if (savingShare * 100 < ctx.config.minSavingPercent) return;
    const count = Math.max(price.count ?? 1, 1);
    const saving = (hereHourly - best.hourly) * HOURS_PER_MONTH * count;
    const basis = mix.spotShare === 0 ? "" : mix.spotShare === 1 ? " on spot" : ` (${mix.label})`;
    ctx.violation(
      `${s.name}: ${spec.name} costs ${perHour(hereHourly)}${basis} in ${price.region}; ${best.type === spec.name ? "the same type" : `${best.type} (same vCPUs, memory and architecture or more)`} costs ${perHour(best.hourly)} in ${best.region} (${geography}), ${Math.round(savingShare * 100)} % less: moving saves ${usd(saving)}/month${count > 1 ? ` over ${count} instances` : ""} (mind data location and latency${mix.spotShare > 0 ? `; ${SPOT_SNAPSHOT_NOTE}` : ""}).`,
    );
  },
});

interface Option {
  region: string;
  type: string;
  hourly: number;
}

/** The spot share the cost engine priced (`Priced.spotShare`), and how to say it. */
function spotMix(price: Priced): { spotShare: number; label: string } {
  const share = price.spotShare ?? 0;
  if (share === 0) return { spotShare: 0, label: "on-demand" };
  const count = price.count ?? 1;
  return {
    spotShare: share,
    label: share === 1 ? "on spot" : `${Math.round(share * count)} of ${count} on spot`,
  };
}
