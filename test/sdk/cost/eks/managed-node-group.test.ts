import { describe, expect, it } from "vitest";
import { defaultCatalog } from "../../../../sdk/catalog/catalog";
import { priceResource } from "../../../../sdk/cost/price-resource";
import type { PriceContext } from "../../../../sdk/cost/types";

const ctx: PriceContext = { catalog: defaultCatalog(), region: "us-east-1" };
const MNG = "eks:index:ManagedNodeGroup";

describe("eks:index:ManagedNodeGroup", () => {
  it("prices scalingConfig.desiredSize nodes of instanceTypes[0] with their disks", () => {
    const r = priceResource(
      MNG,
      {
        cluster: "urn:cluster",
        instanceTypes: ["m5.large"],
        scalingConfig: { desiredSize: 3, minSize: 1, maxSize: 3 },
      },
      ctx,
    );
    if (!r.priced) throw new Error(r.reason);
    // eks_node_group_test golden: m5.large × 3 = $210.24 and gp2 60 GB = $6.00.
    expect(r.monthlyUsd).toBeCloseTo(216.24, 2);
    expect(r.assumptions.join("\n")).toMatch(/diskSize not set: the default of 20 GB/);
  });

  it("reads the instance type and root volume of its launch template", () => {
    const resolve: PriceContext["resolve"] = (ref) =>
      ref === "lt-1"
        ? {
            type: "aws:ec2/launchTemplate:LaunchTemplate",
            props: {
              instanceType: "m5.large",
              blockDeviceMappings: [{ ebs: { volumeSize: 100, volumeType: "gp3" } }],
            },
          }
        : undefined;
    const r = priceResource(
      MNG,
      {
        scalingConfig: { desiredSize: 3, minSize: 1, maxSize: 3 },
        launchTemplate: { id: "lt-1", version: "1" },
      },
      { ...ctx, resolve },
    );
    // eks_node_group_test golden (example_with_launch_template_with_prefix): m5.large × 3 $210.24, gp3 300 GB $24.00.
    expect(r.priced && r.monthlyUsd).toBeCloseTo(234.24, 2);
    const unseen = priceResource(MNG, { launchTemplate: { id: "lt-x", version: "1" } }, { ...ctx, resolve });
    expect(!unseen.priced && unseen.reason).toMatch(/template the plan cannot see/);
  });

  it("is unpriced, naming the field, on bad or unknown sizes", () => {
    const r = priceResource(MNG, { instanceTypes: ["m5.large"], scalingConfig: { desiredSize: 1.5 } }, ctx);
    expect(!r.priced && r.reason).toMatch(/scalingConfig\.desiredSize: 1\.5 is not valid/);
    const win = priceResource(MNG, { instanceTypes: ["m5.large"], amiType: "WINDOWS_CORE_2022_x86_64" }, ctx);
    expect(!win.priced && win.reason).toMatch(/Linux prices only/);
  });
});
