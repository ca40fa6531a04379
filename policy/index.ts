/**
 * The lepton-multicloud CrossGuard policy pack: cost, utilization and security rules priced by the
 * sdk cost engine. Run it with `pulumi preview --policy-pack <this directory>` (see README,
 * "Policy pack"); this entry starts the analyzer server, so only the CLI (or the harness) loads it.
 */
import { PolicyPack } from "@pulumi/policy";
import { withConfigureCheck } from "./lib/configure-check";
import { POLICIES } from "./policies";

withConfigureCheck(
  POLICIES.map((p) => p.configCheck),
  () =>
    new PolicyPack("lepton-multicloud", {
      description:
        "Lepton Multi-Cloud: monthly budget, price limits, regions, instance families, cost-allocation tags, rightsizing, autoscaling targets, cheaper regions and a security baseline.",
      policies: POLICIES,
    }),
);
