import type { Cloud } from "./catalog/types";
import { Issue, show } from "./errors";

/**
 * What each cloud accepts as a resource name, and how a component's name becomes its children's
 * cloud-side names. One table for the components (which check before creating anything) and the
 * policy pack (which can judge a raw resource's name by the same rule).
 */

/** The rule one kind of resource's name must follow on its cloud. */
export interface NameRule {
  /** What is named, in the cloud's words ("AWS target group"). */
  what: string;
  cloud: Cloud;
  /** Shortest name the cloud accepts. */
  min: number;
  /** Longest name the cloud accepts. */
  max: number;
  /** One character the name may hold. */
  char: RegExp;
  /** The characters `char` admits, for people. */
  chars: string;
  /** Constraints on the whole name beyond its characters (first and last character, prefixes). */
  shape?: { test: (name: string) => boolean; text: string };
  /**
   * Characters Pulumi's autonaming appends to the logical name when the resource's name is not
   * set: the Terraform-bridged providers (aws, gcp) add "-" and 7 hex digits
   * (pulumi-terraform-bridge `info.AutoName`, `Randlen: 7`, separator "-"); azure-native adds 8
   * hex digits with no separator (pulumi-azure-native `autonaming_test.go`: "test" → "test614742c2");
   * the Kubernetes provider adds "-" and 8 characters (`NewUniqueHex(name + "-", 8)`).
   */
  autoname: number;
  /** Where the rule is written down. */
  source: string;
}

/** Characters Pulumi's autonaming appends on each target (see `NameRule.autoname`). */
export const AUTONAME_SUFFIX: Readonly<Record<Cloud, number>> = { aws: 8, azure: 8, gcp: 8, kubernetes: 9 };

const startsAlnum = (s: string) => /^[A-Za-z0-9]/.test(s);
const endsAlnum = (s: string) => /[A-Za-z0-9]$/.test(s);
/** A character class body of the ASCII control characters (0-31 and 127), which no cloud takes in a name. */
const CONTROLS = `\\u0000-\\u001f\\u007f`;
/** One character that is not a control character, nor one of `extra` (escaped for a character class). */
const notControl = (extra = "") => new RegExp(`[^${CONTROLS}${extra}]`, "u");

// AWS ---------------------------------------------------------------------------------------

