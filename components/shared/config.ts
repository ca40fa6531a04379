import * as pulumi from "@pulumi/pulumi";
import { Catalog, loadCatalog } from "../../sdk/catalog/catalog";
import { azureLocation, regionOfZone } from "../../sdk/catalog/region-names";
import { PUBLIC_CLOUDS, PublicCloud } from "../../sdk/catalog/types";
import { LeptonError } from "../../sdk/errors";
import { oneOf } from "../../sdk/units/checks";

/** Stack config the components read (namespace `lepton-multicloud`). */
export interface LeptonConfig {
  /** `lepton-multicloud:clouds`: clouds placement may choose from (comma list or JSON array). @default aws, azure, gcp */
  clouds: PublicCloud[];
  /** `lepton-multicloud:catalog`: a user catalog file merged over the shipped one. */
  catalog: Catalog;
}

const catalogs = new Map<string, Catalog>();

/** Reads the `lepton-multicloud` config; the catalog of a given file is loaded once per process. */
export function leptonConfig(): LeptonConfig {
  const config = new pulumi.Config("lepton-multicloud");
  const raw = config.get("clouds");
  let clouds: string[] = [...PUBLIC_CLOUDS];
  if (raw !== undefined) {
    clouds = raw.trim().startsWith("[") ? (JSON.parse(raw) as string[]) : raw.split(",").map((s) => s.trim());
    for (const c of clouds) {
      if (!(PUBLIC_CLOUDS as readonly string[]).includes(c)) {
        throw new LeptonError(
          `lepton-multicloud:clouds: ${JSON.stringify(c)} is not valid; ${oneOf(PUBLIC_CLOUDS, c)}`,
        );
      }
    }
  }
  const file = config.get("catalog") ?? "";
  if (!catalogs.has(file)) catalogs.set(file, loadCatalog(file || undefined));
  return { clouds: clouds as PublicCloud[], catalog: catalogs.get(file)! };
}

/**
 * The region each cloud's default provider is configured for (`aws:region`, `azure-native:location`,
 * `gcp:region` or the region of `gcp:zone`), when set.
 */
export function providerRegions(): Partial<Record<PublicCloud, string>> {
  const out: Partial<Record<PublicCloud, string>> = {};
  const aws = new pulumi.Config("aws").get("region");
  if (aws) out.aws = aws;
  const azure = new pulumi.Config("azure-native").get("location");
  if (azure) out.azure = azureLocation(azure);
  const gcp = new pulumi.Config("gcp");
  const zone = gcp.get("zone");
  const gcpRegion = gcp.get("region") ?? (zone ? regionOfZone(zone) : undefined);
  if (gcpRegion) out.gcp = gcpRegion;
  return out;
}
