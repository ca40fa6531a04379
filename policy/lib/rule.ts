import type {
  PolicyConfigSchema,
  ReportViolation,
  ResourceValidationArgs,
  ResourceValidationPolicy,
  EnforcementLevel,
} from "@pulumi/policy";
import { Catalog, defaultCatalog } from "../../sdk/catalog/catalog";
import { TAGS } from "../../sdk/tags";
import { readExemption } from "./exemptions";
import { advisory } from "./report";
import { catalogFor, ConfigCheck } from "./settings";
import { Props, Subject, subjectOf } from "./subject";

/** What a rule's check gets besides the resource. */
export interface RuleContext<C> {
  /** The rule's config, schema defaults filled in. */
  config: C;
  /** The catalog to price with (the rule's `catalogFile`, the pack's, or the shipped one). */
  catalog(): Catalog;
  /** Reports a violation at the rule's level. */
  violation(message: string): void;
  /** Reports an advisory note: what could not be checked, and why. */
  note(message: string): void;
}

/** The shared `catalogFile` setting of every rule that prices. */
export const CATALOG_FILE_SCHEMA = {
  type: "string",
  default: "",
  description:
    'A user catalog (JSON) merged over the shipped one; empty for the pack-wide setting ("all") or the shipped catalog. Relative paths resolve against the pack directory.',
} as const;

/**
 * The `allowedRegions` setting of the rules that judge or suggest regions, with one default
 * (every region of the shipped catalog), so where a resource may be and where it may move agree.
 */
export function allowedRegionsSchema(description: string) {
  return {
    type: "array",
    items: { type: "string" },
    default: defaultCatalog()
      .regions()
      .map((r) => r.name),
    description,
  } as const;
}

/** Defaults of a config schema, for when the engine sent no config (the CLI always does). */
export function schemaDefaults(schema: PolicyConfigSchema): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(schema.properties))
    if (typeof v === "object" && v.default !== undefined) out[k] = v.default;
  return out;
}

/** The rule's config over its defaults. */
export function configOf<C>(schema: PolicyConfigSchema, args: { getConfig<T extends object>(): T }): C {
  return { ...schemaDefaults(schema), ...args.getConfig<object>() } as C;
}

/** The exemption of a resource from one rule, if the resource carries one naming it. */
export function exemptionFrom(props: Props, rule: string): { reason?: string } | undefined {
  const e = readExemption(props);
  return e && e.rules.includes(rule) ? e : undefined;
}

export interface ResourceRuleDefinition<C> {
  name: string;
  description: string;
  enforcementLevel: EnforcementLevel;
  configSchema: PolicyConfigSchema;
  /** Resource types the rule looks at (a fast filter). */
  appliesTo: (type: string) => boolean;
  check: (s: Subject, ctx: RuleContext<C>) => void;
  /** Files named in the config, loaded at Configure so a bad path is a config error. */
  files?: ConfigCheck["files"];
  remediate?: (s: Subject, config: C, args: ResourceValidationArgs) => Props | undefined;
}

/**
 * A resource policy with the pack's conventions: plain props (unknowns never throw), exemptions
 * honoured (reported by `policy-exemptions`, marked not applicable here), config defaults filled in.
 */
export function resourceRule<C extends object>(
  def: ResourceRuleDefinition<C>,
): ResourceValidationPolicy & { configCheck: ConfigCheck } {
  const skip = (args: ResourceValidationArgs): Subject | undefined => {
    if (!def.appliesTo(args.type)) return undefined;
    const s = subjectOf(args);
    const exempt = exemptionFrom(s.props, def.name);
    if (exempt) args.notApplicable(`exempt by ${TAGS.policyExempt}: ${exempt.reason ?? "no reason given"}`);
    return s;
  };
  return {
    name: def.name,
    description: def.description,
    enforcementLevel: def.enforcementLevel,
    configSchema: def.configSchema,
    configCheck: { name: def.name, properties: Object.keys(def.configSchema.properties), files: def.files },
    validateResource: (args: ResourceValidationArgs, report: ReportViolation) => {
      const s = skip(args);
      if (!s) return;
      const config = configOf<C>(def.configSchema, args);
      def.check(s, {
        config,
        catalog: () => catalogFor((config as { catalogFile?: string }).catalogFile),
        violation: (m) => report(m),
        note: (m) => advisory(report, m),
      });
    },
    ...(def.remediate
      ? {
          remediateResource: (args: ResourceValidationArgs) => {
            const s = skip(args);
            return s ? def.remediate!(s, configOf<C>(def.configSchema, args), args) : undefined;
          },
        }
      : {}),
  };
}
