import { azureLocation, regionOfZone } from "../../sdk/catalog/region-names";
import type { Geography, PublicCloud } from "../../sdk/catalog/types";
import { GEOGRAPHIES } from "../../sdk/catalog/types";
import { oneOf } from "../../sdk/units/checks";
import { RULES } from "../lib/names";
import { catalogFor } from "../lib/settings";
import { allowedRegionsSchema, CATALOG_FILE_SCHEMA, resourceRule } from "../lib/rule";
import { isUnknown, providerRegion, Subject } from "../lib/subject";

export interface AllowedRegionsConfig {
  allowedRegions: string[];
  catalogFile: string;
}

/** Where a resource says it is: its own region/zone/location, else a default provider's region. */
export function regionOf(s: Subject): { region?: unknown; from: string } {
  const p = s.props;
  const provider = s.type.startsWith("pulumi:providers:");
  switch (s.cloud) {
    case "aws":
      if (p.region !== undefined) return { region: p.region, from: provider ? "region" : "its region" };
      if (typeof p.availabilityZone === "string" && !isUnknown(p.availabilityZone))
        return { region: regionOfZone(p.availabilityZone), from: `zone ${p.availabilityZone}` };
      if (isUnknown(p.availabilityZone)) return { region: p.availabilityZone, from: "availabilityZone" };
      break;
    case "azure":
      // Global resources (metric alerts, Traffic Manager, DNS) live in no region.
      if (typeof p.location === "string" && p.location.toLowerCase() === "global") return { from: "" };
      if (p.location !== undefined)
        return {
          region:
            typeof p.location === "string" && !isUnknown(p.location) ? azureLocation(p.location) : p.location,
          from: "its location",
        };
      break;
    case "gcp": {
      const own = p.region ?? p.location;
      // Multi-region locations (US, EU, ASIA …) and global resources name no single region.
      if (typeof own === "string" && /^(global|us|eu|asia|nam\d+|eur\d+|asia\d+)$/i.test(own))
        return { from: "" };
      if (own !== undefined)
        return {
          region:
            typeof own === "string" && !isUnknown(own) ? (own.split("/").pop() ?? own).toLowerCase() : own,
          from: "its region",
        };
      if (typeof p.zone === "string" && !isUnknown(p.zone))
        return { region: regionOfZone(p.zone), from: `zone ${p.zone}` };
      if (isUnknown(p.zone)) return { region: p.zone, from: "zone" };
      break;
    }
  }
  // An explicit provider is judged itself; a default one is not in the program, so it is judged here.
  if (provider || !s.provider || !s.provider.name.startsWith("default")) return { from: "" };
  return { region: providerRegion(s), from: "its default provider" };
}

/**
 * Checks every `allowedRegions` setting of a Configure request (this rule's, and any other rule's
 * that takes one, as cheaper-region-available) against the regions of the catalog the rule prices
 * with: a name no cloud of it knows ("mars-1", "eu-west1") would allow nothing, or judge every
 * resource by a list that cannot match, so it is refused with a "did you mean". Run it once the
 * pack-wide settings are applied (the catalog may be the pack's `catalogFile`).
 * @returns a problem per unknown region, naming the policy, the field, the value and the fix.
 */
export function unknownAllowedRegions(config: Record<string, Record<string, unknown>>): string[] {
  const problems: string[] = [];
  for (const [policy, props] of Object.entries(config)) {
    const list = props.allowedRegions;
    if (!Array.isArray(list)) continue;
    const catalogFile = typeof props.catalogFile === "string" ? props.catalogFile : undefined;
    const valid = catalogFor(catalogFile)
      .regions()
      .map((r) => r.name);
    list.forEach((region, i) => {
      if (typeof region === "string" && !valid.includes(region))
        problems.push(
          `${policy}.allowedRegions[${i}]: ${JSON.stringify(region)} is not a region of any cloud in the catalog; ${oneOf(valid, region)} (a region the catalog lacks can be added with a catalogFile)`,
        );
    });
  }
  return problems;
}

/**
 * Resources and providers of AWS, Azure and GCP must be in an allowed region. Providers are judged
 * as resources; a resource without a region of its own is judged by its provider's.
 */
export const allowedRegions = resourceRule<AllowedRegionsConfig>({
  name: RULES.allowedRegions,
  description: "Resources and providers must be in an allowed region.",
  enforcementLevel: "mandatory",
  configSchema: {
    properties: {
      allowedRegions: allowedRegionsSchema(
        "Region names (any cloud) resources may be in. Default: every region in the shipped catalog.",
      ),
      catalogFile: CATALOG_FILE_SCHEMA,
    },
  },
  appliesTo: (type) => /^(aws|azure-native|gcp):|^pulumi:providers:(aws|azure-native|gcp)$/.test(type),
  check: (s, ctx) => {
    const { region, from } = regionOf(s);
    if (region === undefined) return;
    if (isUnknown(region)) {
      ctx.note(
        `${s.name}: could not check the region: ${from} is unknown during preview (checked again at pulumi up).`,
      );
      return;
    }
    if (typeof region !== "string" || region === "") return;
    const allowed = ctx.config.allowedRegions;
    if (allowed.includes(region)) return;
    // A GCP multi-region bucket location (US, EU, ASIA) is allowed when an allowed region lies in it.
    if (s.cloud === "gcp" && (GEOGRAPHIES as readonly string[]).includes(region)) {
      const catalog = ctx.catalog();
      if (allowed.some((r) => catalog.region("gcp" as PublicCloud, r)?.geography === (region as Geography)))
        return;
    }
    const sameCloud = ctx
      .catalog()
      .regions(s.cloud as PublicCloud)
      .map((r) => r.name)
      .filter((r) => allowed.includes(r));
    ctx.violation(
      `${s.name}: region ${JSON.stringify(region)} (from ${from}) is not allowed; move it to an allowed ${s.cloud} region: ${
        sameCloud.length
          ? oneOf(sameCloud, region).replace(/^use one of: /, "")
          : "none is allowed for this cloud; change the cloud or allowed-regions.allowedRegions"
      }.`,
    );
  },
});
