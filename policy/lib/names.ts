/** Stable names of the pack's policies: config files and exemption tags refer to them. */
export const RULES = {
  monthlyBudget: "monthly-budget",
  maxInstanceHourlyPrice: "max-instance-hourly-price",
  allowedRegions: "allowed-regions",
  allowedInstanceFamilies: "allowed-instance-families",
  costAllocationTags: "cost-allocation-tags",
  rightsizeUnderutilized: "rightsize-underutilized",
  autoscalingTargetRange: "autoscaling-target-range",
  cheaperRegionAvailable: "cheaper-region-available",
  spotForStatelessPools: "spot-for-stateless-pools",
  noSpotForStateful: "no-spot-for-stateful",
  encryptedDisks: "encrypted-disks",
  noPublicAdminPorts: "no-public-admin-ports",
  imdsv2Required: "imdsv2-required",
  noPublicIp: "no-public-ip",
  policyExemptions: "policy-exemptions",
} as const;

export const RULE_NAMES: readonly string[] = Object.values(RULES);
