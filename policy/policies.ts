import { allowedInstanceFamilies } from "./rules/allowed-instance-families";
import { allowedRegions } from "./rules/allowed-regions";
import { autoscalingTargetRange } from "./rules/autoscaling-target-range";
import { cheaperRegionAvailable } from "./rules/cheaper-region-available";
import { costAllocationTags } from "./rules/cost-allocation-tags";
import { encryptedDisks } from "./rules/encrypted-disks";
import { imdsv2Required } from "./rules/imdsv2-required";
import { maxInstanceHourlyPrice } from "./rules/max-instance-hourly-price";
import { monthlyBudget } from "./rules/monthly-budget";
import { noPublicAdminPorts } from "./rules/no-public-admin-ports";
import { noPublicIp } from "./rules/no-public-ip";
import { noSpotForStateful } from "./rules/no-spot-for-stateful";
import { policyExemptions } from "./rules/policy-exemptions";
import { rightsizeUnderutilized } from "./rules/rightsize-underutilized";
import { spotForStatelessPools } from "./rules/spot-for-stateless-pools";

/** Every policy of the pack, in report order. Importing this starts nothing (index.ts serves them). */
export const POLICIES = [
  monthlyBudget,
  maxInstanceHourlyPrice,
  allowedRegions,
  allowedInstanceFamilies,
  costAllocationTags,
  rightsizeUnderutilized,
  autoscalingTargetRange,
  cheaperRegionAvailable,
  spotForStatelessPools,
  noSpotForStateful,
  encryptedDisks,
  noPublicAdminPorts,
  imdsv2Required,
  noPublicIp,
  policyExemptions,
];
