import { isIP } from "node:net";
import { ADMIN_PORTS } from "../../sdk/admin-ports";
import type { Issue } from "../../sdk/errors";
import { Checker } from "../../sdk/units/checks";

/** Inbound traffic allowed to the instances, beyond what a component opens for itself. */
export interface IngressRule {
  /** The port, or the first port of a range (1–65535). */
  port: number;
  /** The last port of a range. @default `port` */
  toPort?: number;
  /** @default "tcp" */
  protocol?: "tcp" | "udp";
  /** Source address ranges in CIDR notation, IPv4 or IPv6, e.g. `["203.0.113.0/24"]`. */
  cidrs: string[];
  /** Why the rule exists, shown in the cloud consoles. @default none */
  description?: string;
  /**
   * Accept SSH (22) or RDP (3389) from the whole internet in this rule, knowingly (a short-lived
   * lab machine, say). Without it such a rule is refused.
   * @default false
   */
  allowPublicAdmin?: boolean;
}

/** An ingress rule with its defaults filled in. */
export interface ResolvedIngressRule {
  fromPort: number;
  toPort: number;
  protocol: "tcp" | "udp";
  cidrs: string[];
  description?: string;
}

const FIELDS = ["port", "toPort", "protocol", "cidrs", "description", "allowPublicAdmin"] as const;

/** True for a CIDR block such as `10.0.0.0/8` or `2001:db8::/32`. */
export function isCidr(text: string): boolean {
  const [address, prefix, extra] = text.split("/");
  if (extra !== undefined || prefix === undefined || !/^\d{1,3}$/.test(prefix)) return false;
  const family = isIP(address);
  return family !== 0 && Number(prefix) <= (family === 4 ? 32 : 128);
}

const isWholeInternet = (cidr: string) => /^(0\.0\.0\.0|::)\/0$/.test(cidr);

/**
 * Checks ingress rules and fills their defaults. Refuses SSH or RDP open to the whole internet:
 * that is how most cloud machines get broken into.
 * @returns the rules, and every problem found (each naming the field, the value and the fix).
 */
export function checkIngress(
  input: unknown,
  path = "ingress",
): { rules: ResolvedIngressRule[]; issues: Issue[] } {
  const c = new Checker(path);
  const rules: ResolvedIngressRule[] = [];
  if (input === undefined) return { rules, issues: [] };
  if (!Array.isArray(input)) {
    c.add("", input, 'use an array of rules such as [{ port: 22, cidrs: ["203.0.113.0/24"] }]');
    return { rules, issues: c.issues };
  }
  input.forEach((raw, i) => {
    const r = c.object(`[${i}]`, raw);
    if (!r) return;
    const rc = new Checker(`${path}[${i}]`);
    rc.unknownKeys(r, FIELDS);
    const fromPort = rc.number("port", r.port, { min: 1, max: 65535, integer: true });
    const toPort =
      r.toPort === undefined
        ? fromPort
        : rc.number("toPort", r.toPort, { min: fromPort ?? 1, max: 65535, integer: true });
    const protocol =
      r.protocol === undefined ? "tcp" : rc.choice("protocol", r.protocol, ["tcp", "udp"] as const);
    if (r.description !== undefined && typeof r.description !== "string")
      rc.add("description", r.description, "use a string");
    let cidrs: string[] | undefined;
    if (!Array.isArray(r.cidrs) || r.cidrs.length === 0) {
      rc.add("cidrs", r.cidrs, 'use a non-empty array of CIDR blocks such as ["203.0.113.0/24"]');
    } else {
      cidrs = r.cidrs as string[];
      cidrs.forEach((cidr, j) => {
        if (typeof cidr !== "string" || !isCidr(cidr))
          rc.add(`cidrs[${j}]`, cidr, 'use a CIDR block such as "203.0.113.0/24" or "2001:db8::/32"');
      });
    }
    if (r.allowPublicAdmin !== undefined && typeof r.allowPublicAdmin !== "boolean")
      rc.add("allowPublicAdmin", r.allowPublicAdmin, "use true or false");
    if (
      fromPort !== undefined &&
      toPort !== undefined &&
      protocol === "tcp" &&
      cidrs &&
      r.allowPublicAdmin !== true
    ) {
      for (const [port, name] of Object.entries(ADMIN_PORTS)) {
        const open = cidrs.find((cidr) => typeof cidr === "string" && isWholeInternet(cidr));
        if (open && fromPort <= Number(port) && Number(port) <= toPort) {
          rc.issues.push({
            path: rc.at("cidrs"),
            value: cidrs,
            problem: `opens ${name} (port ${port}) to the whole internet (${open})`,
            expected: `allow only your own ranges (e.g. your office's /32), reach the machines through a bastion, SSM Session Manager, Azure Bastion or IAP, or set allowPublicAdmin: true on this rule if you really mean it`,
          });
        }
      }
    }
    c.issues.push(...rc.issues);
    if (rc.issues.length === 0) {
      rules.push({
        fromPort: fromPort!,
        toPort: toPort!,
        protocol: protocol!,
        cidrs: cidrs!,
        ...(typeof r.description === "string" ? { description: r.description } : {}),
      });
    }
  });
  return { rules, issues: c.issues };
}

