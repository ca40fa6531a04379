import * as pulumi from "@pulumi/pulumi";
import { LeptonError } from "../../sdk/errors";

/**
 * Throws a clear error naming the field when an Output or a Promise is found anywhere inside
 * `value`, for the fields a component must read while the program runs.
 * @param why why this field must be plain, in the field's own terms, e.g. "placement reads the
 *   unit to choose the instance type".
 * @param depth how many levels inside `value` must be plain too (the rest may hold Inputs).
 */
export function assertPlain(
  value: unknown,
  field: string,
  why: string,
  seen = new Set<object>(),
  depth = Infinity,
): void {
  if (pulumi.Output.isInstance(value) || value instanceof Promise) {
    throw new LeptonError(
      `${field}: an Output or Promise is not valid here; ${why}, so pass a plain value (resolve it before creating the component)`,
    );
  }
  // Resources hold Outputs of their own; a value seen before (a cycle) was checked already.
  if (
    depth > 0 &&
    value &&
    typeof value === "object" &&
    !pulumi.Resource.isInstance(value) &&
    !seen.has(value)
  ) {
    seen.add(value);
    for (const [k, v] of Object.entries(value))
      assertPlain(v, Array.isArray(value) ? `${field}[${k}]` : `${field}.${k}`, why, seen, depth - 1);
  }
}

/** True when `value` is a value known now (not an Output or Promise). */
export function isPlain<T>(value: pulumi.Input<T> | undefined): value is T {
  return !pulumi.Output.isInstance(value) && !(value instanceof Promise);
}
