import * as pulumi from "@pulumi/pulumi";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { LeptonError } from "../../sdk/errors";
import type { Normalization } from "../../sdk/names";
import { installMocks, ofType, Recorded, settleAll } from "../helpers/mocks";

/**
 * Names and tags each cloud accepts, or a clear error; Inputs wherever a value steers nothing.
 * Each row: what is built, and the error it must raise, which names the field, shows the value
 * and says what to do.
 */

let recorded: Recorded[];
let Vm: typeof import("../../components/multicloud-vm");
let Pool: typeof import("../../components/balanced-pool");
let Budget: typeof import("../../components/budgeted-stack");
let Bucket: typeof import("../../components/multicloud-bucket");

beforeAll(async () => {
  recorded = installMocks({});
  Vm = await import("../../components/multicloud-vm");
  Pool = await import("../../components/balanced-pool");
  Budget = await import("../../components/budgeted-stack");
  Bucket = await import("../../components/multicloud-bucket");
});
beforeEach(() => pulumi.runtime.setAllConfig({}));

const UNIT = { vcpus: 1, memoryGiB: 2 };
const AZURE = { cloud: "azure", region: "westeurope" } as const;
const GCP = { cloud: "gcp", region: "us-east1" } as const;
const AWS = { cloud: "aws", region: "us-east-1" } as const;
const SCALING = { min: 1, max: 2 };
const SUBSCRIPTION = "11111111-2222-3333-4444-555555555555";
const long = (n: number, c = "a") => c.repeat(n);

interface Row {
  /** What is wrong. */
  case: string;
  make: () => unknown;
  /** The field path the message starts with (or a list line starts with). */
  field: string;
  /** The bad value, as the message shows it. */
  value: string;
  /** What the message tells the user to do. */
  fix: RegExp;
}

/** The construction error, which must be one of Lepton's (never a TypeError from deep inside). */
function errorOf(make: () => unknown): Error {
  try {
    make();
  } catch (e) {
    expect(e, String(e)).toBeInstanceOf(LeptonError);
    return e as Error;
  }
  throw new Error("construction should fail");
}

function runRows(rows: Row[]) {
  it.each(rows.map((r) => [r.case, r] as const))("%s", async (_, row) => {
    const message = errorOf(row.make).message;
    const lines = message.split("\n").map((l) => l.replace(/^\s+- /, ""));
    // One problem per line: the one this row is about starts with the field and shows the value.
    const line = lines.find(
      (l) => l.startsWith(`${row.field}: `) && l.includes(row.value) && row.fix.test(l),
    );
    expect(
      line,
      `no line starts with "${row.field}: ", shows ${row.value} and matches ${row.fix} in:\n${message}`,
    ).toBeDefined();
    await settleAll(recorded);
  });
}

/** The `normalizedNames` a component registered among its inputs. */
function normalizedOf(type: string, name: string): Normalization[] {
  const component = recorded.find((r) => !r.custom && r.type === type && r.name === name);
  expect(component, `${type} ${name}`).toBeDefined();
  return (component!.inputs.normalizedNames ?? []) as Normalization[];
}

