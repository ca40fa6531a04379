import { azureLocation } from "../../sdk/catalog/region-names";
import type { PublicCloud } from "../../sdk/catalog/types";
import { HOURS_PER_MONTH } from "../../sdk/cost/formulas";
import { RULES } from "../lib/names";
import { usd } from "../lib/report";
import { CATALOG_FILE_SCHEMA, resourceRule } from "../lib/rule";
import { at, isUnknown, list, providerRegion, Subject } from "../lib/subject";

export interface NoPublicIpConfig {
  catalogFile: string;
}

/** Annotations that make a Kubernetes LoadBalancer service internal on EKS, AKS and GKE. */
const INTERNAL_LB: Record<string, string[]> = {
  "service.beta.kubernetes.io/aws-load-balancer-internal": ["true", "0.0.0.0/0"],
  "service.beta.kubernetes.io/aws-load-balancer-scheme": ["internal"],
  "service.beta.kubernetes.io/azure-load-balancer-internal": ["true"],
  "networking.gke.io/load-balancer-type": ["Internal"],
  "cloud.google.com/load-balancer-type": ["Internal"],
};

/** Where the resource asks for a public IP (a path), "unknown", or undefined for none. */
function publicIp(s: Subject): string | "unknown" | undefined {
  const p = s.props;
  switch (s.type) {
    case "aws:ec2/instance:Instance":
      if (isUnknown(p.associatePublicIpAddress)) return "unknown";
      return p.associatePublicIpAddress === true ? "associatePublicIpAddress" : undefined;
    case "aws:ec2/launchTemplate:LaunchTemplate": {
      const nics = list(p, "networkInterfaces");
      if (isUnknown(nics)) return "unknown";
      const i = nics.findIndex((n) => [true, "true"].includes(at(n, "associatePublicIpAddress") as never));
      return i >= 0 ? `networkInterfaces[${i}].associatePublicIpAddress` : undefined;
    }
    case "aws:ec2/eip:Eip":
      return "the Elastic IP itself";
    case "azure-native:network:PublicIPAddress":
      return "the public IP address itself";
    case "gcp:compute/instance:Instance":
    case "gcp:compute/instanceTemplate:InstanceTemplate":
    case "gcp:compute/regionInstanceTemplate:RegionInstanceTemplate": {
      const nics = list(p, "networkInterfaces");
      if (isUnknown(nics)) return "unknown";
      const i = nics.findIndex((n) => {
        const ac = at(n, "accessConfigs");
        return isUnknown(ac) || (Array.isArray(ac) && ac.length > 0);
      });
      if (i >= 0 && isUnknown(at(nics[i], "accessConfigs"))) return "unknown";
      return i >= 0 ? `networkInterfaces[${i}].accessConfigs` : undefined;
    }
    case "gcp:compute/address:Address":
      if (isUnknown(p.addressType)) return "unknown";
      return p.addressType === "INTERNAL" ? undefined : "the external address itself";
    case "kubernetes:core/v1:Service": {
      const type = at(p, "spec.type");
      if (isUnknown(type)) return "unknown";
      if (type !== "LoadBalancer") return undefined;
      const annotations = at(p, "metadata.annotations");
      if (isUnknown(annotations)) return "unknown";
      const a = (annotations ?? {}) as Record<string, unknown>;
      const internal = Object.entries(INTERNAL_LB).some(([k, values]) => values.includes(String(a[k])));
      return internal ? undefined : "spec.type LoadBalancer without an internal-load-balancer annotation";
    }
  }
  return undefined;
}

/** Machines and addresses with public IPs, and Kubernetes load balancers facing the internet (advisory). */
export const noPublicIp = resourceRule<NoPublicIpConfig>({
  name: RULES.noPublicIp,
  description: "Resources should not get public IP addresses.",
  enforcementLevel: "advisory",
  configSchema: { properties: { catalogFile: CATALOG_FILE_SCHEMA } },
  appliesTo: (type) =>
    [
      "aws:ec2/instance:Instance",
      "aws:ec2/launchTemplate:LaunchTemplate",
      "aws:ec2/eip:Eip",
      "azure-native:network:PublicIPAddress",
      "gcp:compute/instance:Instance",
      "gcp:compute/instanceTemplate:InstanceTemplate",
      "gcp:compute/regionInstanceTemplate:RegionInstanceTemplate",
      "gcp:compute/address:Address",
      "kubernetes:core/v1:Service",
    ].includes(type),
  check: (s, ctx) => {
    const where = publicIp(s);
    if (where === undefined) return;
    if (where === "unknown") {
      ctx.note(
        `${s.name}: could not check for a public IP: its network settings are unknown during preview.`,
      );
      return;
    }
    const region =
      s.cloud === "kubernetes"
        ? undefined
        : (((s.props.region ?? s.props.location) as string | undefined) ?? providerRegion(s));
    const price =
      region && !isUnknown(region) && s.cloud !== "kubernetes"
        ? ctx.catalog().service(s.cloud as PublicCloud, azureLocation(region), "publicIp.hour")
        : undefined;
    const saving = price ? `, saving ${usd(price.usd * HOURS_PER_MONTH)}/month per address` : "";
    const fix =
      s.cloud === "kubernetes"
        ? "annotate the service as an internal load balancer and expose it through an ingress you control"
        : "drop the public address and reach the machine through a load balancer, NAT or a bastion";
    ctx.violation(`${s.name}: gets a public IP (${where}); ${fix}${saving}.`);
  },
});
