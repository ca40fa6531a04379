import { regionOfZone } from "../../catalog/region-names";
import { str, Props } from "../helpers";
import type { PriceContext } from "../types";

/** The last segment of a GCP resource path or self link (`zones/us-central1-a/machineTypes/e2-small`). */
export const lastSegment = (s: string) => s.split("/").pop() ?? s;

/** Region of a GCP resource: its own region, its zone's region, else the provider's. */
export function gcpRegion(
  props: Props,
  ctx: Pick<PriceContext, "region">,
): { region?: string; assumption: string } {
  const region = str(props.region);
  if (region) return { region: lastSegment(region), assumption: "region from the resource's region" };
  const zone = str(props.zone);
  if (zone) return { region: regionOfZone(zone), assumption: `region from zone ${zone}` };
  if (ctx.region) return { region: ctx.region, assumption: "region from the provider (gcp:region)" };
  return { assumption: "" };
}

export const pdClass = (type: unknown): "standard" | "ssd" =>
  typeof type === "string" && lastSegment(type) === "pd-ssd" ? "ssd" : "standard";