const AWS_EC2_API = "https://docs.aws.amazon.com/AWSEC2/latest/APIReference";
/** EC2 CreateSecurityGroup: "Up to 255 characters … Valid characters: a-z, A-Z, 0-9, spaces, and ._-:/()#,@[]+=&;{}!$*". */
const AWS_SG_CHAR = /[A-Za-z0-9 ._\-:/()#,@[\]+=&;{}!$*]/;
/** Elastic Load Balancing names (the `name` docs of aws.lb.LoadBalancer and aws.lb.TargetGroup in @pulumi/aws 7). */
const elbName = (what: string): NameRule => ({
  what,
  cloud: "aws",
  min: 1,
  max: 32,
  char: /[A-Za-z0-9-]/,
  chars: "ASCII letters, digits and '-'",
  shape: {
    test: (s) => startsAlnum(s) && endsAlnum(s) && !/^internal-/i.test(s),
    text: 'start and end with a letter or digit, and not start with "internal-"',
  },
  autoname: AUTONAME_SUFFIX.aws,
  source:
    "@pulumi/aws 7 lb.LoadBalancer / lb.TargetGroup `name`: at most 32 characters, alphanumerics or hyphens, not beginning or ending with a hyphen",
});
const anyPrintable = (what: string, max: number, source: string): NameRule => ({
  what,
  cloud: "aws",
  min: 1,
  max,
  char: notControl(),
  chars: "any character but control characters",
  autoname: AUTONAME_SUFFIX.aws,
  source,
});

// Azure ------------------------------------------------------------------------------------

/** https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules */
const AZURE_RULES =
  "Azure resource name rules (learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules)";
/** Microsoft.Network names: "Alphanumerics, underscores, periods, and hyphens. Start with alphanumeric. End alphanumeric or underscore." */
const azureNetwork = (what: string, min: number, max: number): NameRule => ({
  what,
  cloud: "azure",
  min,
  max,
  char: /[A-Za-z0-9._-]/,
  chars: "ASCII letters, digits, '_', '.' and '-'",
  shape: {
    test: (s) => startsAlnum(s) && /[A-Za-z0-9_]$/.test(s),
    text: "start with a letter or digit and end with a letter, digit or '_'",
  },
  autoname: AUTONAME_SUFFIX.azure,
  source: `${AZURE_RULES}, Microsoft.Network: ${min}-${max} characters`,
});
/**
 * Virtual machines and scale sets: 1-64 characters on Linux (15 on Windows; Lepton builds Linux
 * machines); no spaces, control characters or `~!@#$%^&*()=+_[]{}\|;:'",<>/?`, and a Linux
 * machine's name cannot end with '.' or '-'.
 */
const azureCompute = (what: string): NameRule => ({
  what,
  cloud: "azure",
  min: 1,
  max: 64,
  char: /[A-Za-z0-9.-]/,
  chars: "ASCII letters, digits, '.' and '-'",
  shape: {
    test: (s) => startsAlnum(s) && endsAlnum(s),
    text: "start and end with a letter or digit",
  },
  autoname: AUTONAME_SUFFIX.azure,
  source: `${AZURE_RULES}, Microsoft.Compute virtualMachines / virtualMachineScaleSets: 1-15 (Windows), 1-64 (Linux)`,
});
/** Microsoft.Insights metricAlerts and autoscaleSettings: 1-260, no control characters nor the listed ones. */
const azureInsights = (what: string, forbidden: string): NameRule => ({
  what,
  cloud: "azure",
  min: 1,
  max: 260,
  char: notControl(forbidden.replace(/[\\\]^-]/g, "\\$&")),
  chars: `any character but control characters and ${forbidden.split("").join(" ")}`,
  shape: { test: (s) => !/[ .]$/.test(s), text: "not end with a space or '.'" },
  autoname: AUTONAME_SUFFIX.azure,
  source: `${AZURE_RULES}, Microsoft.Insights: 1-260 characters`,
});

// GCP --------------------------------------------------------------------------------------

/** https://cloud.google.com/compute/docs/naming-resources#resource-name-format (RFC 1035). */
const GCP_NAME_SOURCE =
  "Compute Engine resource names (cloud.google.com/compute/docs/naming-resources): 1-63 characters matching [a-z]([-a-z0-9]*[a-z0-9])?";
const gcpCompute = (what: string): NameRule => ({
  what,
  cloud: "gcp",
  min: 1,
  max: 63,
  char: /[a-z0-9-]/,
  chars: "lowercase ASCII letters, digits and '-'",
  shape: {
    test: (s) => /^[a-z]/.test(s) && /[a-z0-9]$/.test(s),
    text: "start with a lowercase letter and end with a letter or digit",
  },
  autoname: AUTONAME_SUFFIX.gcp,
  source: GCP_NAME_SOURCE,
});

// Kubernetes -------------------------------------------------------------------------------

/** https://kubernetes.io/docs/concepts/overview/working-with-objects/names/ */
const K8S_NAMES = "Kubernetes object names (kubernetes.io/docs/concepts/overview/working-with-objects/names)";
/** RFC 1035 label: Services, and Deployments (whose name becomes the pods' host names). */
const k8sLabel = (
  what: string,
  max = 63,
  note = "RFC 1035 label names, at most 63 characters",
): NameRule => ({
  what,
  cloud: "kubernetes",
  min: 1,
  max,
  char: /[a-z0-9-]/,
  chars: "lowercase ASCII letters, digits and '-'",
  shape: {
    test: (s) => /^[a-z]/.test(s) && /[a-z0-9]$/.test(s),
    text: "start with a lowercase letter and end with a letter or digit",
  },
  autoname: AUTONAME_SUFFIX.kubernetes,
  source: `${K8S_NAMES}: ${note}`,
});
/** RFC 1123 subdomain: most other objects. */
const k8sSubdomain = (what: string): NameRule => ({
  what,
  cloud: "kubernetes",
  min: 1,
  max: 253,
  char: /[a-z0-9.-]/,
  chars: "lowercase ASCII letters, digits, '-' and '.'",
  shape: {
    test: (s) => /^[a-z0-9]/.test(s) && /[a-z0-9]$/.test(s),
    text: "start and end with a lowercase letter or digit",
  },
  autoname: AUTONAME_SUFFIX.kubernetes,
  source: `${K8S_NAMES}: DNS subdomain names, at most 253 characters`,
});

