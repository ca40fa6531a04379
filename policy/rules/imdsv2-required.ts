import { RULES } from "../lib/names";
import { resourceRule } from "../lib/rule";
import { at, isUnknown } from "../lib/subject";

export interface Imdsv2RequiredConfig {
  allowDisabledEndpoint: boolean;
}

/** AWS instances and launch templates require IMDSv2 tokens (IMDSv1 leaks credentials through SSRF). */
export const imdsv2Required = resourceRule<Imdsv2RequiredConfig>({
  name: RULES.imdsv2Required,
  description: "AWS instances and launch templates must require IMDSv2.",
  enforcementLevel: "mandatory",
  configSchema: {
    properties: {
      allowDisabledEndpoint: {
        type: "boolean",
        default: true,
        description: "An instance with the metadata endpoint disabled (httpEndpoint: disabled) passes.",
      },
    },
  },
  appliesTo: (type) =>
    type === "aws:ec2/instance:Instance" || type === "aws:ec2/launchTemplate:LaunchTemplate",
  check: (s, ctx) => {
    const tokens = at(s.props, "metadataOptions.httpTokens");
    const endpoint = at(s.props, "metadataOptions.httpEndpoint");
    if (isUnknown(tokens) || isUnknown(endpoint)) {
      ctx.note(`${s.name}: could not check IMDSv2: metadataOptions is unknown during preview.`);
      return;
    }
    if (tokens === "required") return;
    if (endpoint === "disabled" && ctx.config.allowDisabledEndpoint) return;
    ctx.violation(
      `${s.name}: metadataOptions.httpTokens is ${tokens === undefined ? "not set (IMDSv1 allowed)" : JSON.stringify(tokens)}; set metadataOptions: { httpTokens: "required" } so only IMDSv2 session tokens reach instance credentials.`,
    );
  },
});
