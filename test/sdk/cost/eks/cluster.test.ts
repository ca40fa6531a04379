import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";

const catalog = defaultCatalog();
const ctx = { catalog, region: "us-east-1" };
const CLUSTER = "eks:index:Cluster";

describe("eks:index:Cluster", () => {
  it("prices the control plane alone when the default node group is skipped", () => {
    const r = priceResource(CLUSTER, { skipDefaultNodeGroup: true }, ctx);
    if (!r.priced) throw new Error(r.reason);
    // eks_cluster_test golden: aws_eks_cluster.my_aws_eks_cluster $73.00/month.
    expect(r.monthlyUsd).toBeCloseTo(73.0, 2);
    expect(r.assumptions.join("\n")).toMatch(/extended support costs \$0\.6 per hour/);
    const fargate = priceResource(CLUSTER, { fargate: true }, ctx);
    expect(fargate.priced && fargate.monthlyUsd).toBeCloseTo(73.0, 2);
    expect(fargate.priced && fargate.assumptions.join("\n")).toMatch(/billed per pod/);
  });

  it("adds the default node group: desiredCapacity × instanceType with 20 GB gp2 root volumes", () => {
    const r = priceResource(
      CLUSTER,
      { instanceType: "m5.large", desiredCapacity: 3, minSize: 1, maxSize: 5 },
      ctx,
    );
    if (!r.priced) throw new Error(r.reason);
    // eks_cluster_test: $73.00; eks_node_group_test: m5.large × 3 = $210.24, gp2 60 GB = $6.00.
    expect(r.monthlyUsd).toBeCloseTo(73 + 210.24 + 6.0, 2);
    expect(r.lines.map((l) => l.item)).toEqual(["EKS control plane", "m5.large × 3", "gp2 root 20 GB × 3"]);
    expect(r.instanceType).toBe("m5.large");
    expect(r.range?.minMonthlyUsd).toBeCloseTo(73 + 70.08 + 2, 2);
    expect(r.range?.maxMonthlyUsd).toBeCloseTo(73 + 5 * 72.08, 2);
  });

  it("reads nodeGroupOptions instead of the top-level node settings when given", () => {
    const r = priceResource(
      CLUSTER,
      {
        nodeGroupOptions: {
          instanceType: "m5.large",
          desiredCapacity: 1,
          nodeRootVolumeSize: 50,
          nodeRootVolumeType: "gp3",
        },
      },
      ctx,
    );
    // eks_node_group_test: m5.large $0.096/h, gp3 $0.08/GB-month.
    expect(r.priced && r.monthlyUsd).toBeCloseTo(73 + 70.08 + 50 * 0.08, 2);
  });

  it("takes pulumi-eks's defaults: 2 × t3.medium (priced when the catalog has t3.medium)", () => {
    const r = priceResource(CLUSTER, {}, ctx);
    const offer = catalog.offer("aws", "us-east-1", "t3.medium");
    if (offer) {
      if (!r.priced) throw new Error(r.reason);
      expect(r.monthlyUsd).toBeCloseTo(73 + 2 * (offer.hourlyUsd * 730 + 2), 2);
      expect(r.assumptions.join("\n")).toMatch(/default of 2 nodes[\s\S]*default t3\.medium/);
    } else {
      // Unpriced, naming the type, and saying what the control plane alone costs.
      expect(r).toMatchObject({ priced: false });
      expect(!r.priced && r.reason).toMatch(/t3\.medium.*control plane alone is \$73\/month/);
    }
  });

  it("is unpriced, naming the field, on bad node settings", () => {
    const r = priceResource(CLUSTER, { instanceType: "m5.large", desiredCapacity: -1 }, ctx);
    expect(!r.priced && r.reason).toMatch(/desiredCapacity: -1 is not valid/);
    const io1 = priceResource(
      CLUSTER,
      { nodeGroupOptions: { instanceType: "m5.large", nodeRootVolumeType: "io1" } },
      ctx,
    );
    expect(!io1.priced && io1.reason).toMatch(/root volume type "io1" is not priced/);
  });
});
