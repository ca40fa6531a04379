import { join } from "node:path";
import type { HarnessResource, HarnessViolation } from "../../analyzer/harness";
import { UNKNOWN } from "../../sdk/cost/types";
import { ensureBuilt } from "../helpers/cli";

export { ensureBuilt, UNKNOWN };

/** The repository root and its policy pack directory (run from the compiled pack in dist/). */
export const ROOT = join(__dirname, "..", "..");
export const PACK_DIR = join(ROOT, "policy");

/** A resource as the engine would send it. */
export function res(
  type: string,
  name: string,
  inputs: Record<string, unknown>,
  extra: Partial<HarnessResource> = {},
): HarnessResource {
  return { urn: `urn:pulumi:dev::project::${type}::${name}`, type, name, inputs, ...extra };
}

/** An explicit provider resource for a package, with its config inputs. */
export function provider(pkg: string, inputs: Record<string, unknown>, name = "explicit") {
  return {
    urn: `urn:pulumi:dev::project::pulumi:providers:${pkg}::${name}`,
    type: `pulumi:providers:${pkg}`,
    name,
    inputs,
  };
}

/** Adds exemption tags where each target keeps them (tags, GCP labels, Kubernetes annotations). */
export function exempt(r: HarnessResource, rules: string, reason?: string): HarnessResource {
  const add: Record<string, string> = {
    "lepton-policy-exempt": rules,
    ...(reason ? { "lepton-policy-exempt-reason": reason } : {}),
  };
  const inputs = structuredClone(r.inputs);
  if (r.type.startsWith("kubernetes:")) {
    const metadata = (inputs.metadata ?? {}) as Record<string, unknown>;
    inputs.metadata = { ...metadata, annotations: { ...(metadata.annotations as object), ...add } };
  } else if (r.type.startsWith("gcp:")) {
    inputs.labels = { ...(inputs.labels as object), ...add };
  } else {
    inputs.tags = { ...(inputs.tags as object), ...add };
  }
  return { ...r, urn: r.urn + "-exempt", name: r.name + "-exempt", inputs };
}

/** Diagnostics of one policy. */
export const of = (vs: HarnessViolation[], policy: string) => vs.filter((v) => v.policyName === policy);
