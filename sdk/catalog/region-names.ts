/** An Azure location as the catalog names it: "West Europe" and "westeurope" are the same region. */
export function azureLocation(location: string): string {
  return location.toLowerCase().replace(/\s+/g, "");
}

/**
 * The region of a zone: AWS `us-east-1a` → `us-east-1`, GCP `us-central1-b` (or its self link
 * `…/zones/us-central1-b`) → `us-central1`.
 */
export function regionOfZone(zone: string): string {
  const name = zone.split("/").pop() ?? zone;
  return /-[a-z]$/.test(name) ? name.slice(0, -2) : name.replace(/[a-z]$/, "");
}
