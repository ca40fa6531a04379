import { show } from "../../../sdk/errors";
import { UsageError } from "../../errors";
import { decodeValue, DecodeContext, Tree } from "./secrets";

/**
 * A resource as a stack export or a preview describes it (Pulumi's `ResourceV3`), read into what
 * the plan records: type, URN, parent, provider, the properties to price and analyze, outputs,
 * and where it is in its file.
 */
export interface SourceResource {
  urn: string;
  type: string;
  name: string;
  custom: boolean;
  parent?: string;
  /** URN of its provider resource (the reference without its ID). */
  provider?: string;
  dependencies: string[];
  propertyDependencies: Record<string, string[]>;
  /** `external`: read with `.get()`, not managed (nor billed) by this stack. */
  read: boolean;
  /** `delete`: an old copy waiting to be deleted (a replacement whose delete failed or is pending). */
  pendingDelete: boolean;
  /** What is priced and analyzed, secrets as `SecretValue`s (see `mergeProps`). */
  props: Tree;
  /** The provider's outputs, secrets as `SecretValue`s. */
  outputs: Tree;
  /** The file it was read from and its JSON path there, for messages. */
  file: string;
  at: string;
}

/** The parts of a URN: `urn:pulumi:<stack>::<project>::<parent types$>type::<name>`. */
export interface UrnParts {
  stack: string;
  project: string;
  /** The type qualified by its parents' types (`a$b$type`). */
  qualifiedType: string;
  name: string;
}

/** Splits a Pulumi URN, or undefined when it is not one (a name may itself contain `::`). */
export function parseUrn(urn: string): UrnParts | undefined {
  if (!urn.startsWith("urn:pulumi:")) return undefined;
  const parts = urn.slice("urn:pulumi:".length).split("::");
  if (parts.length < 4 || parts.slice(0, 3).some((p) => p === "")) return undefined;
  return { stack: parts[0], project: parts[1], qualifiedType: parts[2], name: parts.slice(3).join("::") };
}

/** The provider URN of a provider reference `<provider URN>::<provider ID>`, or undefined if malformed. */
export function providerUrnOf(reference: string): string | undefined {
  const cut = reference.lastIndexOf("::");
  const urn = cut > 0 ? reference.slice(0, cut) : "";
  return parseUrn(urn)?.qualifiedType.split("$").pop()?.startsWith("pulumi:providers:") ? urn : undefined;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

/**
 * The properties a resource is priced and analyzed from: one side's keys over the other's. A
 * deployed resource is read from its outputs (what the provider reports, defaults filled in),
 * falling back to its inputs for what outputs lack (an Azure resource group name); a preview's new
 * state from its inputs (what the program now asks), outputs filling in computed fields.
 */
export function mergeProps(first: Tree, fallback: Tree): Tree {
  return { ...(isObject(fallback) ? fallback : {}), ...(isObject(first) ? first : {}) };
}

/**
 * Reads one `ResourceV3` object.
 * @param at its JSON path in the file, e.g. `deployment.resources[3]`.
 * @param prefer which side its priced properties come from (see `mergeProps`).
 * @throws UsageError naming the file, the JSON path, the bad value and what is valid.
 */
export function readResource(
  raw: unknown,
  at: string,
  ctx: DecodeContext,
  prefer: "outputs" | "inputs",
): SourceResource {
  const bad = (field: string, value: unknown, expected: string) =>
    new UsageError(`${ctx.file}: ${at}${field ? `.${field}` : ""}: ${show(value)} is not valid; ${expected}`);
  if (!isObject(raw)) throw bad("", raw, "each resource is an object with urn, type and custom");
  const urn = raw.urn;
  if (typeof urn !== "string" || !parseUrn(urn))
    throw bad("urn", urn, "use a Pulumi URN, urn:pulumi:<stack>::<project>::<type>::<name>");
  const type = raw.type;
  if (typeof type !== "string" || type === "") throw bad("type", type, "use a Pulumi type token");
  if (typeof raw.custom !== "boolean") throw bad("custom", raw.custom, "use true or false");
  for (const field of ["inputs", "outputs", "propertyDependencies"])
    if (raw[field] !== undefined && raw[field] !== null && !isObject(raw[field]))
      throw bad(field, raw[field], "use an object of property names to values");
  for (const field of ["parent", "provider", "id"])
    if (raw[field] !== undefined && typeof raw[field] !== "string")
      throw bad(field, raw[field], "use a string");
  const urns = (value: unknown, field: string): string[] => {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value) || value.some((u) => typeof u !== "string"))
      throw bad(field, value, "use an array of URNs");
    return value as string[];
  };
  let provider: string | undefined;
  if (typeof raw.provider === "string" && raw.provider !== "") {
    provider = providerUrnOf(raw.provider);
    if (!provider)
      throw bad("provider", raw.provider, "use a provider reference, <provider URN>::<provider ID>");
  }
  const propertyDependencies: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(isObject(raw.propertyDependencies) ? raw.propertyDependencies : {}))
    propertyDependencies[k] = urns(v, `propertyDependencies.${k}`);

  const inputs = decodeValue(raw.inputs ?? {}, `${at}.inputs`, ctx);
  const outputs = decodeValue(raw.outputs ?? {}, `${at}.outputs`, ctx);
  // Outputs of most providers hold the ID; a few (and components) do not.
  const withId =
    typeof raw.id === "string" && raw.id !== "" && isObject(outputs) && outputs.id === undefined
      ? { ...outputs, id: raw.id }
      : outputs;
  return {
    urn,
    type,
    name: parseUrn(urn)!.name,
    custom: raw.custom,
    ...(typeof raw.parent === "string" && raw.parent !== "" ? { parent: raw.parent } : {}),
    ...(provider ? { provider } : {}),
    dependencies: urns(raw.dependencies, "dependencies"),
    propertyDependencies,
    read: raw.external === true,
    pendingDelete: raw.delete === true,
    props: prefer === "outputs" ? mergeProps(withId, inputs) : mergeProps(inputs, withId),
    outputs: withId,
    file: ctx.file,
    at,
  };
}
