import { readFileSync } from "node:fs";
import { join } from "node:path";
import { defaultCatalog } from "../../../sdk/catalog/catalog";
import { importUtilization, UtilizationImportOptions } from "../../../sdk/observed/import";
import { parseImportMap } from "../../../sdk/observed/series";

/** The fixtures: hand-made data in the exact shape of each cloud's export (see test/fixtures/utilization). */
export const FIXTURES = join(__dirname, "..", "..", "fixtures", "utilization");

/** A fixture, parsed, with the name it is imported under. */
export function fixture(name: string): { file: string; doc: unknown } {
  return { file: name, doc: JSON.parse(readFileSync(join(FIXTURES, name), "utf8")) };
}

/** An export as tests read and edit it: parsed JSON of a known shape, not worth typing field by field. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** A fixture edited by `edit` (a deep copy), for bad-input cases. */
export function edited(name: string, edit: (doc: Json) => void): { file: string; doc: unknown } {
  const f = fixture(name);
  const doc = structuredClone(f.doc);
  edit(doc);
  return { file: f.file, doc };
}

/** importUtilization with the shipped catalog and an optional map. */
export function run(
  inputs: { file: string; doc: unknown }[],
  opts: Omit<UtilizationImportOptions, "map" | "catalog"> & { map?: Record<string, unknown> } = {},
) {
  const { map, ...rest } = opts;
  return importUtilization(inputs, {
    ...rest,
    catalog: defaultCatalog(),
    ...(map ? { map: parseImportMap(map, "map.json") } : {}),
  });
}
