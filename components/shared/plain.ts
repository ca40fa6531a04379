import * as pulumi from "@pulumi/pulumi";
import { LeptonError } from "../../sdk/errors";

/**
 * Placement happens while the program runs, so the values it reads must be plain. Throws a clear
 * error naming the field when an Output or a Promise is found anywhere inside `value`.
 */
export function assertPlain(value: unknown, field: string): void {
  if (pulumi.Output.isInstance(value) || value instanceof Promise) {
    throw new LeptonError(
      `${field}: an Output or Promise is not valid here; placement is decided when the program runs, so pass plain values (resolve the value before creating the component, or pin placement.cloud/region/instanceType)`,
    );
  }
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value))
      assertPlain(v, Array.isArray(value) ? `${field}[${k}]` : `${field}.${k}`);
  }
}
