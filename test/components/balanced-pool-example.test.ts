import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { installMocks, ofType, settle } from "../helpers/mocks";

const root = join(__dirname, "..", "..");
const example = join(root, "examples", "global-web-pool");

describe("examples/global-web-pool", () => {
  it("runs under mocks: three members weighted 2:1:1 and one Route 53 record each", async () => {
    const recorded = installMocks({
      "lepton-test:dnsZone": "example.com",
      "lepton-test:dnsName": "www.example.com",
    });
    await import(join(example, "index.ts"));
    for (let i = 0; i < 10; i++) await settle();
    expect(ofType(recorded, "lepton-multicloud:index:BalancedPool").map((r) => r.name)).toEqual(["web"]);
    expect(
      ofType(recorded, "aws:autoscaling/group:Group").map((r) => [
        r.inputs.region,
        r.inputs.minSize,
        r.inputs.maxSize,
      ]),
    ).toEqual([["us-east-1", 2, 6]]);
    expect(ofType(recorded, "gcp:compute/regionAutoscaler:RegionAutoscaler")[0].inputs).toMatchObject({
      region: "europe-west1",
      autoscalingPolicy: { minReplicas: 1, maxReplicas: 3 },
    });
    expect(ofType(recorded, "azure-native:compute:VirtualMachineScaleSet")[0].inputs).toMatchObject({
      location: "westeurope",
    });
    const weights = ofType(recorded, "aws:route53/record:Record").map(
      (r) => (r.inputs.weightedRoutingPolicies as { weight: number }[])[0].weight,
    );
    expect(weights).toEqual([2, 1, 1]);
  });
});
