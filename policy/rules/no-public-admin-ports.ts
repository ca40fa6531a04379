import { ADMIN_PORT_NUMBERS, ADMIN_PORTS } from "../../sdk/admin-ports";
import { RULES } from "../lib/names";
import { resourceRule } from "../lib/rule";
import { at, isUnknown, list, Props, Subject } from "../lib/subject";

export interface NoPublicAdminPortsConfig {
  ports: number[];
}

/** Sources meaning "anyone on the internet" in each cloud's rule syntax. */
const INTERNET = new Set(["0.0.0.0/0", "::/0", "*", "internet", "any"]);

const isInternet = (v: unknown) => typeof v === "string" && INTERNET.has(v.toLowerCase());

/** Does a port spec (number, "22", "20-30", "*", range pair) cover `port`? */
function covers(spec: unknown, port: number): boolean {
  if (spec === undefined || spec === null || spec === "*" || spec === "") return true;
  if (typeof spec === "number") return spec === port;
  if (typeof spec !== "string") return false;
  const [lo, hi] = spec.split("-").map((x) => Number(x.trim()));
  return Number.isFinite(lo) && port >= lo && port <= (Number.isFinite(hi) ? hi : lo);
}

/** One inbound rule, normalized: the sources, a port test, and where it was read. */
interface Ingress {
  where: string;
  sources: unknown[];
  allows: (port: number) => boolean;
}

const allProtocols = (p: unknown) =>
  p === "-1" || p === -1 || p === "all" || p === "*" || p === "Any" || p === "ALL";
const tcpOrAll = (p: unknown) => allProtocols(p) || String(p).toLowerCase() === "tcp" || p === "6" || p === 6;

function awsRange(r: unknown, protoField: string) {
  return (port: number) => {
    const proto = at(r, protoField);
    if (allProtocols(proto)) return true;
    if (!tcpOrAll(proto)) return false;
    const from = Number(at(r, "fromPort"));
    const to = Number(at(r, "toPort"));
    return port >= from && port <= to;
  };
}

function ingressRules(s: Subject): Ingress[] | "unknown" {
  const p = s.props;
  switch (s.type) {
    case "aws:ec2/securityGroup:SecurityGroup": {
      const rules = list(p, "ingress");
      if (isUnknown(rules)) return "unknown";
      return rules.map((r, i) => ({
        where: `ingress[${i}]`,
        sources: [
          ...((at(r, "cidrBlocks") as unknown[]) ?? []),
          ...((at(r, "ipv6CidrBlocks") as unknown[]) ?? []),
        ],
        allows: awsRange(r, "protocol"),
      }));
    }
    case "aws:ec2/securityGroupRule:SecurityGroupRule":
      if (p.type !== "ingress") return [];
      return [
        {
          where: "rule",
          sources: [...((p.cidrBlocks as unknown[]) ?? []), ...((p.ipv6CidrBlocks as unknown[]) ?? [])],
          allows: awsRange(p, "protocol"),
        },
      ];
    case "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule":
      return [{ where: "rule", sources: [p.cidrIpv4, p.cidrIpv6], allows: awsRange(p, "ipProtocol") }];
    case "azure-native:network:NetworkSecurityGroup":
    case "azure-native:network:SecurityRule": {
      const rules = s.type === "azure-native:network:SecurityRule" ? [p] : list(p, "securityRules");
      if (isUnknown(rules)) return "unknown";
      return (rules as Props[])
        .map((r, i) => ({ r, i }))
        .filter(({ r }) => String(at(r, "direction")) === "Inbound" && String(at(r, "access")) === "Allow")
        .map(({ r, i }) => ({
          where: s.type === "azure-native:network:SecurityRule" ? "rule" : `securityRules[${i}]`,
          sources: [at(r, "sourceAddressPrefix"), ...((at(r, "sourceAddressPrefixes") as unknown[]) ?? [])],
          allows: (port: number) => {
            if (!tcpOrAll(at(r, "protocol"))) return false;
            const ranges = (at(r, "destinationPortRanges") as unknown[] | undefined) ?? [];
            const single = at(r, "destinationPortRange");
            return [...ranges, ...(single !== undefined || ranges.length === 0 ? [single] : [])].some((x) =>
              covers(x, port),
            );
          },
        }));
    }
    case "gcp:compute/firewall:Firewall": {
      if ((p.direction ?? "INGRESS") !== "INGRESS") return [];
      const allows = list(p, "allows");
      if (isUnknown(allows)) return "unknown";
      return [
        {
          where: "allows",
          sources: (p.sourceRanges as unknown[]) ?? [],
          allows: (port: number) =>
            allows.some(
              (a) =>
                tcpOrAll(at(a, "protocol")) &&
                ((at(a, "ports") as unknown[] | undefined)?.some((x) => covers(x, port)) ?? true),
            ),
        },
      ];
    }
    case "kubernetes:core/v1:Service": {
      if (at(p, "spec.type") !== "LoadBalancer") return [];
      const ranges = at(p, "spec.loadBalancerSourceRanges");
      const ports = list(p, "spec.ports");
      if (isUnknown(ports) || isUnknown(ranges)) return "unknown";
      return [
        {
          where: "spec.ports",
          sources: Array.isArray(ranges) && ranges.length ? ranges : ["0.0.0.0/0"],
          allows: (port: number) => ports.some((x) => at(x, "port") === port || at(x, "targetPort") === port),
        },
      ];
    }
  }
  return [];
}

/** Inbound rules of the three clouds and Kubernetes load balancers must not open admin ports to the internet. */
export const noPublicAdminPorts = resourceRule<NoPublicAdminPortsConfig>({
  name: RULES.noPublicAdminPorts,
  description: "SSH and RDP must not be open to the internet.",
  enforcementLevel: "mandatory",
  configSchema: {
    properties: {
      ports: {
        type: "array",
        items: { type: "integer", minimum: 1, maximum: 65535 },
        default: [...ADMIN_PORT_NUMBERS],
        description: "Admin ports that must not be reachable from 0.0.0.0/0, ::/0, * or Internet.",
      },
    },
  },
  appliesTo: (type) =>
    [
      "aws:ec2/securityGroup:SecurityGroup",
      "aws:ec2/securityGroupRule:SecurityGroupRule",
      "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
      "azure-native:network:NetworkSecurityGroup",
      "azure-native:network:SecurityRule",
      "gcp:compute/firewall:Firewall",
      "kubernetes:core/v1:Service",
    ].includes(type),
  check: (s, ctx) => {
    const rules = ingressRules(s);
    if (rules === "unknown") {
      ctx.note(
        `${s.name}: could not check for open admin ports: the inbound rules are unknown during preview.`,
      );
      return;
    }
    for (const rule of rules) {
      if (rule.sources.some(isUnknown)) {
        ctx.note(`${s.name}: could not check ${rule.where}: its source ranges are unknown during preview.`);
        continue;
      }
      const open = rule.sources.filter(isInternet);
      if (open.length === 0) continue;
      const ports = ctx.config.ports.filter((port) => rule.allows(port));
      if (ports.length === 0) continue;
      ctx.violation(
        `${s.name}: ${rule.where} opens ${ports.map((p) => `${ADMIN_PORTS[p] ?? "port"} ${p}`).join(", ")} to ${open.join(", ")}; allow only your admin network's ranges, or reach machines through a bastion (SSM Session Manager, Azure Bastion, IAP).`,
      );
    }
  },
});
