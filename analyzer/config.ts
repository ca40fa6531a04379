import Ajv, { ErrorObject } from "ajv";
import { LeptonError, show } from "../sdk/errors";
import { oneOf } from "../sdk/units/checks";

/** Enforcement levels a policy can run at, as the Pulumi CLI accepts them. */
export const ENFORCEMENT_LEVELS = ["advisory", "mandatory", "remediate", "disabled"] as const;
export type EnforcementLevel = (typeof ENFORCEMENT_LEVELS)[number];

/** Per-policy config as in a Pulumi policy config file: { "<policy>": { enforcementLevel?, ...props } | "<level>", "all": ... } */
export type PolicyConfigFile = Record<string, unknown>;

/** Invalid policy pack configuration: every problem, each naming the policy, the field, the value and what is valid. */
export class PolicyConfigError extends LeptonError {
  constructor(readonly problems: string[]) {
    super(
      problems.length === 1
        ? `policy config: ${problems[0]}`
        : `${problems.length} problems in the policy config:\n${problems.map((p) => `  - ${p}`).join("\n")}`,
    );
  }
}

/** What the pack says about one policy (GetAnalyzerInfo). */
export interface PolicyMeta {
  name: string;
  enforcementLevel: EnforcementLevel;
  configSchema?: { properties?: Record<string, object>; required?: string[] };
}

/** One entry of the config sent to Configure. */
export interface ResolvedPolicyConfig {
  /** Empty only for an entry the CLI would reject ("all" or an unknown name without a level). */
  enforcementLevel: EnforcementLevel | "";
  properties: Record<string, unknown>;
}

interface ParsedEntry {
  enforcementLevel?: EnforcementLevel;
  properties: Record<string, unknown>;
}

const isLevel = (v: unknown): v is EnforcementLevel =>
  typeof v === "string" && (ENFORCEMENT_LEVELS as readonly string[]).includes(v);

/** Reads a config file's entries as the CLI does (a level string, or an object with an optional level). */
function parseConfigFile(config: PolicyConfigFile, problems: string[]): Map<string, ParsedEntry> {
  const out = new Map<string, ParsedEntry>();
  for (const [name, value] of Object.entries(config)) {
    if (typeof value === "string") {
      if (isLevel(value)) out.set(name, { enforcementLevel: value, properties: {} });
      else
        problems.push(
          `${name}: ${show(value)} is not an enforcement level; ${oneOf(ENFORCEMENT_LEVELS, value)}`,
        );
      continue;
    }
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      problems.push(
        `${name}: ${show(value)} is not valid; use an enforcement level or an object such as { "enforcementLevel": "mandatory", ... }`,
      );
      continue;
    }
    const { enforcementLevel, ...properties } = value as Record<string, unknown>;
    if (enforcementLevel !== undefined && !isLevel(enforcementLevel)) {
      problems.push(
        `${name}.enforcementLevel: ${show(enforcementLevel)} is not valid; ${oneOf(ENFORCEMENT_LEVELS, enforcementLevel)}`,
      );
      continue;
    }
    // The CLI drops entries that carry nothing.
    if (enforcementLevel === undefined && Object.keys(properties).length === 0) continue;
    out.set(name, { ...(enforcementLevel ? { enforcementLevel } : {}), properties });
  }
  return out;
}

/** The CLI's applyConfig: "all" sets every level, then each entry merges over what is there (unknown names included). */
function apply(result: Map<string, ResolvedPolicyConfig>, given: Map<string, ParsedEntry>): void {
  const all = given.get("all");
  if (all?.enforcementLevel) {
    for (const entry of result.values()) entry.enforcementLevel = all.enforcementLevel;
  }
  for (const [name, entry] of given) {
    const current = result.get(name) ?? { enforcementLevel: "", properties: {} };
    result.set(name, {
      enforcementLevel: entry.enforcementLevel ?? current.enforcementLevel,
      properties: { ...current.properties, ...entry.properties },
    });
  }
}

const ajv = new Ajv({ allErrors: true, strict: false });

function describeAjvError(policy: string, e: ErrorObject, data: Record<string, unknown>): string {
  const field = e.instancePath
    .split("/")
    .slice(1)
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"))
    .join(".");
  if (e.keyword === "required") {
    const missing = (e.params as { missingProperty: string }).missingProperty;
    return `${policy}.${missing}: is required`;
  }
  let value: unknown = data;
  for (const part of field ? field.split(".") : []) value = (value as Record<string, unknown>)?.[part];
  const where = field ? `${policy}.${field}` : policy;
  const allowed = (e.params as { allowedValues?: unknown[] }).allowedValues;
  const expected = allowed
    ? `use one of: ${allowed.map((a) => show(a)).join(", ")}`
    : (e.message ?? "is not valid");
  return `${where}: ${show(value)} is not valid; ${expected}`;
}

