import * as ec2 from "@pulumi/aws/ec2";
import * as pulumi from "@pulumi/pulumi";
import { describe, expect, it, vi } from "vitest";
import { installMocks } from "../helpers/mocks";

const recorded = installMocks({ "aws:region": "us-east-1" }, { preview: true, applyTransforms: true });

describe("BudgetedStack in preview", () => {
  it("settles on URNs (known in preview), counts reports, and lists an input unknown until deploy as unpriced", async () => {
    const warned: string[] = [];
    vi.spyOn(pulumi.log, "warn").mockImplementation(async (m: string) => void warned.push(m));
    const { BudgetedStack } = await import("../../components/budgeted-stack");
    const { MultiCloudBucket } = await import("../../components/multicloud-bucket");
    const budget = new BudgetedStack("preview", { monthlyBudgetUsd: 100, costTags: { owner: "ops" } });
    const bucket = new MultiCloudBucket(
      "logs",
      { storage: { expectedGb: 100 }, placement: { cloud: "aws", region: "us-east-1" } },
      { parent: budget },
    );
    // The security group's name is computed by the provider: unknown in preview, as is what follows from it.
    const sg = new ec2.SecurityGroup("sg", { description: "x" });
    new ec2.Instance(
      "vm",
      { ami: "ami-0abc1234", instanceType: sg.name.apply(() => "t3.large") },
      { parent: budget },
    );
    const s = await budget.seal();
    expect(s.projectedMonthlyUsd).toBe(bucket.monthlyUsd);
    expect(s.breakdown.unpriced).toEqual([
      { type: "aws:ec2/instance:Instance", name: "vm", reason: "instanceType is unknown during preview" },
    ]);
    expect(
      warned.some((w) =>
        w.includes('aws:ec2/instance:Instance "vm": instanceType is unknown during preview'),
      ),
    ).toBe(true);
    // Tagged all the same: the tags are known even where other inputs are not.
    expect(recorded.find((r) => r.name === "vm")!.inputs.tags).toMatchObject({ owner: "ops" });
  });
});
