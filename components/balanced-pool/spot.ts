import { splitSpot } from "../../sdk/placement/split";
import type { Capacity } from "../../sdk/placement/split";
import type { MemberPlan } from "./backend";

/** How a cluster marks its spot nodes (what a spot share's pods select and tolerate). */
export const SPOT_NODES = ["karpenter", "gke", "aks"] as const;

/** A member's capacity split into its on-demand and spot parts. */
export interface MemberParts {
  onDemand: Capacity;
  spot: Capacity;
}

/** On-demand and spot instances of a member at `count` instances (all on-demand without a spot share). */
export function countsAt(member: MemberPlan, count: number): { onDemand: number; spot: number } {
  return member.spot ? splitSpot(count, member.spot) : { onDemand: count, spot: 0 };
}

/**
 * The member's on-demand and spot parts at min, desired and max. Each part keeps min ≤ desired ≤
 * max: the spot count grows by at most one per instance added, so neither part ever shrinks.
 */
export function memberParts(member: MemberPlan): MemberParts {
  const at = (k: keyof Capacity) => countsAt(member, member.capacity[k]);
  const part = (side: "onDemand" | "spot"): Capacity => ({
    min: at("min")[side],
    desired: at("desired")[side],
    max: at("max")[side],
  });
  return { onDemand: part("onDemand"), spot: part("spot") };
}