/**
 * The naming rule of each resource type the components create, by Pulumi type token. A type not
 * listed has no name of its own (rules, records) or takes any name.
 */
export const NAME_RULES: Readonly<Record<string, NameRule>> = {
  "aws:ec2/securityGroup:SecurityGroup": {
    what: "AWS security group",
    cloud: "aws",
    min: 1,
    max: 255,
    char: AWS_SG_CHAR,
    chars: "ASCII letters, digits, spaces and ._-:/()#,@[]+=&;{}!$*",
    shape: { test: (s) => !/^sg-/i.test(s), text: 'not start with "sg-"' },
    autoname: AUTONAME_SUFFIX.aws,
    source: `${AWS_EC2_API}/API_CreateSecurityGroup.html: up to 255 characters; a-z, A-Z, 0-9, spaces, and ._-:/()#,@[]+=&;{}!$*`,
  },
  "aws:ec2/keyPair:KeyPair": {
    what: "AWS key pair",
    cloud: "aws",
    min: 1,
    max: 255,
    char: /[\u0020-\u007e]/,
    chars: "printable ASCII characters",
    autoname: AUTONAME_SUFFIX.aws,
    source: `${AWS_EC2_API}/API_ImportKeyPair.html: up to 255 ASCII characters`,
  },
  "aws:ec2/launchTemplate:LaunchTemplate": {
    what: "AWS launch template",
    cloud: "aws",
    min: 3,
    max: 128,
    char: /[A-Za-z0-9().\-/_]/,
    chars: "ASCII letters, digits and ().-/_",
    autoname: AUTONAME_SUFFIX.aws,
    source: `${AWS_EC2_API}/API_CreateLaunchTemplate.html: 3-128 characters matching [a-zA-Z0-9().\\-/_]+`,
  },
  "aws:lb/loadBalancer:LoadBalancer": elbName("AWS load balancer"),
  "aws:lb/targetGroup:TargetGroup": elbName("AWS target group"),
  "aws:autoscaling/group:Group": anyPrintable(
    "AWS Auto Scaling group",
    255,
    "EC2 Auto Scaling API CreateAutoScalingGroup: AutoScalingGroupName 1-255 characters",
  ),
  "aws:autoscaling/policy:Policy": anyPrintable(
    "AWS scaling policy",
    255,
    "EC2 Auto Scaling API PutScalingPolicy: PolicyName 1-255 characters",
  ),
  "aws:cloudwatch/metricAlarm:MetricAlarm": anyPrintable(
    "AWS CloudWatch alarm",
    255,
    "CloudWatch API PutMetricAlarm: AlarmName 1-255 characters, no ASCII control characters",
  ),
  "aws:budgets/budget:Budget": {
    what: "AWS budget",
    cloud: "aws",
    min: 1,
    max: 100,
    char: notControl(":\\\\"),
    chars: "any character but control characters, ':' and '\\'",
    autoname: AUTONAME_SUFFIX.aws,
    source: "AWS Budgets API Budget.BudgetName: 1-100 characters matching [^:\\\\]+",
  },
  "aws:s3/bucket:Bucket": {
    what: "S3 bucket",
    cloud: "aws",
    min: 3,
    max: 63,
    char: /[a-z0-9.-]/,
    chars: "lowercase ASCII letters, digits, '.' and '-'",
    shape: {
      test: (s) => /^[a-z0-9]/.test(s) && /[a-z0-9]$/.test(s),
      text: "start and end with a letter or digit",
    },
    autoname: AUTONAME_SUFFIX.aws,
    source:
      "S3 bucket naming rules (docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html): 3-63 characters, lowercase letters, numbers, dots and hyphens",
  },

  "azure-native:resources:ResourceGroup": {
    what: "Azure resource group",
    cloud: "azure",
    min: 1,
    max: 90,
    char: /[\p{L}\p{N}._()-]/u,
    chars: "letters, digits, '_', '-', '.', '(' and ')'",
    shape: { test: (s) => !s.endsWith("."), text: "not end with '.'" },
    autoname: AUTONAME_SUFFIX.azure,
    source: `${AZURE_RULES}, Microsoft.Resources resourcegroups: 1-90 characters`,
  },
  "azure-native:network:VirtualNetwork": azureNetwork("Azure virtual network", 2, 64),
  "azure-native:network:Subnet": azureNetwork("Azure subnet", 1, 80),
  "azure-native:network:NetworkSecurityGroup": azureNetwork("Azure network security group", 1, 80),
  "azure-native:network:NetworkInterface": azureNetwork("Azure network interface", 1, 80),
  "azure-native:network:PublicIPAddress": azureNetwork("Azure public IP address", 1, 80),
  "azure-native:network:LoadBalancer": azureNetwork("Azure load balancer", 1, 80),
  "azure-native:compute:VirtualMachine": azureCompute("Azure virtual machine"),
  "azure-native:compute:VirtualMachineScaleSet": azureCompute("Azure scale set"),
  "azure-native:monitor:MetricAlert": azureInsights("Azure metric alert", "*#&+:<>?@%{}\\/"),
  "azure-native:monitor:AutoscaleSetting": azureInsights("Azure autoscale setting", ":<>+/&%\\?|"),
  "azure-native:trafficmanager:Profile": {
    what: "Azure Traffic Manager profile",
    cloud: "azure",
    min: 1,
    max: 63,
    char: /[A-Za-z0-9.-]/,
    chars: "ASCII letters, digits, '.' and '-'",
    shape: { test: (s) => startsAlnum(s) && endsAlnum(s), text: "start and end with a letter or digit" },
    autoname: AUTONAME_SUFFIX.azure,
    source: `${AZURE_RULES}, Microsoft.Network trafficmanagerprofiles: 1-63 characters`,
  },
  "azure-native:storage:StorageAccount": {
    what: "Azure storage account",
    cloud: "azure",
    min: 3,
    max: 24,
    char: /[a-z0-9]/,
    chars: "lowercase ASCII letters and digits",
    autoname: AUTONAME_SUFFIX.azure,
    source: `${AZURE_RULES}, Microsoft.Storage storageAccounts: 3-24 characters, lowercase letters and numbers`,
  },
  "azure-native:consumption:Budget": {
    what: "Azure budget",
    cloud: "azure",
    min: 1,
    max: 63,
    char: /[A-Za-z0-9_-]/,
    chars: "ASCII letters, digits, '_' and '-'",
    shape: { test: startsAlnum, text: "start with a letter or digit" },
    autoname: AUTONAME_SUFFIX.azure,
    source: `${AZURE_RULES}, Microsoft.Consumption budgets: 1-63 characters, alphanumerics, underscores and hyphens`,
  },

  "gcp:compute/network:Network": gcpCompute("GCP network"),
  "gcp:compute/subnetwork:Subnetwork": gcpCompute("GCP subnetwork"),
  "gcp:compute/firewall:Firewall": gcpCompute("GCP firewall rule"),
  "gcp:compute/instance:Instance": gcpCompute("GCP instance"),
  "gcp:compute/regionInstanceTemplate:RegionInstanceTemplate": gcpCompute("GCP instance template"),
  "gcp:compute/regionInstanceGroupManager:RegionInstanceGroupManager": gcpCompute(
    "GCP instance group manager",
  ),
  "gcp:compute/regionAutoscaler:RegionAutoscaler": gcpCompute("GCP autoscaler"),
  "gcp:compute/regionHealthCheck:RegionHealthCheck": gcpCompute("GCP health check"),
  "gcp:compute/healthCheck:HealthCheck": gcpCompute("GCP health check"),
  "gcp:compute/regionBackendService:RegionBackendService": gcpCompute("GCP backend service"),
  "gcp:compute/forwardingRule:ForwardingRule": gcpCompute("GCP forwarding rule"),
  "gcp:storage/bucket:Bucket": {
    what: "Cloud Storage bucket",
    cloud: "gcp",
    min: 3,
    max: 63,
    char: /[a-z0-9._-]/,
    chars: "lowercase ASCII letters, digits, '-', '_' and '.'",
    shape: {
      test: (s) => /^[a-z0-9]/.test(s) && /[a-z0-9]$/.test(s),
      text: "start and end with a letter or digit",
    },
    autoname: AUTONAME_SUFFIX.gcp,
    source:
      "Cloud Storage bucket names (cloud.google.com/storage/docs/buckets#naming): 3-63 characters, lowercase letters, numbers, dashes, underscores and dots",
  },

  "kubernetes:core/v1:Service": k8sLabel("Kubernetes Service"),
  "kubernetes:apps/v1:Deployment": k8sLabel(
    "Kubernetes Deployment",
    63,
    "a Deployment's name becomes its pods' host names, so it should be an RFC 1035 label, at most 63 characters",
  ),
  // The controller labels each pod `controller-revision-hash: <name>-<10 characters>`, and label
  // values stop at 63 (kubernetes/kubernetes#64023).
  "kubernetes:apps/v1:StatefulSet": k8sLabel(
    "Kubernetes StatefulSet",
    52,
    "a StatefulSet's name plus an 11-character revision hash must fit a 63-character label (kubernetes/kubernetes#64023), so at most 52",
  ),
  "kubernetes:autoscaling/v2:HorizontalPodAutoscaler": k8sSubdomain("Kubernetes HorizontalPodAutoscaler"),
  "kubernetes:policy/v1:PodDisruptionBudget": k8sSubdomain("Kubernetes PodDisruptionBudget"),
  "kubernetes:networking/v1:NetworkPolicy": k8sSubdomain("Kubernetes NetworkPolicy"),
};