/** One AWS security group ingress rule per source range (`aws.vpc.SecurityGroupIngressRule` args). */
export function awsIngressRules(rules: ResolvedIngressRule[]): {
  ipProtocol: string;
  fromPort: number;
  toPort: number;
  cidrIpv4?: string;
  cidrIpv6?: string;
  description?: string;
}[] {
  return rules.flatMap((r) =>
    r.cidrs.map((cidr) => ({
      ipProtocol: r.protocol,
      fromPort: r.fromPort,
      toPort: r.toPort,
      ...(cidr.includes(":") ? { cidrIpv6: cidr } : { cidrIpv4: cidr }),
      ...(r.description ? { description: r.description } : {}),
    })),
  );
}

const portRange = (r: ResolvedIngressRule) =>
  r.fromPort === r.toPort ? String(r.fromPort) : `${r.fromPort}-${r.toPort}`;

/** Azure NSG inbound allow rules, numbered from `firstPriority` (100–4096; lower wins). */
export function azureSecurityRules(
  rules: ResolvedIngressRule[],
  firstPriority: number,
  namePrefix = "ingress",
): {
  name: string;
  priority: number;
  direction: "Inbound";
  access: "Allow";
  protocol: "Tcp" | "Udp";
  sourceAddressPrefixes: string[];
  sourcePortRange: string;
  destinationAddressPrefix: string;
  destinationPortRange: string;
  description?: string;
}[] {
  return rules.map((r, i) => ({
    name: `${namePrefix}-${i}`,
    priority: firstPriority + i,
    direction: "Inbound",
    access: "Allow",
    protocol: r.protocol === "udp" ? "Udp" : "Tcp",
    sourceAddressPrefixes: r.cidrs,
    sourcePortRange: "*",
    destinationAddressPrefix: "*",
    destinationPortRange: portRange(r),
    ...(r.description ? { description: r.description } : {}),
  }));
}

/**
 * GCP firewall allow rules (`gcp.compute.Firewall` args without network and targets). A GCP rule
 * takes IPv4 or IPv6 sources, not both, so a rule with both families becomes two.
 */
export function gcpFirewallRules(
  rules: ResolvedIngressRule[],
): { allows: { protocol: string; ports: string[] }[]; sourceRanges: string[]; description?: string }[] {
  return rules.flatMap((r) =>
    [r.cidrs.filter((x) => !x.includes(":")), r.cidrs.filter((x) => x.includes(":"))]
      .filter((ranges) => ranges.length > 0)
      .map((sourceRanges) => ({
        allows: [{ protocol: r.protocol, ports: [portRange(r)] }],
        sourceRanges,
        ...(r.description ? { description: r.description } : {}),
      })),
  );
}
