import { readTag, TAGS, tagSpellings } from "../../sdk/tags";
import { isUnknown, Props } from "./subject";
import { RULE_NAMES } from "./names";

/** What a resource's `lepton-policy-exempt` tag says. */
export interface Exemption {
  /** Rule names the resource is exempt from. */
  rules: string[];
  /** Words of the tag that name no rule. */
  unknown: string[];
  /** `lepton-policy-exempt-reason`, when given. */
  reason?: string;
  /** The reason is set but unknown during preview. */
  reasonUnknown: boolean;
}

/** Kubernetes labels cannot hold commas or spaces: annotations can, so they are read first there. */
function annotation(props: Props, canonical: string): string | undefined {
  const annotations = (props.metadata as Props | undefined)?.annotations as Props | undefined;
  if (!annotations || typeof annotations !== "object") return undefined;
  for (const name of tagSpellings(canonical)) {
    const v = annotations[name];
    if (typeof v === "string") return v;
  }
  return undefined;
}

/** Splits a word into known rule names joined by "-" (a label value where "," became "-"). */
function splitJoined(word: string): string[] | undefined {
  if (RULE_NAMES.includes(word)) return [word];
  for (const rule of RULE_NAMES) {
    if (word.startsWith(rule + "-")) {
      const rest = splitJoined(word.slice(rule.length + 1));
      if (rest) return [rule, ...rest];
    }
  }
  return undefined;
}

/**
 * Reads the exemption tags of a resource under any spelling (AWS/Azure tags, GCP labels, where ","
 * became "_", Kubernetes annotations or labels, where "," became "-"). Undefined when there is none
 * or it is unknown during preview.
 */
export function readExemption(props: Props): Exemption | undefined {
  const value = annotation(props, TAGS.policyExempt) ?? readTag(props, TAGS.policyExempt);
  if (value === undefined || isUnknown(value) || value.trim() === "") return undefined;
  const rules: string[] = [];
  const unknown: string[] = [];
  for (const word of value
    .toLowerCase()
    .split(/[\s,;_]+/)
    .filter(Boolean)) {
    const names = splitJoined(word);
    if (names) rules.push(...names);
    else unknown.push(word);
  }
  const reason = annotation(props, TAGS.policyExemptReason) ?? readTag(props, TAGS.policyExemptReason);
  return {
    rules: [...new Set(rules)],
    unknown,
    reasonUnknown: isUnknown(reason),
    ...(reason && reason.trim() && !isUnknown(reason) ? { reason: reason.trim() } : {}),
  };
}