/** AWS security group descriptions, which Lepton's components write the component's name into. */
export const AWS_SG_DESCRIPTION: NameRule = {
  ...NAME_RULES["aws:ec2/securityGroup:SecurityGroup"],
  what: "AWS security group description",
  shape: undefined,
  autoname: 0,
  source: `${AWS_EC2_API}/API_CreateSecurityGroup.html: descriptions up to 255 characters; a-z, A-Z, 0-9, spaces, and ._-:/()#,@[]+=&;{}!$*`,
};

/** "an AWS …", "a GCP …": the article as the name of the cloud is spoken. */
const a = (what: string) => `${/^(A|E|I|O|U|S3)/.test(what) ? "an" : "a"} ${what}`;

/** The problems of one cloud-side name under its rule (empty when the cloud accepts it). */
export function nameProblems(
  rule: NameRule,
  name: string,
): { kind: "length" | "chars" | "shape"; text: string }[] {
  const out: { kind: "length" | "chars" | "shape"; text: string }[] = [];
  const chars = [...name];
  if (chars.length > rule.max || chars.length < rule.min)
    out.push({
      kind: "length",
      text: `${chars.length} characters, outside the ${rule.min} to ${rule.max} ${a(rule.what)} takes`,
    });
  const bad = [...new Set(chars.filter((ch) => !rule.char.test(ch)))];
  if (bad.length > 0)
    out.push({
      kind: "chars",
      text: `${bad.map((b) => show(b)).join(", ")} ${bad.length === 1 ? "is" : "are"} not allowed in ${a(rule.what)} (${rule.chars})`,
    });
  else if (rule.shape && !rule.shape.test(name))
    out.push({ kind: "shape", text: `${a(rule.what)} must ${rule.shape.text}` });
  return out;
}

