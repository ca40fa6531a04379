import { describe, expect, it } from "vitest";
import {
  AUTONAME_SUFFIX,
  checkChildNames,
  claimNames,
  dnsLabel,
  NAME_RULES,
  nameProblems,
  strictName,
} from "../../sdk/names";
import { checkTags, normalizeTags } from "../../sdk/tags";

describe("NAME_RULES", () => {
  it("states each limit with its source, and the autonaming suffix of its provider", () => {
    for (const [type, rule] of Object.entries(NAME_RULES)) {
      expect(rule.source, type).toMatch(/\S{10,}/);
      expect(rule.max, type).toBeGreaterThanOrEqual(rule.min);
      expect(rule.autoname, type).toBe(AUTONAME_SUFFIX[rule.cloud]);
    }
    expect(NAME_RULES["aws:lb/targetGroup:TargetGroup"].max).toBe(32);
    expect(NAME_RULES["azure-native:compute:VirtualMachine"].max).toBe(64);
    expect(NAME_RULES["gcp:compute/instance:Instance"].max).toBe(63);
    expect(NAME_RULES["kubernetes:core/v1:Service"].max).toBe(63);
    expect(NAME_RULES["kubernetes:networking/v1:NetworkPolicy"].max).toBe(253);
  });

  it("accepts what each cloud accepts and says what it refuses", () => {
    const gcp = NAME_RULES["gcp:compute/network:Network"];
    expect(nameProblems(gcp, "web-1-net")).toEqual([]);
    expect(nameProblems(gcp, "Web_1")[0].text).toMatch(/"W", "_" are not allowed in a GCP network/);
    expect(nameProblems(gcp, "1web")[0].text).toMatch(/must start with a lowercase letter/);
    expect(nameProblems(gcp, "a".repeat(64))[0].text).toMatch(/64 characters, outside the 1 to 63/);
    const sg = NAME_RULES["aws:ec2/securityGroup:SecurityGroup"];
    expect(nameProblems(sg, "web (prod) #1")).toEqual([]);
    expect(nameProblems(sg, "sg-web")[0].text).toMatch(/not start with "sg-"/);
    expect(nameProblems(sg, "café")[0].text).toMatch(/"é" is not allowed/);
    const rg = NAME_RULES["azure-native:resources:ResourceGroup"];
    expect(nameProblems(rg, "Équipe-(prod)")).toEqual([]);
    expect(nameProblems(rg, "rg.")[0].text).toMatch(/not end with '.'/);
  });
});