describe("MultiCloudVm", () => {
  runRows([
    {
      case: "a 120-character name on Azure (children of 123-127 characters)",
      make: () => new Vm.MultiCloudVm(long(120), { unit: UNIT, placement: AZURE }),
      field: "name",
      value: `"${long(120)}-vnet"`,
      fix: /over the 64 an Azure virtual network takes; use a name of at most 51 characters \(rule: Azure resource name rules/,
    },
    {
      case: "an underscore, which Azure machine names refuse",
      make: () => new Vm.MultiCloudVm("api_1", { unit: UNIT, placement: AZURE }),
      field: "name",
      value: '"api_1"',
      fix: /"_" is not allowed in an Azure virtual machine \(ASCII letters, digits, '\.' and '-'\); rename the component/,
    },
    {
      case: "a unicode name on GCP (children once silently named vm-vm)",
      make: () => new Vm.MultiCloudVm("日本", { unit: UNIT, placement: GCP }),
      field: "name",
      value: '"日本"',
      fix: /which GCP names cannot hold .*; use ASCII letters, digits, '-', '_', '\.' or spaces/,
    },
    {
      case: "a unicode name on AWS (security group names are ASCII)",
      make: () => new Vm.MultiCloudVm("café", { unit: UNIT, placement: AWS }),
      field: "name",
      value: '"café"',
      fix: /"é" is not allowed in an AWS security group .*rule: https:\/\/docs\.aws\.amazon\.com/,
    },
    {
      case: "a name past the Kubernetes mapping",
      make: () => new Vm.MultiCloudVm("web@prod", { unit: UNIT, placement: { cloud: "kubernetes" } }),
      field: "name",
      value: '"@"',
      fix: /use ASCII letters, digits/,
    },
    {
      case: "an AWS tag key in AWS's reserved prefix",
      make: () =>
        new Vm.MultiCloudVm("tagged-aws", { unit: UNIT, placement: AWS, tags: { "aws:team": "x" } }),
      field: "tags.aws:team",
      value: '"aws:team"',
      fix: /starts with "aws:", which AWS reserves .*; use another prefix/,
    },
    {
      case: "an Azure tag value past 256 characters",
      make: () =>
        new Vm.MultiCloudVm("tagged-az", { unit: UNIT, placement: AZURE, tags: { note: long(300) } }),
      field: "tags.note",
      value: "the value is 300 characters",
      fix: /Azure tag values stop at 256; use a value of at most 256 characters \(learn\.microsoft\.com/,
    },
    {
      case: "two labels that become one on GCP",
      make: () =>
        new Vm.MultiCloudVm("tagged-gcp", { unit: UNIT, placement: GCP, tags: { Team: "a", team: "b" } }),
      field: "tags.team",
      value: '"team" and "Team" both become the GCP tag "team"',
      fix: /keep one of them/,
    },
    {
      case: "the unit as an Output (the message says why in the unit's terms)",
      make: () => new Vm.MultiCloudVm("out-unit", { unit: pulumi.output(UNIT) as never }),
      field: "unit",
      value: "an Output or Promise is not valid here",
      fix: /placement reads the unit to choose the cloud, region and instance type, so pass a plain value/,
    },
    {
      case: "a tag value as an Output",
      make: () =>
        new Vm.MultiCloudVm("out-tags", { unit: UNIT, tags: { team: pulumi.output("core") as never } }),
      field: "tags.team",
      value: "an Output or Promise is not valid here",
      fix: /tags are checked and rewritten for the cloud the machine lands on/,
    },
  ]);

  it("records GCP's rewrite of the name and the labels in the component's inputs", async () => {
    new Vm.MultiCloudVm("Web_Server.2", { unit: UNIT, placement: GCP, tags: { "Cost Center": "R&D" } });
    await settleAll(recorded);
    expect(normalizedOf("lepton-multicloud:index:MultiCloudVm", "Web_Server.2")).toEqual([
      expect.objectContaining({
        cloud: "gcp",
        field: "name",
        kind: "resource names",
        original: "Web_Server.2",
        normalized: "web-server-2",
      }),
      expect.objectContaining({ field: "tags.Cost Center", kind: "tag key", normalized: "cost_center" }),
      expect.objectContaining({
        field: "tags.Cost Center",
        kind: "tag value",
        original: "R&D",
        normalized: "r_d",
      }),
    ]);
    // A name the cloud takes as is records nothing.
    new Vm.MultiCloudVm("plain-name", { unit: UNIT, placement: GCP });
    await settleAll(recorded);
    expect(normalizedOf("lepton-multicloud:index:MultiCloudVm", "plain-name")).toEqual([]);
  });

  it("refuses a second machine whose GCP name normalizes to one already used, naming both", async () => {
    new Vm.MultiCloudVm("MyVM", { unit: UNIT, placement: GCP });
    await settleAll(recorded);
    const before = recorded.length;
    const error = errorOf(() => new Vm.MultiCloudVm("myvm", { unit: UNIT, placement: GCP }));
    expect(error.message).toBe(
      `name: MultiCloudVm "myvm" and MultiCloudVm "MyVM" both become "myvm" as GCP resource names, so their children would collide; rename one of them so they differ in more than case, '.', '_', spaces or characters past the length limit`,
    );
    await settleAll(recorded);
    expect(recorded.length).toBe(before);
    // On AWS the names are used as given: no collision.
    new Vm.MultiCloudVm("myvm", { unit: UNIT, placement: AWS });
    await settleAll(recorded);
  });

  it("takes Inputs where nothing is decided from them: login name, mount path, network ids", async () => {
    new Vm.MultiCloudVm("inputs-az", {
      unit: UNIT,
      placement: AZURE,
      adminUsername: pulumi.output("ops"),
      network: {
        azure: { resourceGroupName: pulumi.output("rg-shared"), subnetId: pulumi.output("/x/subnets/a") },
      },
    });
    new Vm.MultiCloudVm("inputs-k8s", {
      unit: UNIT,
      placement: { cloud: "kubernetes" },
      kubernetes: { mountPath: pulumi.output("/srv") },
    });
    await settleAll(recorded);
    const vm = ofType(recorded, "azure-native:compute:VirtualMachine").find(
      (r) => r.name === "inputs-az-vm",
    )!;
    const osProfile = vm.inputs.osProfile as Record<string, unknown>;
    expect(osProfile.adminUsername).toBe("ops");
    expect(JSON.stringify(osProfile.linuxConfiguration)).toContain("/home/ops/.ssh/authorized_keys");
    const set = ofType(recorded, "kubernetes:apps/v1:StatefulSet").find((r) => r.name === "inputs-k8s-vm")!;
    expect(JSON.stringify(set.inputs)).toContain('"mountPath":"/srv"');
  });
});

describe("BalancedPool", () => {
  const pool =
    (name: string, args: Partial<import("../../components/balanced-pool").BalancedPoolArgs>) => () =>
      new Pool.BalancedPool(name, {
        unit: UNIT,
        placements: [{ ...AWS, weight: 1 }],
        scaling: SCALING,
        ...args,
      });

  runRows([
    {
      case: "a space, which AWS launch templates refuse",
      make: pool("my pool", {}),
      field: "name",
      value: '"my pool"',
      fix: /" " is not allowed in an AWS launch template .*rename the component/,
    },
    {
      case: "a name past Azure's 64 for scale sets",
      make: pool(long(40, "p"), { placements: [{ ...AZURE, weight: 1 }] }),
      field: "name",
      value: '"pppp',
      fix: /over the 64 an Azure (virtual network|scale set) takes; use a name of at most 34 characters/,
    },
    {
      case: "a GCP DNS health check the pool's name cannot name",
      make: pool("Web_Pool", { dns: { provider: "gcp", zone: "example-com", name: "www.example.com" } }),
      field: "name",
      value: '"Web_Pool"',
      fix: /not allowed in a GCP health check/,
    },
    {
      case: "scaling as an Output (the message says why in scaling's terms)",
      make: pool("out-scaling", { scaling: pulumi.output(SCALING) as never }),
      field: "args.scaling",
      value: "an Output or Promise is not valid here",
      fix: /the pool's capacity is split across the members by weight when the program runs/,
    },
    {
      case: "a GCP label value past 63 characters",
      make: pool("labelled", { placements: [{ ...GCP, weight: 1 }], tags: { purpose: long(64, "x") } }),
      field: "tags.purpose",
      value: "the value is 64 characters",
      fix: /GCP tag values stop at 63/,
    },
  ]);

  it("shortens AWS load balancer and target group names past 32 characters, and records it", async () => {
    const p = pool("frontend", {})();
    await settleAll(recorded);
    expect(p).toBeDefined();
    const names = ["aws:lb/loadBalancer:LoadBalancer", "aws:lb/targetGroup:TargetGroup"].map(
      (type) => ofType(recorded, type).find((r) => r.name.startsWith("frontend-"))!.name,
    );
    // Each fits AWS's 32 with the 8 characters Pulumi appends.
    for (const n of names) expect(n.length + 8, n).toBeLessThanOrEqual(32);
    expect(names[0]).toMatch(/^frontend-[0-9a-f]{6}-lb$/);
    expect(names[1]).toMatch(/^frontend-[0-9a-f]{6}-tg$/);
    const tg = ofType(recorded, "aws:lb/targetGroup:TargetGroup").find((r) =>
      r.name.startsWith("frontend-"),
    )!;
    expect((tg.inputs.tags as Record<string, string>).Name).toBe("frontend-aws-us-east-1");
    expect(normalizedOf("lepton-multicloud:index:BalancedPool", "frontend")).toEqual([
      expect.objectContaining({ cloud: "aws", original: "frontend-aws-us-east-1-lb", normalized: names[0] }),
      expect.objectContaining({ cloud: "aws", original: "frontend-aws-us-east-1-tg", normalized: names[1] }),
    ]);
  });

  it("refuses two pools whose Azure names differ only in case (Azure names ignore case)", async () => {
    pool("Shop", { placements: [{ ...AZURE, weight: 1 }] })();
    await settleAll(recorded);
    expect(errorOf(pool("shop", { placements: [{ ...AZURE, weight: 1 }] })).message).toMatch(
      /^name: BalancedPool "shop" and BalancedPool "Shop" both become "shop" as Azure resource names/,
    );
  });

  it("takes userData, the Kubernetes image and namespace, and the DNS zone's group as Inputs", async () => {
    pool("inputs-pool", {
      placements: [
        { ...AWS, weight: 1 },
        { cloud: "kubernetes", weight: 1 },
      ],
      scaling: { min: 2, max: 4 },
      userData: pulumi.output("#!/bin/sh\necho ready\n"),
      kubernetes: { image: pulumi.output("nginx:1.27"), namespace: pulumi.output("web") },
    })();
    await settleAll(recorded);
    const lt = ofType(recorded, "aws:ec2/launchTemplate:LaunchTemplate").find((r) =>
      r.name.startsWith("inputs-pool-"),
    )!;
    expect(Buffer.from(lt.inputs.userData as string, "base64").toString()).toBe("#!/bin/sh\necho ready\n");
    const deployment = ofType(recorded, "kubernetes:apps/v1:Deployment").find((r) =>
      r.name.startsWith("inputs-pool-"),
    )!;
    expect(JSON.stringify(deployment.inputs)).toContain('"image":"nginx:1.27"');
    expect((deployment.inputs.metadata as Record<string, unknown>).namespace).toBe("web");
  });
});

describe("BudgetedStack", () => {
  const budget =
    (name: string, args: Partial<import("../../components/budgeted-stack").BudgetedStackArgs>) => () =>
      new Budget.BudgetedStack(name, {
        monthlyBudgetUsd: 100,
        costTags: { owner: "team" },
        seal: "manual",
        ...args,
      });

  runRows([
    {
      case: "a cost tag in AWS's reserved prefix (cost tags reach every cloud)",
      make: budget("b-aws", { costTags: { "aws:owner": "me" } }),
      field: "costTags.aws:owner",
      value: '"aws:owner"',
      fix: /starts with "aws:"/,
    },
    {
      case: "a cost tag value past AWS's and Azure's 256",
      make: budget("b-long", { costTags: { owner: long(257) } }),
      field: "costTags.owner",
      value: "the value is 257 characters",
      fix: /tag values stop at 256/,
    },
    {
      case: "a name past Azure's 63 for budgets, with an Azure scope",
      make: budget(long(50, "b"), { azure: { subscriptionId: SUBSCRIPTION } }),
      field: "name",
      value: `"${long(50, "b")}-alert-azure"`,
      fix: /over the 63 an Azure budget takes; use a name of at most 43 characters/,
    },
    {
      case: "the budget as an Output",
      make: budget("b-out", { monthlyBudgetUsd: pulumi.output(100) as never }),
      field: "monthlyBudgetUsd",
      value: "an Output or Promise is not valid here",
      fix: /the projection is compared with it when the program runs/,
    },
  ]);

  it("takes the clouds' scope ids as Inputs and records tags rewritten for GCP and Kubernetes", async () => {
    const b = budget("b-inputs", {
      costTags: { "Cost Center": "R&D" },
      azure: { subscriptionId: pulumi.output(SUBSCRIPTION) },
      gcp: { billingAccount: pulumi.output("012345-6789AB-CDEF01") },
    })();
    await b.seal();
    await settleAll(recorded);
    const normalized = normalizedOf("lepton-multicloud:index:BudgetedStack", "b-inputs");
    expect(normalized.map((n) => `${n.cloud} ${n.kind} ${n.normalized}`)).toEqual(
      expect.arrayContaining([
        "gcp tag key cost_center",
        "gcp tag value r_d",
        "kubernetes tag key Cost-Center",
      ]),
    );
  });
});

describe("MultiCloudBucket", () => {
  const bucket =
    (name: string, args: Partial<import("../../components/multicloud-bucket").MultiCloudBucketArgs>) => () =>
      new Bucket.MultiCloudBucket(name, {
        storage: { expectedGb: 10 },
        placement: { cloud: "aws", region: "us-east-1" },
        ...args,
      });

  runRows([
    {
      case: "a unicode name (the bucket was once named x-bucket)",
      make: bucket("写真", {}),
      field: "name",
      value: '"写真"',
      fix: /which AWS names cannot hold/,
    },
    {
      case: "a public-read reason past GCP's 63 for label values",
      make: bucket("public-gcp", {
        placement: { cloud: "gcp", region: "us-east1" },
        publicRead: true,
        publicReadReason: long(70, "r"),
      }),
      field: "publicReadReason",
      value: "the value is 70 characters",
      fix: /GCP tag values stop at 63/,
    },
    {
      case: "the storage as an Output",
      make: bucket("out-storage", { storage: pulumi.output({ expectedGb: 1 }) as never }),
      field: "storage",
      value: "an Output or Promise is not valid here",
      fix: /placement reads it to choose the cloud and region, and prices it/,
    },
  ]);

  it("refuses a second bucket whose name normalizes to one already used, and records the rewrite", async () => {
    bucket("Media Assets", {})();
    await settleAll(recorded);
    expect(normalizedOf("lepton-multicloud:index:MultiCloudBucket", "Media Assets")).toEqual([
      expect.objectContaining({ original: "Media Assets", normalized: "media-assets" }),
    ]);
    expect(errorOf(bucket("media_assets", {})).message).toMatch(
      /^name: MultiCloudBucket "media_assets" and MultiCloudBucket "Media Assets" both become "media-assets" as AWS bucket names/,
    );
  });
});