/** A child as a component will create it: its type (or rule) and the name it is given. */
export interface ChildName {
  /** Pulumi type token of the child: its rule is `NAME_RULES[type]`. */
  type?: string;
  /** The rule, for text that is not a resource's name (a description). @default NAME_RULES[type] */
  rule?: NameRule;
  /** The child's logical name (derived from the component's name), or its cloud-side name when `explicit`. */
  name: string;
  /** The name is the cloud-side name as is: no autonaming suffix is added. */
  explicit?: boolean;
}

/**
 * Checks the cloud-side names a component's children get from its name, against each child's
 * rule, before anything is created. One issue per kind of problem (the tightest length limit,
 * the first characters refused, the first shape broken), each naming the child and the rule.
 * @param componentName the component's name, as the user gave it.
 * @param field the argument the problems are reported on.
 */
export function checkChildNames(componentName: string, children: ChildName[], field = "name"): Issue[] {
  let tightest: { allowed: number; child: ChildName; full: number; rule: NameRule } | undefined;
  const issues: Issue[] = [];
  const reported = new Set<string>();
  for (const c of children) {
    const rule = c.rule ?? (c.type ? NAME_RULES[c.type] : undefined);
    if (!rule) continue;
    const suffix = c.explicit ? 0 : rule.autoname;
    const length = [...c.name].length + suffix;
    if (length > rule.max) {
      // The component's name may lose what its child's name is over by.
      const allowed = [...componentName].length - (length - rule.max);
      if (!tightest || allowed < tightest.allowed) tightest = { allowed, child: c, full: length, rule };
    }
    // Autonaming ends the name in hex digits, so only the given part's characters and start count.
    const given = c.explicit ? c.name : `${c.name}${"0".repeat(suffix)}`;
    for (const p of nameProblems(rule, given)) {
      if (p.kind === "length" || reported.has(p.kind)) continue;
      reported.add(p.kind);
      issues.push({
        path: field,
        value: componentName,
        problem: `${show(componentName)} gives the ${rule.what} ${show(c.name)}${suffix ? ` (plus ${suffix} characters Pulumi appends)` : ""}: ${p.text}`,
        expected: `rename the component (rule: ${rule.source})`,
      });
    }
  }
  if (tightest) {
    const { child, full, rule, allowed } = tightest;
    const suffix = child.explicit ? 0 : rule.autoname;
    issues.unshift({
      path: field,
      value: componentName,
      problem: `${show(componentName)} gives the ${rule.what} ${show(child.name)}, ${full} characters${suffix ? ` with the ${suffix} Pulumi appends` : ""}, over the ${rule.max} ${a(rule.what)} takes`,
      expected:
        allowed >= 1
          ? `use a name of at most ${allowed} characters (rule: ${rule.source})`
          : `no name fits this target with these settings; shorten what the child names add (rule: ${rule.source})`,
    });
  }
  return issues;
}