describe("checkChildNames", () => {
  it("reports the tightest length limit once, with the longest name that fits", () => {
    const name = "a".repeat(120);
    const issues = checkChildNames(name, [
      { type: "azure-native:network:NetworkSecurityGroup", name: `${name}-nsg` },
      { type: "azure-native:compute:VirtualMachine", name: `${name}-vm` },
    ]);
    expect(issues).toHaveLength(1);
    expect(issues[0].path).toBe("name");
    // 120 + "-vm" + 8 = 131 over 64: the name may be 120 - 67 = 53 characters.
    expect(issues[0].problem).toMatch(
      /Azure virtual machine ".*-vm", 131 characters with the 8 Pulumi appends, over the 64 an Azure virtual machine takes/,
    );
    expect(issues[0].expected).toMatch(
      /^use a name of at most 53 characters \(rule: Azure resource name rules/,
    );
  });

  it("counts no suffix for a name set as is, and checks characters and shape", () => {
    expect(
      checkChildNames("web", [
        { type: "azure-native:network:LoadBalancer", name: "x".repeat(80), explicit: true },
      ]),
    ).toEqual([]);
    const [chars] = checkChildNames("my pool", [
      { type: "aws:lb/targetGroup:TargetGroup", name: "my pool-tg" },
    ]);
    expect(chars.problem).toMatch(
      /" " is not allowed in an AWS target group \(ASCII letters, digits and '-'\)/,
    );
    const [shape] = checkChildNames("internal-api", [
      { type: "aws:lb/loadBalancer:LoadBalancer", name: "internal-api-lb" },
    ]);
    expect(shape.problem).toMatch(/not start with "internal-"/);
  });

  it("ignores children of types without a naming rule", () => {
    expect(
      checkChildNames("x", [
        { type: "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", name: "?" },
      ]),
    ).toEqual([]);
  });
});

describe("strictName", () => {
  it("lowercases and hyphenates, records the change, and keeps names already valid", () => {
    expect(strictName("web-1", 40, "gcp")).toEqual({ name: "web-1", issues: [] });
    const r = strictName("Web_Server.1", 40, "gcp");
    expect(r.name).toBe("web-server-1");
    expect(r.issues).toEqual([]);
    expect(r.normalization).toMatchObject({
      cloud: "gcp",
      field: "name",
      original: "Web_Server.1",
      normalized: "web-server-1",
    });
    expect(strictName("9Lives", 36, "kubernetes").name).toBe("vm-9lives");
  });

  it("refuses characters the mapping would drop, so two names never silently become one", () => {
    const unicode = strictName("日本", 40, "gcp");
    expect(unicode.issues.map((i) => i.problem).join("\n")).toMatch(
      /"日本" holds "日", "本", which GCP names cannot hold[\s\S]*has no letter or digit/,
    );
    expect(strictName("web@prod", 40, "kubernetes").issues[0]).toMatchObject({
      path: "name",
      value: "web@prod",
      expected: "use ASCII letters, digits, '-', '_', '.' or spaces",
    });
  });

  it("is dnsLabel with checks", () => {
    expect(dnsLabel("--A..b--", 63)).toBe("a-b");
    expect(dnsLabel("x".repeat(70), 40)).toHaveLength(40);
  });
});

describe("claimNames", () => {
  it("refuses a second component whose name normalized to one already claimed, naming both", () => {
    const scope = {};
    const space = "MultiCloudVm/gcp/resource names";
    expect(claimNames(scope, "MyVM", [{ space, normalized: "myvm" }])).toEqual([]);
    const [issue] = claimNames(scope, "myvm", [{ space, normalized: "myvm" }]);
    expect(issue.problem).toBe(
      'MultiCloudVm "myvm" and MultiCloudVm "MyVM" both become "myvm" as GCP resource names, so their children would collide',
    );
    // The same name again is Pulumi's duplicate URN to report; another space or program is free.
    expect(claimNames(scope, "MyVM", [{ space, normalized: "myvm" }])).toEqual([]);
    expect(
      claimNames(scope, "myvm", [{ space: "MultiCloudVm/kubernetes/resource names", normalized: "myvm" }]),
    ).toEqual([]);
    expect(claimNames({}, "myvm", [{ space, normalized: "myvm" }])).toEqual([]);
  });

  it("claims nothing when one of the names collides", () => {
    const scope = {};
    claimNames(scope, "a", [{ space: "s/gcp/x", normalized: "n1" }]);
    expect(
      claimNames(scope, "b", [
        { space: "s/gcp/x", normalized: "n2" },
        { space: "s/gcp/x", normalized: "n1" },
      ]),
    ).toHaveLength(1);
    expect(claimNames(scope, "c", [{ space: "s/gcp/x", normalized: "n2" }])).toEqual([]);
  });
});

describe("checkTags", () => {
  it("rewrites Azure tag names without < > % & \\ ? / and records it", () => {
    const r = checkTags("azure", { "cost/centre": "42", "a<b>": "x" }, "tags");
    expect(r.issues).toEqual([]);
    expect(r.tags).toEqual({ cost_centre: "42", a_b_: "x" });
    expect(r.normalized).toEqual([
      expect.objectContaining({
        field: "tags.cost/centre",
        kind: "tag key",
        original: "cost/centre",
        normalized: "cost_centre",
      }),
      expect.objectContaining({ field: "tags.a<b>", original: "a<b>", normalized: "a_b_" }),
    ]);
    expect(r.tags).toEqual(normalizeTags("azure", { "cost/centre": "42", "a<b>": "x" }));
  });

  it("refuses keys and values past each cloud's limit instead of cutting them", () => {
    expect(checkTags("azure", { k: "v".repeat(257) }).issues[0]).toMatchObject({
      path: "tags.k",
      problem: "the value is 257 characters; Azure tag values stop at 256",
    });
    expect(checkTags("aws", { ["k".repeat(129)]: "v" }).issues[0].problem).toBe(
      "the key is 129 characters; AWS tag keys stop at 128",
    );
    expect(checkTags("gcp", { team: "x".repeat(64) }).issues[0].expected).toMatch(
      /^use a value of at most 63 characters \(cloud.google.com/,
    );
    expect(checkTags("kubernetes", { "example.com/team": "y".repeat(63) }).issues).toEqual([]);
    expect(checkTags("kubernetes", { "example.com/team": "y".repeat(64) }).issues).toHaveLength(1);
  });

  it("refuses AWS's reserved prefix and two keys that become one", () => {
    expect(checkTags("aws", { "aws:owner": "me" }).issues[0].problem).toMatch(
      /starts with "aws:", which AWS reserves/,
    );
    const [clash] = checkTags("gcp", { Team: "a", team: "b" }, "costTags").issues;
    expect(clash).toMatchObject({
      path: "costTags.team",
      problem: '"team" and "Team" both become the GCP tag "team"',
    });
  });
});
