import type * as pulumi from "@pulumi/pulumi";
import type { Issue } from "../../sdk/errors";
import type { ProviderMap } from "../shared/providers";
import type { MemberPlan } from "./backend";

/** Options of a child on a target: parented to the pool, with the explicit provider when given. */
export function childOptions(
  parent: pulumi.Resource,
  providers: ProviderMap,
  cloud: keyof ProviderMap,
): pulumi.CustomResourceOptions {
  const provider = providers[cloud];
  return provider ? { parent, provider } : { parent };
}

/** A network given for a cloud is one region's: members of that cloud in other regions cannot use it. */
export function regionalNetworkIssues(
  members: MemberPlan[],
  given: unknown,
  field: string,
  what: string,
): Issue[] {
  const regions = [...new Set(members.map((m) => m.region))];
  if (given === undefined || regions.length <= 1) return [];
  return [
    {
      path: field,
      value: given,
      problem: `is ${what} of one region, but the pool has members in ${regions.join(", ")}`,
      expected: `keep this cloud's members in one region, or drop ${field} to use each region's default network`,
    },
  ];
}
