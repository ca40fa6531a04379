import type { PublicCloud } from "../../catalog/types";
import { INFRACOST_GOLDEN, ListPrice } from "../list-price";
import type { PriceContext } from "../types";

/** The cloud a Kubernetes object's load balancer or disk is priced in, and how the plan knew it. */
export function clusterCloud(ctx: PriceContext): { cloud: PublicCloud; note: string } {
  return ctx.kubernetesCloud
    ? { cloud: ctx.kubernetesCloud, note: `the cluster runs on ${ctx.kubernetesCloud} (from the plan)` }
    : {
        cloud: "aws",
        note: "the cluster's cloud is not known: priced as on AWS (set lepton-multicloud:kubernetesCloud to aws, azure or gcp)",
      };
}

/** A GCP forwarding rule (what GKE creates for a LoadBalancer Service: a passthrough network LB). */
export const GCP_FORWARDING_RULE_HOUR: ListPrice = {
  usd: 0.01,
  unit: "hour",
  region: "us-central1",
  source: `${INFRACOST_GOLDEN} google/compute_forwarding_rule_test (google_compute_forwarding_rule.default: $7.30 / 730 hours)`,
  asOf: "2024-07-01",
};

/** A rule on an Azure Standard Load Balancer (AKS adds one per Service port to the cluster's LB). */
export const AZURE_LB_RULE_HOUR: ListPrice = {
  usd: 0.01,
  unit: "hour",
  region: "westus",
  source: `${INFRACOST_GOLDEN} azure/lb_rule_test (azurerm_lb_rule.rules_withStandardSku: $7.30 / 730 hours)`,
  asOf: "2024-08-30",
};

/** A static regional Azure public IP (the frontend of an external LoadBalancer Service on AKS). */
export const AZURE_PUBLIC_IP_HOUR: ListPrice = {
  usd: 0.005,
  unit: "hour",
  region: "westus",
  source: `${INFRACOST_GOLDEN} azure/lb_rule_test (azurerm_public_ip, static: $3.65 / 730 hours)`,
  asOf: "2024-08-30",
};
