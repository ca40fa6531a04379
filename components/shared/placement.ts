import { Catalog } from "../../sdk/catalog/catalog";
import type { PublicCloud } from "../../sdk/catalog/types";
import { Placement, PlacementConstraints, place } from "../../sdk/placement/place";
import type { ComputeUnit } from "../../sdk/units/compute";
import { leptonConfig, providerRegions } from "./config";

/** Placement args of a component: the sdk constraints (see `PlacementConstraints`). */
export type PlacementArgs = Omit<PlacementConstraints, "alternatives">;

/**
 * Places a unit for a component, with the stack's defaults: clouds from `lepton-multicloud:clouds`,
 * and on a cloud whose default provider has a region configured, only that region (unless the
 * user names regions or a region). Pinned fields are passed through unchanged.
 */
export function placeForComponent(
  unit: ComputeUnit,
  args: PlacementArgs = {},
  field = "placement",
): { placement: Placement; catalog: Catalog } {
  const { clouds, catalog } = leptonConfig();
  const constraints: PlacementConstraints = { ...args };
  if (!args.cloud && !args.clouds) constraints.clouds = clouds;
  if (!args.region && !args.regions && args.cloud !== "kubernetes") {
    const configured = providerRegions();
    const scope: PublicCloud[] = args.cloud ? [args.cloud] : (constraints.clouds ?? clouds);
    const regions = scope.flatMap((cloud) => {
      const region = configured[cloud];
      const inGeo = (name: string) =>
        !args.geography || catalog.region(cloud, name)?.geography === args.geography;
      return region && catalog.region(cloud, region)
        ? [region].filter(inGeo)
        : catalog
            .regions(cloud)
            .map((r) => r.name)
            .filter(inGeo);
    });
    if (Object.keys(configured).length > 0 && regions.length > 0) constraints.regions = regions;
  }
  try {
    return { placement: place(unit, constraints, catalog), catalog };
  } catch (e) {
    if (e instanceof Error && field !== "placement")
      e.message = e.message.replace(/\bplacement\./g, `${field}.`);
    throw e;
  }
}
