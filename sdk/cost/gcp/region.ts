import { regionOfZone } from "../../catalog/region-names";
import { str, Props } from "../helpers";
import type { PriceContext } from "../types";

/** The last segment of a GCP resource path or self link (`zones/us-central1-a/machineTypes/e2-small`). */
export const lastSegment = (s: string) => s.split("/").pop() ?? s;

const ZONE = /^[a-z]+-[a-z]+\d+-[a-z]$/;
const REGION = /^[a-z]+-[a-z]+\d+$/;

/** True for a GCP zone name (`us-central1-a`), false for a region or multi-region. */
export const isZone = (location: string) => ZONE.test(lastSegment(location).toLowerCase());

/** True for a GCP region name (`us-central1`), false for a zone or a multi-region (`US`, `europe`). */
export const isRegion = (location: string) => REGION.test(lastSegment(location).toLowerCase());

/** The region of a location: a zone's region, else the location itself (`us-central1-a` → `us-central1`). */
export const regionOfLocation = (location: string) =>
  isZone(location) ? regionOfZone(lastSegment(location)) : lastSegment(location).toLowerCase();

/**
 * Region of a GCP resource: its own region, its zone's region, its location (a region or a zone;
 * multi-regions such as `US` are left to the pricer), else the provider's.
 */
export function gcpRegion(
  props: Props,
  ctx: Pick<PriceContext, "region">,
): { region?: string; assumption: string } {
  const region = str(props.region);
  if (region) return { region: lastSegment(region), assumption: "region from the resource's region" };
  const zone = str(props.zone);
  if (zone) return { region: regionOfZone(zone), assumption: `region from zone ${zone}` };
  const location = str(props.location);
  if (location && isZone(location))
    return { region: regionOfZone(lastSegment(location)), assumption: `region from location ${location}` };
  if (location && isRegion(location))
    return { region: lastSegment(location).toLowerCase(), assumption: "region from the resource's location" };
  if (ctx.region) return { region: ctx.region, assumption: "region from the provider (gcp:region)" };
  return { assumption: "" };
}

/** The reason a GCP resource with no region is unpriced, naming the input that would give one. */
export const noGcpRegion = (field: string) =>
  `region is not known: set ${field} or the provider's region (gcp:region)`;

export const pdClass = (type: unknown): "standard" | "ssd" =>
  typeof type === "string" && lastSegment(type) === "pd-ssd" ? "ssd" : "standard";
