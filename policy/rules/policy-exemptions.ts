import type { ReportViolation, ResourceValidationArgs, ResourceValidationPolicy } from "@pulumi/policy";
import { TAGS } from "../../sdk/tags";
import { closest } from "../../sdk/units/checks";
import { readExemption } from "../lib/exemptions";
import { RULE_NAMES, RULES } from "../lib/names";
import { advisory } from "../lib/report";
import { ConfigCheck } from "../lib/settings";
import { unwrap } from "../lib/subject";

/**
 * Reports every exemption (advisory, so none is silent) and fails an exemption without a reason
 * (`lepton-policy-exempt-reason`) or naming a rule the pack does not have.
 */
export const policyExemptions: ResourceValidationPolicy & { configCheck: ConfigCheck } = {
  name: RULES.policyExemptions,
  description: `Exemptions (${TAGS.policyExempt}) must name rules of this pack and give a reason (${TAGS.policyExemptReason}); each is reported.`,
  enforcementLevel: "mandatory",
  configSchema: { properties: {} },
  configCheck: { name: RULES.policyExemptions, properties: [] },
  validateResource: (args: ResourceValidationArgs, report: ReportViolation) => {
    const e = readExemption(unwrap(args.props));
    if (!e) return;
    for (const word of e.unknown) {
      const hint = closest(word, RULE_NAMES);
      report(
        `${args.name}: ${TAGS.policyExempt} names "${word}", which is not a rule of this pack; ${hint ? `did you mean "${hint}"? ` : ""}rules: ${RULE_NAMES.join(", ")}.`,
      );
    }
    if (e.rules.length === 0) return;
    if (!e.reason && !e.reasonUnknown)
      report(
        `${args.name}: exempt from ${e.rules.join(", ")} without a reason; add the tag ${TAGS.policyExemptReason} saying why (a ticket, an approval), or remove ${TAGS.policyExempt}.`,
      );
    advisory(
      report,
      `${args.name}: exempt from ${e.rules.join(", ")}${e.reason ? `: ${e.reason}` : e.reasonUnknown ? " (reason unknown during preview)" : " (no reason given)"}.`,
    );
  },
};
