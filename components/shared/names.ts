import * as pulumi from "@pulumi/pulumi";
import type { Issue } from "../../sdk/errors";
import { claimNames, NameClaim, Normalization } from "../../sdk/names";

const OUTSIDE_A_PROGRAM = {};

/**
 * One object per running program: the monitor its resources register with (each run under mocks
 * gets its own), so names claimed in one program do not leak into the next in the same process.
 */
export function programScope(): object {
  return (pulumi.runtime.getMonitor() as object | undefined) ?? OUTSIDE_A_PROGRAM;
}

/**
 * Claims the normalized names a component's children will be known by in this program; an issue
 * naming both components when another component's name normalized to the same.
 */
export function claimChildNames(component: string, wanted: NameClaim[]): Issue[] {
  return claimNames(programScope(), component, wanted);
}

/**
 * The component input under which a component records the names and tags it rewrote to fit its
 * cloud (original → normalized, with the rule), so a plan reading the recorded inputs can show
 * them. Absent when nothing was rewritten.
 */
export const NORMALIZED_INPUT = "normalizedNames";

/** `{ normalizedNames: [...] }` to spread into a component's registered inputs, or nothing. */
export function normalizedInput(list: Normalization[]): { [NORMALIZED_INPUT]?: Normalization[] } {
  return list.length > 0 ? { [NORMALIZED_INPUT]: list } : {};
}