/** A name or tag a component changed to fit its cloud, recorded so a plan can show it. */
export interface Normalization {
  cloud: Cloud;
  /** The argument it came from: `name`, or `tags.<key>`. */
  field: string;
  /** What the text is used as on the cloud. */
  kind: "resource names" | "host name" | "tag key" | "tag value" | "label value";
  original: string;
  normalized: string;
  /** The cloud's rule that required the change. */
  reason: string;
}

/** Characters a strict target's name can be made of by lowercasing and turning `._ ` into `-`. */
const NORMALIZABLE = /[A-Za-z0-9._ -]/;

/**
 * A name the strict targets accept (GCP resources, Kubernetes objects, host names) made from a
 * component's name: lowercase, `.`, `_` and spaces turned into `-`, starting with a letter
 * (`vm-` is put before a leading digit), at most `max` characters. Characters that cannot be
 * mapped this way (non-ASCII letters, punctuation) are refused rather than dropped, so two
 * names never silently become one.
 */
export function strictName(
  name: string,
  max: number,
  cloud: Cloud,
  field = "name",
): { name: string; issues: Issue[]; normalization?: Normalization } {
  const issues = normalizableIssues(name, cloud, field);
  const normalized = dnsLabel(name, max);
  return {
    name: normalized,
    issues,
    ...(normalized !== name
      ? {
          normalization: {
            cloud,
            field,
            kind: "resource names",
            original: name,
            normalized,
            reason: `${cloudName(cloud)} names are lowercase letters, digits and '-', starting with a letter${[...name].length > max ? `; cut to ${max} characters so the children's suffixes fit` : ""}`,
          },
        }
      : {}),
  };
}

