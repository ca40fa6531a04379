import { tagSpellings } from "../tags";
import type { ExportPage } from "./cloudwatch";
import { ImportContext, InventoryRecord, problem } from "./series";

const COMPONENT_KEYS = tagSpellings("lepton:component");

/** The `lepton:component` tag of a tag map, under any spelling. */
function componentOf(tags: unknown): string | undefined {
  if (!tags || typeof tags !== "object") return undefined;
  if (Array.isArray(tags)) {
    const t = tags.find(
      (x: { Key?: unknown }) => typeof x?.Key === "string" && COMPONENT_KEYS.includes(x.Key),
    );
    return typeof t?.Value === "string" ? t.Value : undefined;
  }
  for (const k of COMPONENT_KEYS) {
    const v = (tags as Record<string, unknown>)[k];
    if (typeof v === "string") return v;
  }
  return undefined;
}

/** Which inventory export a parsed JSON document is, if any. */
export function inventoryKind(doc: unknown): "aws" | "azure" | "gcp" | undefined {
  if (doc && typeof doc === "object" && Array.isArray((doc as { Reservations?: unknown }).Reservations))
    return "aws";
  if (!Array.isArray(doc) || doc.length === 0) return undefined;
  const first = doc[0] as Record<string, unknown>;
  if (typeof first?.id === "string" && /\/providers\/Microsoft\.Compute\//i.test(first.id)) return "azure";
  if (typeof first?.machineType === "string" && first.id !== undefined) return "gcp";
  return undefined;
}

/**
 * Reads the machines of an inventory export into `ctx.inventory` (by id and by name, lower case):
 * `aws ec2 describe-instances` (`Reservations[].Instances[]`), `az vm list` / `az vmss list`, or
 * `gcloud compute instances list --format=json`. Each record gives the instance type the metrics
 * were measured on and, when the machine carries it, the `lepton:component` tag that names its
 * component exactly.
 */
export function readInventory(page: ExportPage, ctx: ImportContext): InventoryRecord[] {
  const { file, doc } = page;
  const kind = inventoryKind(doc);
  const records: InventoryRecord[] = [];
  const add = (r: InventoryRecord, keys: (string | undefined)[]) => {
    records.push(r);
    for (const k of keys) if (k) ctx.inventory.set(k.toLowerCase(), r);
  };
  if (kind === "aws") {
    (doc as { Reservations: { Instances?: unknown[] }[] }).Reservations.forEach((res, i) =>
      (res?.Instances ?? []).forEach((raw, j) => {
        const x = raw as { InstanceId?: unknown; InstanceType?: unknown; Tags?: unknown };
        const where = `${file} Reservations[${i}].Instances[${j}]`;
        if (typeof x?.InstanceId !== "string") {
          problem(
            ctx,
            `${where}.InstanceId`,
            x?.InstanceId,
            "is missing or not a string",
            "pass the output of aws ec2 describe-instances unchanged",
          );
          return;
        }
        const component = componentOf(x.Tags);
        add(
          {
            cloud: "aws",
            id: x.InstanceId,
            ...(typeof x.InstanceType === "string" ? { instanceType: x.InstanceType } : {}),
            ...(component ? { component } : {}),
            origin: where,
          },
          [x.InstanceId],
        );
      }),
    );
  } else if (kind === "azure") {
    (doc as unknown[]).forEach((raw, i) => {
      const x = raw as {
        id?: unknown;
        name?: unknown;
        hardwareProfile?: { vmSize?: unknown };
        sku?: { name?: unknown };
        tags?: unknown;
      };
      if (typeof x?.id !== "string") {
        problem(
          ctx,
          `${file} [${i}].id`,
          x?.id,
          "is missing or not a string",
          "pass the output of az vm list --output json unchanged",
        );
        return;
      }
      const size = x.hardwareProfile?.vmSize ?? x.sku?.name;
      const component = componentOf(x.tags);
      add(
        {
          cloud: "azure",
          id: x.id,
          ...(typeof x.name === "string" ? { name: x.name } : {}),
          ...(typeof size === "string" ? { instanceType: size } : {}),
          ...(component ? { component } : {}),
          origin: `${file} [${i}]`,
        },
        [x.id, typeof x.name === "string" ? x.name : undefined],
      );
    });
  } else if (kind === "gcp") {
    (doc as unknown[]).forEach((raw, i) => {
      const x = raw as {
        id?: unknown;
        name?: unknown;
        machineType?: unknown;
        labels?: unknown;
        zone?: unknown;
      };
      const id = typeof x?.id === "number" ? String(x.id) : x?.id;
      if (typeof id !== "string") {
        problem(
          ctx,
          `${file} [${i}].id`,
          x?.id,
          "is missing or not a string",
          "pass the output of gcloud compute instances list --format=json unchanged",
        );
        return;
      }
      const type = typeof x.machineType === "string" ? x.machineType.split("/").pop() : undefined;
      const zone = typeof x.zone === "string" ? x.zone.split("/").pop() : undefined;
      const component = componentOf(x.labels);
      const name = typeof x.name === "string" ? x.name : undefined;
      add(
        {
          cloud: "gcp",
          id,
          ...(name ? { name } : {}),
          ...(type ? { instanceType: type } : {}),
          ...(component ? { component } : {}),
          origin: `${file} [${i}]`,
        },
        [id, name, zone && name ? `${zone}/${name}` : undefined],
      );
    });
  }
  return records;
}
