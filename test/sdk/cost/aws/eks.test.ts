import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext, Priced } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };

function expectPriced(r: ReturnType<typeof priceResource>): Priced {
  if (!r.priced) throw new Error(`unpriced: ${r.reason}`);
  return r;
}

describe("aws:eks/cluster:Cluster", () => {
  it("prices the control plane (golden eks_cluster_test my_aws_eks_cluster: $73.00)", () => {
    const r = expectPriced(priceResource("aws:eks/cluster:Cluster", { roleArn: "arn", vpcConfig: {} }, ctx));
    expect(r.monthlyUsd).toBeCloseTo(73, 2);
  });

  it('bills extended support for old versions unless the upgrade policy is STANDARD (golden extended_support["1.23"]: $438.00)', () => {
    expect(
      expectPriced(priceResource("aws:eks/cluster:Cluster", { version: "1.23" }, ctx)).monthlyUsd,
    ).toBeCloseTo(438, 2);
    expect(
      expectPriced(
        priceResource(
          "aws:eks/cluster:Cluster",
          { version: "1.23", upgradePolicy: { supportType: "STANDARD" } },
          ctx,
        ),
      ).monthlyUsd,
    ).toBeCloseTo(73, 2);
    expect(
      expectPriced(priceResource("aws:eks/cluster:Cluster", { version: "1.31" }, ctx)).monthlyUsd,
    ).toBeCloseTo(73, 2);
  });

  it("is unpriced without a region", () => {
    expect(priceResource("aws:eks/cluster:Cluster", {}, { catalog: ctx.catalog })).toMatchObject({
      priced: false,
      reason: expect.stringContaining("region"),
    });
  });
});

describe("aws:eks/nodeGroup:NodeGroup", () => {
  it("prices desiredSize nodes with their disks (golden eks_node_group_test: 2,190 hours m5.xlarge $420.48; gp2 $0.10/GB)", () => {
    const r = expectPriced(
      priceResource(
        "aws:eks/nodeGroup:NodeGroup",
        {
          instanceTypes: ["m5.xlarge"],
          diskSize: 20,
          scalingConfig: { desiredSize: 3, minSize: 1, maxSize: 5 },
        },
        ctx,
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(420.48 + 6, 2);
    expect(r.count).toBe(3);
    expect(r.range?.minMonthlyUsd).toBeCloseTo((420.48 + 6) / 3, 1);
    expect(r.range?.maxMonthlyUsd).toBeCloseTo(((420.48 + 6) / 3) * 5, 1);
  });

  it("takes the instance type from the launch template and leaves its volumes out", () => {
    const r = expectPriced(
      priceResource(
        "aws:eks/nodeGroup:NodeGroup",
        { launchTemplate: { id: "lt-1" }, scalingConfig: { desiredSize: 3, minSize: 1, maxSize: 3 } },
        {
          ...ctx,
          resolve: () => ({
            type: "aws:ec2/launchTemplate:LaunchTemplate",
            props: { instanceType: "m5.large" },
          }),
        },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(210.24, 2); // golden example_with_launch_template_3: 2,190 hours m5.large
    expect(r.assumptions.join(" ")).toContain("launch template");
  });

  it("is unpriced without scalingConfig.desiredSize", () => {
    expect(priceResource("aws:eks/nodeGroup:NodeGroup", { instanceTypes: ["m5.large"] }, ctx)).toMatchObject({
      priced: false,
      reason: expect.stringContaining("scalingConfig.desiredSize"),
    });
  });
});

describe("aws:eks/fargateProfile:FargateProfile", () => {
  it("lists pod vCPU-hours and GB-hours as usage, added from the usage file (golden: 1 vCPU $29.55 + 1 GB $3.24)", () => {
    const bare = expectPriced(priceResource("aws:eks/fargateProfile:FargateProfile", {}, ctx));
    expect(bare.monthlyUsd).toBe(0);
    expect(bare.usageUnknown).toBe(true);
    const r = expectPriced(
      priceResource(
        "aws:eks/fargateProfile:FargateProfile",
        {},
        { ...ctx, usage: { monthlyVcpuHours: 730, monthlyGbHours: 730 } },
      ),
    );
    expect(r.monthlyUsd).toBeCloseTo(29.55 + 3.24, 1);
  });
});