/**
 * Problems of a name a component will lowercase and hyphenate for a strict target: characters
 * that mapping cannot keep (non-ASCII letters, punctuation), or no letter or digit at all.
 */
export function normalizableIssues(name: string, cloud: Cloud, field = "name"): Issue[] {
  const bad = [...new Set([...name].filter((ch) => !NORMALIZABLE.test(ch)))];
  const issues: Issue[] =
    bad.length > 0
      ? [
          {
            path: field,
            value: name,
            problem: `${show(name)} holds ${bad.map((b) => show(b)).join(", ")}, which ${cloudName(cloud)} names cannot hold (Lepton lowercases letters and turns '.', '_' and spaces into '-', nothing else)`,
            expected: "use ASCII letters, digits, '-', '_', '.' or spaces",
          },
        ]
      : [];
  if (!/[A-Za-z0-9]/.test(name))
    issues.push({
      path: field,
      value: name,
      problem: `${show(name)} has no letter or digit to name ${cloudName(cloud)} resources with`,
      expected: "use a name with ASCII letters or digits",
    });
  return issues;
}

/**
 * Lowercase letters, digits and hyphens, starting with a letter (`vm-` before anything else),
 * at most `max` characters: what GCP resource names, Kubernetes Service names and host names accept.
 */
export function dnsLabel(name: string, max: number): string {
  let s = name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-+/, "");
  if (!/^[a-z]/.test(s)) s = `vm-${s}`;
  return s.slice(0, max).replace(/-+$/, "");
}

/** The cloud as people call it. */
export function cloudName(cloud: Cloud): string {
  return { aws: "AWS", azure: "Azure", gcp: "GCP", kubernetes: "Kubernetes" }[cloud];
}

const claims = new WeakMap<object, Map<string, string>>();

/** A normalized name a component's children will be known by, in one namespace. */
export interface NameClaim {
  /** Where names must be unique: the component type, the cloud and what is named, e.g. `MultiCloudVm/gcp/resource names`. */
  space: string;
  /** The name after normalization. */
  normalized: string;
}

/**
 * Claims normalized names for a component within one program (`scope`: one object per program,
 * such as the Pulumi monitor). When another component with a different name already holds one
 * of them, claims nothing and returns an issue naming both components; two components given the
 * very same name are left to Pulumi, whose duplicate-URN error names them.
 */
export function claimNames(scope: object, component: string, wanted: NameClaim[], field = "name"): Issue[] {
  let taken = claims.get(scope);
  if (!taken) claims.set(scope, (taken = new Map()));
  const issues: Issue[] = [];
  for (const c of wanted) {
    const holder = taken.get(`${c.space}\u0000${c.normalized}`);
    if (holder !== undefined && holder !== component) {
      const [type, cloud, what] = c.space.split("/");
      issues.push({
        path: field,
        value: component,
        problem: `${type} ${show(component)} and ${type} ${show(holder)} both become ${show(c.normalized)} as ${cloudName(cloud as Cloud)} ${what ?? "names"}, so their children would collide`,
        expected: `rename one of them so they differ in more than case, '.', '_', spaces or characters past the length limit`,
      });
    }
  }
  if (issues.length === 0) for (const c of wanted) taken.set(`${c.space}\u0000${c.normalized}`, component);
  return issues;
}