/**
 * Completes and validates a pack's config exactly as the Pulumi CLI does before `Configure`
 * (ReconcilePolicyPackConfig): each policy starts at its own level with its schema defaults, the
 * pack's initial config is applied, then the user's file (an `"all"` level applies to every policy),
 * and each policy's properties are checked against its schema. Stricter than the CLI in two places,
 * both to never drop input silently: an unknown policy name is an error (with a "did you mean"), and
 * so is an `"all"` entry that carries properties without a level (the CLI fails on it with
 * `invalid enforcement level ""`).
 * @throws PolicyConfigError listing every problem.
 */
export function reconcilePolicyConfig(
  policies: readonly PolicyMeta[],
  initialConfig: PolicyConfigFile | undefined,
  config: PolicyConfigFile | undefined,
): Map<string, ResolvedPolicyConfig> {
  const problems: string[] = [];
  const result = new Map<string, ResolvedPolicyConfig>();
  for (const p of policies) {
    const properties: Record<string, unknown> = {};
    for (const [k, schema] of Object.entries(p.configSchema?.properties ?? {})) {
      if ("default" in schema) properties[k] = structuredClone((schema as { default: unknown }).default);
    }
    result.set(p.name, { enforcementLevel: p.enforcementLevel, properties });
  }
  if (initialConfig) apply(result, parseConfigFile(initialConfig, problems));
  const given = config ? parseConfigFile(config, problems) : new Map<string, ParsedEntry>();
  const names = policies.map((p) => p.name);
  for (const [name, entry] of given) {
    if (name === "all") {
      if (!entry.enforcementLevel && Object.keys(entry.properties).length > 0)
        problems.push(
          `all: an "all" entry with properties needs an "enforcementLevel" too (the Pulumi CLI rejects it otherwise); ${oneOf(ENFORCEMENT_LEVELS)}, and override single policies after it`,
        );
    } else if (!names.includes(name)) {
      problems.push(`${name}: is not a policy of this pack; ${oneOf(names, name)}`);
    }
  }
  apply(result, given);
  for (const p of policies) {
    if (!p.configSchema) continue;
    const schema = {
      type: "object",
      properties: {
        ...p.configSchema.properties,
        enforcementLevel: { type: "string", enum: ENFORCEMENT_LEVELS },
      },
      ...(p.configSchema.required?.length ? { required: p.configSchema.required } : {}),
    };
    const data = result.get(p.name)!.properties;
    const validate = ajv.compile(schema);
    if (!validate(data))
      for (const e of validate.errors ?? []) problems.push(describeAjvError(p.name, e, data));
  }
  if (problems.length > 0) throw new PolicyConfigError(problems);
  return result;
}

/**
 * A note for policies configured at `"remediate"` that have no remediation. The Pulumi CLI accepts
 * that level for any policy, and the policy SDK then runs such a policy's check as `"mandatory"`
 * (pulumi/pulumi#15618, pulumi/pulumi-policy#339): the plan does the same, and says so rather than
 * let the level read as if it fixed something.
 * @param config the pack's resolved config (policy → level and properties).
 * @param remediating the names of the pack's policies that can remediate.
 * @returns one note, or none when every `"remediate"` policy can remediate.
 */
export function remediateWithoutRemediation(
  config: Record<string, { enforcementLevel: string }> | undefined,
  remediating: readonly string[],
): string[] {
  const levels = Object.entries(config ?? {});
  const idle = levels
    .filter(([name, c]) => c.enforcementLevel === "remediate" && !remediating.includes(name))
    .map(([name]) => name);
  if (idle.length === 0) return [];
  return [
    `policy config: enforcementLevel "remediate" is set for ${idle.join(", ")}, which ${idle.length === 1 ? "has" : "have"} no remediation: ${idle.length === 1 ? "it runs" : "they run"} as "mandatory", as under pulumi preview; set "mandatory", "advisory" or "disabled" instead (${remediating.length ? `only ${remediating.join(", ")} can remediate` : "no policy of this pack can remediate"})`,
  ];
}
